import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { fixtureEngine } from '../../test/support/api.js'
import { subjectKey } from '../review/subject-key.js'
import type { KyselyStore } from '../store/kysely-store.js'
import { openStore } from '../store/open-store.js'
import { journalDir, RecordJournal } from '../store/sqlite/record-journal.js'
import type { JournalEntry } from './journal-entry.js'
import { findRecord } from './journaled-record.js'
import { JournaledRecords, recoverJournals } from './journaled-records.js'
import { screeningRecord } from './record-screening.js'
import type { RaiseInput } from './review.js'

const engine = fixtureEngine()
const record = (name: string) => screeningRecord(engine, { name }, { threshold: 0.8 }, [], 'test', new Date())
const alertsFor = (name: string, recordId: string): RaiseInput => ({
  subject: { query: { name }, key: subjectKey({ name }) },
  matches: [{ source: 'SDN', entityId: 'SDN:1', name: 'Bank X', matchedName: 'Bank X', score: 0.9 }],
  entity: () => undefined,
  recordId,
  actor: 'test',
})

async function fileStore(): Promise<{ store: KyselyStore; file: string; journal: string }> {
  const file = join(mkdtempSync(join(tmpdir(), 'tc-jr-')), 'tc.db')
  const store = await openStore(`sqlite:${file}`)
  onTestFinished(() => store.close())
  return { store, file, journal: journalDir(file) }
}

