import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serialize } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { buildMatcher } from '../match/build-matcher.js'
import type { MatcherSnapshot } from '../match/snapshot.js'
import { FIXTURE_ENTITIES } from '../match/testdata/fixture-entities.js'
import type { Entity } from '../model/entity.js'
import { cachedMatcher } from './cached-matcher.js'
import { fileMatcherCache, type MatcherCache } from './matcher-cache.js'

const build = (entities: readonly Entity[], snapshot?: MatcherSnapshot) =>
  buildMatcher(entities, snapshot ? { snapshot } : {})
const key = 'k'.repeat(32)
const queries = ['Huawie Technologies', 'Hik Vision', '哈尔滨工程大学', 'Dover Corporation']
const answers = (m: ReturnType<typeof build> | ReturnType<typeof cachedMatcher>) =>
  queries.map((name) => m.search({ name }, { threshold: 0.3 }))

function counting(cache: MatcherCache) {
  const counts = { reads: 0, writes: 0 }
  return {
    counts,
    cache: {
      read: (k: string) => (counts.reads++, cache.read(k)),
      write: (k: string, s: MatcherSnapshot) => (counts.writes++, cache.write(k, s)),
    },
  }
}

describe('cachedMatcher', () => {
  const reference = answers(build(FIXTURE_ENTITIES))

  it('builds and stores on a miss, restores on a hit, answering the same both times', () => {
    const { cache, counts } = counting(fileMatcherCache(mkdtempSync(join(tmpdir(), 'tc-cache-'))))
    const first = cachedMatcher(cache, key, FIXTURE_ENTITIES, build)
    expect([first.restored, counts.writes]).toEqual([false, 1])
    const second = cachedMatcher(cache, key, FIXTURE_ENTITIES, build)
    expect([second.restored, counts.writes]).toEqual([true, 1])
    expect(answers(first)).toEqual(reference)
    expect(answers(second)).toEqual(reference)
  })

  it('rebuilds and overwrites an entry taken over other entities (the snapshot checks their ids)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-cache-'))
    const { cache, counts } = counting(fileMatcherCache(dir))
    cachedMatcher(cache, key, FIXTURE_ENTITIES.slice(1), build)
    const m = cachedMatcher(cache, key, FIXTURE_ENTITIES, build)
    expect([m.restored, counts.writes]).toEqual([false, 2])
    expect(answers(m)).toEqual(reference)
    expect(cachedMatcher(cache, key, FIXTURE_ENTITIES, build).restored).toBe(true)
    expect(readdirSync(dir)).toHaveLength(1)
  })

  it('rebuilds when the entry passes the snapshot checks but cannot be restored', () => {
    const broken = { ...build(FIXTURE_ENTITIES).snapshot(), vocabulary: null }
    expect(() => build(FIXTURE_ENTITIES, broken as unknown as MatcherSnapshot)).toThrow()
    const { cache, counts } = counting({
      read: () => broken as unknown as MatcherSnapshot,
      write: () => true,
    })
    const m = cachedMatcher(cache, key, FIXTURE_ENTITIES, build)
    expect([m.restored, counts.writes]).toEqual([false, 1])
    expect(answers(m)).toEqual(reference)
  })

  it('rebuilds over a damaged file, and an unwritable directory only means building each time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-cache-'))
    writeFileSync(join(dir, `matcher-${key}.snapshot`), serialize({ not: 'a header' }))
    const m = cachedMatcher(fileMatcherCache(dir), key, FIXTURE_ENTITIES, build)
    expect(answers(m)).toEqual(reference)
    expect(statSync(join(dir, `matcher-${key}.snapshot`)).size).toBeGreaterThan(1000)

    const file = join(dir, 'a-file')
    writeFileSync(file, '')
    const blocked = fileMatcherCache(join(file, 'cache'))
    expect(answers(cachedMatcher(blocked, key, FIXTURE_ENTITIES, build))).toEqual(reference)
    expect(cachedMatcher(blocked, key, FIXTURE_ENTITIES, build).restored).toBe(false)
  })

  it('without a cache, builds', () => {
    expect(cachedMatcher(undefined, key, FIXTURE_ENTITIES, build).restored).toBe(false)
  })
})
