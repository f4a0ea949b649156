import { beforeAll, describe, expect, it } from 'vitest'
import { entity } from '../../test/support/fixtures.js'
import type { Entity } from '../model/entity.js'
import { buildMatcher, type IndexedMatcher } from './build-matcher.js'
import { DEFAULT_THRESHOLD } from './defaults.js'

// Filler names make "bank", "trading" and "shipping" common, as on the bundled lists.
const kinds = ['Bank', 'Trading', 'Shipping', 'Group']
const filler: Entity[] = Array.from({ length: 1000 }, (_, i) =>
  entity({ id: `SDN:${1000 + i}`, list: 'SDN', name: `Firm${i} ${kinds[i % 4]}` }),
)
let matcher: IndexedMatcher
beforeAll(() => {
  matcher = buildMatcher([
    entity({ id: 'SDN:1', list: 'SDN', name: 'HUAXIA TRADING LTD' }),
    entity({ id: 'SDN:2', list: 'SDN', name: 'KORVANTA MARITIME LINES' }),
    entity({ id: 'EL:3', list: 'EL', name: 'Huawei Technologies (New Zealand) Company Limited' }),
    entity({ id: 'EL:4', list: 'EL', name: 'Zarvek Electronics Co., Ltd.' }),
    entity({ id: 'SDN:5', list: 'SDN', name: 'MORVANTIS CO., LIMITED' }),
    entity({ id: 'SDN:6', list: 'SDN', name: 'MORVELA KASTRO CO., LIMITED' }),
    ...filler,
  ])
})
const matchOf = (name: string, id: string) =>
  matcher.search({ name, type: 'organization' }, { threshold: 0 }).find((m) => m.entityId === id)
const adjOf = (name: string, id: string) =>
  matchOf(name, id)?.explanation.adjustments.find((a) => a.code === 'other-kind')

describe('a kind of business of the query against another kind of the listed name', () => {
  it('disagrees as a country would: a bank is not a trading house', () => {
    expect(adjOf('Hua Xia Bank Co., Limited', 'SDN:1')).toEqual({
      code: 'other-kind',
      effect: -0.3,
      text: 'kind "bank" vs listed "trading" −0.30',
    })
    expect(matchOf('Hua Xia Bank Co., Limited', 'SDN:1')!.score).toBeLessThan(DEFAULT_THRESHOLD)
  })
  it('costs nothing for near kinds, a dropped word, or a kind the query lacks', () => {
    expect(adjOf('Korvanta Shipping Lines', 'SDN:2')).toBeUndefined()
    expect(adjOf('Huaxia Ltd', 'SDN:1')).toBeUndefined()
    expect(adjOf('Huaxia Import Ltd', 'SDN:1')).toBeUndefined()
  })
  it('reads technology as a kind: an airline is not a technology company, an electronics maker may be one', () => {
    expect(adjOf('Air New Zealand Limited', 'EL:3')?.text).toMatch(/^kind "air" vs listed "technologies" −/)
    expect(adjOf('Zarvek Technology Co., Ltd.', 'EL:4')).toBeUndefined()
  })
})

describe('a kind of business of the query against a listed name that says none', () => {
  it('costs 0.05 where the names share one distinctive word', () => {
    expect(adjOf('Morvantis Bank Co., Ltd.', 'SDN:5')).toEqual({
      code: 'other-kind',
      effect: -0.05,
      text: 'kind "bank", the listed name says none −0.05',
    })
  })
  it('costs nothing where they share two, or the query says no kind', () => {
    expect(adjOf('Morvela Kastro Bank Co., Ltd.', 'SDN:6')).toBeUndefined()
    expect(adjOf('Morvela Co., Ltd.', 'SDN:6')).toBeUndefined()
  })
})
