import { beforeAll, describe, expect, it } from 'vitest'
import { entity } from '../../test/support/fixtures.js'
import type { Entity } from '../model/entity.js'
import { buildMatcher, type IndexedMatcher } from './build-matcher.js'

// Enough names that a word of one name is rare (weight 20 or more), as on the bundled lists; "bank" is common.
const filler: Entity[] = Array.from({ length: 2000 }, (_, i) =>
  entity({ id: `SDN:${1000 + i}`, list: 'SDN', name: `Firm${i} ${i % 2 ? 'Bank' : 'Trading'}` }),
)
let matcher: IndexedMatcher
beforeAll(() => {
  matcher = buildMatcher([
    entity({ id: 'SDN:1', list: 'SDN', name: 'OAO EPK SAMARA' }),
    entity({ id: 'SDN:2', list: 'SDN', name: 'Tarkan Samara', type: 'person' }),
    entity({ id: 'SDN:3', list: 'SDN', name: 'ZAVOD ALFA SAMARA KAZAN' }),
    entity({ id: 'SDN:4', list: 'SDN', name: 'ZAVOD BETA KAZAN RUSSIA' }),
    entity({ id: 'SDN:5', list: 'SDN', name: 'MOSCOW TRADING BANK' }),
    ...filler,
  ])
})
const placeOf = (name: string, id: string) =>
  matcher
    .search({ name }, { threshold: 0 })
    .find((m) => m.entityId === id)
    ?.explanation.adjustments.find((a) => a.code === 'listed-place')

describe('listed place: a country or city the listed name carries and the query leaves out', () => {
  it('weighs as a place word, and the gain shows as an adjustment', () => {
    const adj = placeOf('EPK OAO', 'SDN:1')
    expect(adj?.text).toMatch(/^listed place "samara" left out \+0\.\d\d$/)
    expect(adj!.effect).toBeGreaterThan(0.1)
  })
  it('gains nothing when the query names another place, or the listed party is a person', () => {
    expect(placeOf('EPK Saratov OAO', 'SDN:1')).toBeUndefined()
    expect(placeOf('Tarkan', 'SDN:2')).toBeUndefined()
  })
  it('gains nothing for another city when the query’s own place matched one of the listed name’s', () => {
    expect(placeOf('Zavod Alfa', 'SDN:3')?.text).toMatch(/^listed place "samara", "kazan" left out/)
    expect(placeOf('Zavod Alfa Kazan', 'SDN:3')).toBeUndefined()
  })
  it('still gains for a country left out beside the query’s city', () => {
    expect(placeOf('Zavod Beta Kazan', 'SDN:4')?.text).toMatch(/^listed place "russia" left out/)
  })
  it('gains nothing when the names share only common words: no party is named to qualify', () => {
    expect(placeOf('Trading Bank', 'SDN:5')).toBeUndefined()
  })
})
