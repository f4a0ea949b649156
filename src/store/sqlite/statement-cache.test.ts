import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { cachingStatements } from './statement-cache.js'

describe('cachingStatements', () => {
  it('prepares a statement once per SQL text and reuses it', () => {
    const db = cachingStatements(new Database(':memory:'))
    db.prepare('create table t (x integer)').run([])
    const insert = db.prepare('insert into t (x) values (?)')
    expect(db.prepare('insert into t (x) values (?)')).toBe(insert)
    insert.run([1])
    db.prepare('insert into t (x) values (?)').run([2])
    expect(db.prepare('select x from t order by x').all([])).toEqual([{ x: 1 }, { x: 2 }])
    db.close()
  })

  it('gives a statement being iterated to nobody else', () => {
    const db = cachingStatements(new Database(':memory:'))
    db.prepare('create table t (x integer)').run([])
    for (const x of [1, 2, 3]) db.prepare('insert into t (x) values (?)').run([x])
    const sql = 'select x from t order by x'
    const outer = db.prepare(sql)
    const seen: unknown[] = []
    for (const row of outer.iterate([])) {
      const inner = db.prepare(sql)
      expect(inner).not.toBe(outer)
      seen.push(row, inner.all([]).length)
    }
    expect(seen).toEqual([{ x: 1 }, 3, { x: 2 }, 3, { x: 3 }, 3])
    db.close()
  })

  it('keeps the most recently used statements and drops the oldest', () => {
    const db = cachingStatements(new Database(':memory:'))
    const first = db.prepare('select 0')
    const second = db.prepare('select 1')
    for (let i = 2; i < 256; i++) db.prepare(`select ${i}`)
    expect(db.prepare('select 0')).toBe(first) // used again: now the newest
    db.prepare('select 256') // one too many: the oldest unused one goes
    expect(db.prepare('select 0')).toBe(first)
    expect(db.prepare('select 1')).not.toBe(second)
    db.close()
  })
})
