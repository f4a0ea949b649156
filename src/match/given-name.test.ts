import { beforeAll, describe, expect, it } from 'vitest'
import { entity } from '../../test/support/fixtures.js'
import type { Entity } from '../model/entity.js'
import { buildMatcher, type IndexedMatcher } from './build-matcher.js'
import { DEFAULT_THRESHOLD } from './defaults.js'
import type { ScreenQuery } from './types.js'

const filler: Entity[] = Array.from({ length: 300 }, (_, i) =>
  entity({ id: `SDN:${1000 + i}`, list: 'SDN', name: `Firm${i} ${i % 2 ? 'Group' : 'Trading'}` }),
)
let matcher: IndexedMatcher
beforeAll(() => {
  matcher = buildMatcher([
    // The Entity List and the other CSL lists give no type.
    entity({ id: 'DTC:1', list: 'DTC', name: 'Raymond Yang', type: 'unknown' }),
    entity({ id: 'DTC:2', list: 'DTC', name: 'Tarkan Yildiz', type: 'unknown' }),
    entity({ id: 'DPL:3', list: 'DPL', name: 'NICOLAS AYALA', type: 'unknown' }),
    ...filler,
  ])
})
const matchOf = (query: ScreenQuery, id: string) =>
  matcher.search(query, { threshold: 0 }).find((m) => m.entityId === id)
const typeCost = (query: ScreenQuery, id: string) =>
  matchOf(query, id)?.explanation.adjustments.find((a) => a.code === 'type')

describe('a company meeting part of an untyped listed person’s name', () => {
  it('disagrees as a company with a person (−0.30)', () => {
    const m = matchOf({ name: 'Raymond Limited', type: 'organization' }, 'DTC:1')
    expect(typeCost({ name: 'Raymond Limited', type: 'organization' }, 'DTC:1')).toEqual({
      code: 'type',
      effect: -0.3,
      text: 'type organization (by its legal form) vs a person\'s name (given name "raymond") −0.30',
    })
    expect(m!.score).toBeLessThan(DEFAULT_THRESHOLD - 0.2)
    expect(typeCost({ name: 'Ayala Corporation' }, 'DPL:3')?.effect).toBe(-0.3)
  })
  it('costs nothing without a legal form, with the whole name, or when the listed name has no given name', () => {
    expect(typeCost({ name: 'Raymond' }, 'DTC:1')).toBeUndefined()
    expect(typeCost({ name: 'Raymond Yang Ltd' }, 'DTC:1')).toBeUndefined()
    expect(typeCost({ name: 'Yildiz LLC' }, 'DTC:2')).toBeUndefined()
  })
})
