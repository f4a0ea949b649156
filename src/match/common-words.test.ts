import { beforeAll, describe, expect, it } from 'vitest'
import { entity } from '../../test/support/fixtures.js'
import type { Entity } from '../model/entity.js'
import { buildMatcher, type IndexedMatcher } from './build-matcher.js'
import type { ScreenQuery } from './types.js'

// Enough names that a word of one name is rare (weight 20 or more), as on the bundled lists; the kinds and
// "korea", "development" are common.
const common = ['Bank', 'Trading', 'Korea', 'Development', 'Group']
const filler: Entity[] = Array.from({ length: 2000 }, (_, i) =>
  entity({ id: `SDN:${1000 + i}`, list: 'SDN', name: `Firm${i} ${common[i % 5]}` }),
)
// A few names with "moscow", so that it is distinctive but light enough to leave the listed name a candidate.
const moscow: Entity[] = Array.from({ length: 10 }, (_, i) =>
  entity({ id: `SDN:${5000 + i}`, list: 'SDN', name: `Zeta${i} Moscow` }),
)
let matcher: IndexedMatcher
beforeAll(() => {
  matcher = buildMatcher([
    entity({ id: 'SDN:1', list: 'SDN', name: 'KOREA UNITED DEVELOPMENT BANK', countries: ['KP'] }),
    entity({ id: 'SDN:2', list: 'SDN', name: 'ZORVEX UNITED DEVELOPMENT BANK' }),
    entity({ id: 'SDN:3', list: 'SDN', name: 'KOREA UNITED DEVELOPMENT BANK LLC' }),
    entity({ id: 'SDN:4', list: 'SDN', name: 'KOREA UNITED DEVELOPMENT BANK COMPANY' }),
    entity({ id: 'SDN:5', list: 'SDN', name: 'MARVOLT STEEL COMPANY' }),
    entity({ id: 'SDN:7', list: 'SDN', name: 'JOINT STOCK COMPANY MOSCOW DEVELOPMENT BANK' }),
    entity({ id: 'SDN:6', list: 'SDN', name: 'SOFTWARE RESEARCH INSTITUTE', countries: ['DE'] }),
    ...filler,
    ...moscow,
  ])
})
const costOf = (query: ScreenQuery, id: string) =>
  matcher
    .search(query, { threshold: 0 })
    .find((m) => m.entityId === id)
    ?.explanation.adjustments.find((a) => a.code === 'common-words')

describe('common words only: a query of common words against a listed name with a word of its own', () => {
  it('costs 0.15 and names the listed word the query lacks', () => {
    expect(costOf({ name: 'Korea Development Bank', type: 'organization' }, 'SDN:1')).toEqual({
      code: 'common-words',
      effect: -0.15,
      text: 'common words only, listed "united" missing −0.15',
    })
  })
  it('costs nothing when the names share a distinctive word, or the query has the listed word', () => {
    expect(costOf({ name: 'Zorvex Development Bank' }, 'SDN:2')).toBeUndefined()
    expect(costOf({ name: 'Korea United Development Bank' }, 'SDN:1')).toBeUndefined()
  })
  it('counts a place of the listed name as its own word: no named party is qualified', () => {
    expect(costOf({ name: 'Development Bank Co., Ltd.' }, 'SDN:7')?.text).toBe(
      'common words only, listed "moscow" missing −0.15',
    )
  })
  it("is waived by the party's country or a legal form that agrees, not by Company alone", () => {
    expect(costOf({ name: 'Korea Development Bank', country: 'KP' }, 'SDN:1')).toBeUndefined()
    expect(costOf({ name: 'Korea Development Bank LLC' }, 'SDN:3')).toBeUndefined()
    expect(costOf({ name: 'Korea Development Bank Co.' }, 'SDN:4')?.effect).toBe(-0.15)
  })
  it("leaves a person's query alone", () => {
    expect(costOf({ name: 'Korea Development Bank', type: 'person' }, 'SDN:1')).toBeUndefined()
  })
})

describe('common words only: kinds of business', () => {
  it('reads a kind as a common word whatever its weight', () => {
    expect(costOf({ name: 'Korea Steel Co., Ltd.' }, 'SDN:5')?.text).toBe(
      'common words only, listed "marvolt" missing −0.15',
    )
  })
  it('charges a query of kinds alone against any word of its own the listed name has, unless the country agrees', () => {
    const cost = {
      code: 'common-words',
      effect: -0.15,
      text: 'kind words only, listed "research" missing −0.15',
    }
    expect(costOf({ name: 'Software AG' }, 'SDN:6')).toEqual(cost)
    expect(costOf({ name: 'Software AG', country: 'DE' }, 'SDN:6')).toBeUndefined()
    expect(costOf({ name: 'Software Research Institute' }, 'SDN:6')).toBeUndefined()
  })
})
