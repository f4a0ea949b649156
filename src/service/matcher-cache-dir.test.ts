import { homedir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { matcherCacheDir } from './matcher-cache-dir.js'

describe('matcherCacheDir', () => {
  const sqlite = { kind: 'sqlite', file: '/data/tc.db' } as const
  const postgres = { kind: 'postgres', file: undefined } as const

  it('is beside the embedded store, and none for one in memory', () => {
    expect(matcherCacheDir(sqlite, {})).toBe('/data/tc.db.cache')
    expect(matcherCacheDir({ kind: 'sqlite', file: undefined }, {})).toBeUndefined()
  })

  it('is the user cache directory for PostgreSQL', () => {
    expect(matcherCacheDir(postgres, { XDG_CACHE_HOME: '/xdg' })).toBe('/xdg/tradecontrols')
    expect(matcherCacheDir(postgres, {})).toBe(join(homedir(), '.cache', 'tradecontrols'))
  })

  it('follows $TRADECONTROLS_CACHE_DIR, and "off" turns the cache off', () => {
    expect(matcherCacheDir(postgres, { TRADECONTROLS_CACHE_DIR: '/c' })).toBe('/c')
    expect(matcherCacheDir(sqlite, { TRADECONTROLS_CACHE_DIR: '/c' })).toBe('/c')
    expect(matcherCacheDir(sqlite, { TRADECONTROLS_CACHE_DIR: 'off' })).toBeUndefined()
  })
})
