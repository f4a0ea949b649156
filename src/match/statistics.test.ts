import { describe, expect, it } from 'vitest'
import { buildMatcher } from './build-matcher.js'
import { FIXTURE_ENTITIES } from './testdata/fixture-entities.js'

describe('token statistics from a larger corpus', () => {
  const full = buildMatcher(FIXTURE_ENTITIES)
  const touched = FIXTURE_ENTITIES.filter((e) => e.id === 'EL:13' || e.id === 'EL:3')

  it('make a matcher over a few entities score like the full one', () => {
    const small = buildMatcher(touched, { statistics: full.statistics() })
    for (const name of ['China International Trading Company', 'Dahua Technology Co', 'China Dahua']) {
      const want = full
        .search({ name }, { threshold: 0, lists: ['EL'] })
        .filter((m) => m.entityId === 'EL:13' || m.entityId === 'EL:3')
      expect(small.search({ name }, { threshold: 0 }).map((m) => [m.entityId, m.score])).toEqual(
        want.map((m) => [m.entityId, m.score]),
      )
    }
  })

  it('are needed: alone, a small corpus weighs words differently', () => {
    const alone = buildMatcher(touched)
    const q = { name: 'China Trading' }
    const fullScore = full
      .search(q, { threshold: 0, lists: ['EL'] })
      .find((m) => m.entityId === 'EL:13')!.score
    expect(alone.search(q, { threshold: 0 })[0]!.score).not.toBe(fullScore)
  })
})
