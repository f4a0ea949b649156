import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildMatcher } from '../match/build-matcher.js'
import { FIXTURE_ENTITIES } from '../match/testdata/fixture-entities.js'
import { fileMatcherCache, matcherCacheKey } from './matcher-cache.js'

const snapshot = buildMatcher(FIXTURE_ENTITIES).snapshot()
const v1 = { id: 'v1', contentHash: 'aaa' }
const v2 = { id: 'v2', contentHash: 'bbb' }
const key = matcherCacheKey('tc-match-3', [v1, v2])
const tempDir = () => mkdtempSync(join(tmpdir(), 'tc-cache-'))
const entry = (dir: string) => join(dir, readdirSync(dir).find((f) => f.endsWith('.snapshot'))!)

describe('matcherCacheKey', () => {
  it('is the same for the same version set in any order, and differs when anything differs', () => {
    expect(matcherCacheKey('tc-match-3', [v2, v1])).toBe(key)
    expect(matcherCacheKey('tc-match-4', [v1, v2])).not.toBe(key)
    expect(matcherCacheKey('tc-match-3', [v1])).not.toBe(key)
    expect(matcherCacheKey('tc-match-3', [v1, { ...v2, contentHash: 'ccc' }])).not.toBe(key)
  })
})

describe('fileMatcherCache', () => {
  it('reads back what it wrote (a hit), and nothing for another key (a miss)', () => {
    const cache = fileMatcherCache(tempDir())
    expect(cache.read(key)).toBeUndefined()
    expect(cache.write(key, snapshot)).toBe(true)
    expect(cache.read(key)).toEqual(snapshot)
    expect(cache.read(matcherCacheKey('tc-match-3', [v1]))).toBeUndefined()
  })

  it('creates its directory, and leaves no temporary file behind', () => {
    const dir = join(tempDir(), 'a', 'b')
    fileMatcherCache(dir).write(key, snapshot)
    expect(readdirSync(dir)).toEqual([`matcher-${key}.snapshot`])
  })

  it('ignores a truncated file, a changed byte and garbage', () => {
    const dir = tempDir()
    const cache = fileMatcherCache(dir)
    cache.write(key, snapshot)
    const bytes = readFileSync(entry(dir))
    writeFileSync(entry(dir), bytes.subarray(0, bytes.length - 100))
    expect(cache.read(key)).toBeUndefined()
    const flipped = Buffer.from(bytes)
    flipped[flipped.length - 50]! ^= 1
    writeFileSync(entry(dir), flipped)
    expect(cache.read(key)).toBeUndefined()
    writeFileSync(entry(dir), 'not a snapshot')
    expect(cache.read(key)).toBeUndefined()
    writeFileSync(entry(dir), '')
    expect(cache.read(key)).toBeUndefined()
    // Overwritten whole by the next write.
    cache.write(key, snapshot)
    expect(cache.read(key)).toEqual(snapshot)
  })

  it('ignores a file of another key put in place of this one (the header names its key)', () => {
    const dir = tempDir()
    const cache = fileMatcherCache(dir)
    const other = matcherCacheKey('tc-match-3', [v1])
    cache.write(other, snapshot)
    writeFileSync(join(dir, `matcher-${key}.snapshot`), readFileSync(join(dir, `matcher-${other}.snapshot`)))
    expect(cache.read(key)).toBeUndefined()
  })

  it('reports an unwritable location as false instead of throwing', () => {
    const file = join(tempDir(), 'a-file')
    writeFileSync(file, '')
    const cache = fileMatcherCache(join(file, 'cache'))
    expect(cache.write(key, snapshot)).toBe(false)
    expect(cache.read(key)).toBeUndefined()
  })

  it('keeps the most recently used entries', () => {
    const dir = tempDir()
    const cache = fileMatcherCache(dir, 3)
    const keys = ['a', 'b', 'c'].map((h) => matcherCacheKey('tc-match-3', [{ id: h, contentHash: h }]))
    keys.forEach((k, i) => {
      cache.write(k, snapshot)
      // mtimes a minute apart, oldest first: the file system's clock may be coarse.
      const t = new Date(Date.now() - (10 - i) * 60_000)
      utimesSync(join(dir, `matcher-${k}.snapshot`), t, t)
    })
    // Reading the oldest makes it the most recent; the fourth entry then prunes the second.
    expect(cache.read(keys[0]!)).toBeDefined()
    const d = matcherCacheKey('tc-match-3', [{ id: 'd', contentHash: 'd' }])
    cache.write(d, snapshot)
    expect(readdirSync(dir).sort()).toEqual([keys[0], keys[2], d].map((k) => `matcher-${k}.snapshot`).sort())
  })
})