describe('JournaledRecords', () => {
  it('answers before the commit, commits on its own thread with the alerts, and leaves no journal', async () => {
    const { store, file, journal } = await fileStore()
    const sink = new JournaledRecords(file, journal, { commitMs: 60_000 })
    const records = Array.from({ length: 30 }, (_, i) => record(`n${i}`))
    for (const r of records) await sink.write(r, r === records[7] ? alertsFor('n7', r.id) : undefined)
    expect(sink.pending).toBe(30)
    expect(await store.records.existing(records.map((r) => r.id))).toEqual([])
    const [writer] = readdirSync(journal)
    const { entries } = RecordJournal.readWriter(join(journal, writer!))
    expect((entries as JournalEntry[]).map((e) => e.record.id)).toEqual(records.map((r) => r.id))
    await sink.flush()
    expect(sink.pending).toBe(0)
    expect(await store.records.existing(records.map((r) => r.id))).toHaveLength(30)
    expect((await store.records.get(records[3]!.id))?.resultHash).toBe(records[3]!.resultHash)
    expect((await store.alerts.list({ status: ['open'] })).map((a) => a.recordId)).toEqual([records[7]!.id])
    await sink.close()
    expect(readdirSync(journal)).toEqual([])
    await expect(sink.write(record('late'))).rejects.toThrow('closed')
  })

  it('finds a record still in the journal by its id (a replay right after the answer), then in the store', async () => {
    const { store, file, journal } = await fileStore()
    const sink = new JournaledRecords(file, journal, { commitMs: 60_000 })
    const records = Array.from({ length: 5 }, (_, i) => record(`j${i}`))
    for (const r of records) await sink.write(r)
    expect(await store.records.get(records[2]!.id)).toBeUndefined()
    const found = await findRecord(store, records[2]!.id)
    expect(found).toEqual(records[2])
    expect(await findRecord(store, 'rec_nope')).toBeUndefined()
    await sink.flush()
    expect(await findRecord(store, records[2]!.id)).toEqual(records[2])
    await sink.close()
    expect(await findRecord(store, records[4]!.id)).toEqual(records[4])
  })

  it('commits a megabyte of lines from one interval, a 720 KB line among them, in any script', async () => {
    const { store, file, journal } = await fileStore()
    const sink = new JournaledRecords(file, journal, { commitMs: 60_000 })
    // About 1 MB of lines within one commit interval, in three scripts.
    const names = Array.from({ length: 600 }, (_, i) => `${'Ωмир北京'.repeat(100)} ${i}`)
    names.push('华为'.repeat(120_000)) // 720 KB of UTF-8 in one line
    const records = names.map((n) => record(n))
    for (const r of records) await sink.write(r)
    await sink.flush()
    expect(await store.records.existing(records.map((r) => r.id))).toHaveLength(records.length)
    const stored = await store.records.get(records.at(-1)!.id)
    expect(stored?.input).toMatchObject({ query: { name: names.at(-1) } })
    expect(stored?.resultHash).toBe(records.at(-1)!.resultHash)
    await sink.close()
  })

  it('fills the buffers the committer gave back again, and a shorter interval reads none of their old lines', async () => {
    const { store, file, journal } = await fileStore()
    const sink = new JournaledRecords(file, journal, { commitMs: 60_000 })
    const written: ReturnType<typeof record>[] = []
    // Three intervals: the first buffer comes back while the second is filled, and takes the third's lines,
    // shorter than the first's, whose bytes are still in it past them.
    for (const [i, name] of ['long name '.repeat(50), 'mid', 's'].entries()) {
      const rs = Array.from({ length: 40 - i * 15 }, (_, j) => record(`${name}${j}`))
      for (const r of rs) await sink.write(r)
      written.push(...rs)
      await sink.flush()
      await vi.waitFor(() => expect(sink.spareBuffers).toBeGreaterThan(0))
    }
    for (const r of written) expect(await store.records.get(r.id)).toEqual(r)
    const { rows } = await sql<{ n: number }>`select count(*) as n from answer_records`.execute(store.db)
    expect(rows[0]!.n).toBe(written.length)
    await sink.close()
  })

  it('fails the answer whose journal write failed, and goes on in a new segment', async () => {
    const { store, file, journal } = await fileStore()
    const appends = vi.spyOn(RecordJournal.prototype, 'append').mockImplementationOnce(() => {
      throw new Error('ENOSPC: no space left on device, write')
    })
    onTestFinished(() => appends.mockRestore())
    const sink = new JournaledRecords(file, journal, { commitMs: 1 })
    const [lost, kept] = [record('lost'), record('kept')]
    await expect(sink.write(lost)).rejects.toThrow('ENOSPC')
    await sink.write(kept)
    const [writer] = readdirSync(journal)
    expect(readdirSync(join(journal, writer!)).sort()).toEqual(['seg-00000000.jsonl', 'seg-00000001.jsonl'])
    await sink.flush()
    expect(await store.records.existing([lost.id, kept.id])).toEqual([kept.id])
    await sink.close()
  })

  it('keeps the records of a commit that failed (the store was locked) and commits them on the retry', async () => {
    const { store, file, journal } = await fileStore()
    const errors: string[] = []
    const sink = new JournaledRecords(file, journal, { commitMs: 1, onError: (m) => errors.push(m) })
    const r = record('retry me')
    // Another writer holds the store until the committer gave up waiting for it (its busy timeout is 5 s).
    await store.transaction(async (db) => {
      await sql`UPDATE audit_head SET hash = hash`.execute(db)
      await sink.write(r)
      await expect.poll(() => errors.length, { timeout: 30_000, interval: 50 }).toBeGreaterThan(0)
    })
    await expect.poll(() => store.records.existing([r.id]), { timeout: 5_000 }).toEqual([r.id])
    expect(errors).toEqual(['database is locked'])
    await sink.close()
  }, 60_000)

  it('replays what a dead writer left, skipping records already stored and a line cut short', async () => {
    const { store, file, journal } = await fileStore()
    const [stored, lost] = [record('stored'), record('lost')]
    await store.records.insert(stored)
    const dead = join(journal, 'w-999999999-dead')
    mkdirSync(dead, { recursive: true })
    const segment = join(dead, 'seg-00000003.jsonl')
    writeFileSync(segment, `${JSON.stringify({ record: stored })}\n`)
    const { entity: _entity, ...alerts } = alertsFor('lost', lost.id)
    const { resultHash: _hash, ...unhashed } = lost
    appendFileSync(
      segment,
      `${JSON.stringify({ record: unhashed, alerts: { ...alerts, now: lost.createdAt } })}\n`,
    )
    appendFileSync(segment, '{"record":{"id":"rec_cut')
    const live = new JournaledRecords(file, journal)
    expect(await recoverJournals(store, journal)).toEqual({ recovered: 1, torn: 1 })
    // The committer computes a hash the line left out.
    expect((await store.records.get(lost.id))?.resultHash).toBe(lost.resultHash)
    const [alert] = await store.alerts.list({ status: ['open'] })
    expect(alert).toMatchObject({ recordId: lost.id, entityId: 'SDN:1', createdAt: lost.createdAt })
    expect(existsSync(dead)).toBe(false)
    // The live writer's own journal is not an orphan.
    expect(readdirSync(journal)).toHaveLength(1)
    await live.close()
  })
})
