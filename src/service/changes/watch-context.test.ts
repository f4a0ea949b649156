import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { factories } from '../../cli/default-deps.js'
import { FIXTURE_ENTITIES } from '../../match/testdata/fixture-entities.js'
import type { ListVersion, Store } from '../../store/store.js'
import { fileMatcherCache } from '../matcher-cache.js'
import { versionEngine } from './watch-context.js'

const version = (id: string): ListVersion =>
  ({ id, source: 'fixture', published: '2026-11-01', contentHash: `h-${id}`, recordCount: 0 }) as ListVersion

describe('versionEngine', () => {
  it("restores a source version's matcher from the store's snapshot cache, one entry per version", () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-watch-cache-'))
    const files = fileMatcherCache(dir)
    let writes = 0
    const cache = {
      read: files.read,
      write: (...a: Parameters<typeof files.write>) => (writes++, files.write(...a)),
    }
    const withCache = { ...factories, matcherCache: () => cache }
    const store = {} as Store
    const first = versionEngine(version('v1'), FIXTURE_ENTITIES, withCache, store)
    const again = versionEngine(version('v1'), FIXTURE_ENTITIES, withCache, store)
    expect(writes).toBe(1) // the second engine restored what the first wrote
    versionEngine(version('v2'), FIXTURE_ENTITIES, withCache, store)
    expect(writes).toBe(2)
    expect(readdirSync(dir).filter((f) => f.endsWith('.snapshot'))).toHaveLength(2)
    const query = { name: 'Huawie Technologies' }
    expect(again.screen(query, { threshold: 0.5 })).toEqual(first.screen(query, { threshold: 0.5 }))
    // Without a store nothing is cached.
    versionEngine(version('v3'), FIXTURE_ENTITIES, withCache)
    expect(readdirSync(dir).filter((f) => f.endsWith('.snapshot'))).toHaveLength(2)
  })
})
