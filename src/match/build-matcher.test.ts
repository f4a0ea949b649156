import { beforeAll, describe, expect, it } from 'vitest'
import { buildMatcher, type IndexedMatcher } from './build-matcher.js'
import { DEFAULT_THRESHOLD } from './defaults.js'
import { FIXTURE_ENTITIES } from './testdata/fixture-entities.js'
import type { ScreenQuery } from './types.js'

let matcher: IndexedMatcher
beforeAll(() => {
  matcher = buildMatcher(FIXTURE_ENTITIES)
})
const top = (q: ScreenQuery | string) => matcher.search(typeof q === 'string' ? { name: q } : q)[0]

describe('buildMatcher: finds listed parties written differently', () => {
  it('finds Huawei with a typo and without its legal form', () => {
    expect(top('Huawie Technologies')?.entityId).toBe('EL:1')
    expect(top('HUAWEI TECHNOLOGIES COMPANY LIMITED')?.score).toBeGreaterThan(0.95)
  })
  it('finds reordered person names ("BUSH GEORGE")', () => {
    expect(top({ name: 'BUSH GEORGE', type: 'person' })?.entityId).toBe('SDN:100')
    expect(top('George Walker Bush')?.explanation.method).toBe('normalised')
  })
  it('finds Chinese characters through the glossary, places and brand table', () => {
    expect(top('浙江大华技术股份有限公司')?.entityId).toBe('EL:3')
    expect(top('哈尔滨工程大学')?.entityId).toBe('EL:4')
    expect(top('杭州海康威视数字技术股份有限公司')?.entityId).toBe('EL:2')
    expect(top('深圳市大疆创新科技有限公司')?.entityId).toBe('EL:5')
  })
  it('joins transliteration variants, spacing and legal forms', () => {
    expect(top('Abdul Rahman Hussein Mohammed')?.entityId).toBe('SDN:101')
    expect(top('Сергей Иванович Щербаков')?.entityId).toBe('SDN:102')
    expect(top('Hik Vision')?.entityId).toBe('EL:2')
    expect(top('MediaInvest LLC')?.entityId).toBe('EL:10')
    expect(top('Joint Sock Company Angstrem-T')?.entityId).toBe('EL:11')
  })
})

describe('buildMatcher: stays quiet on unlisted names', () => {
  it('does not alert on hard negatives when type or country disagree', () => {
    expect(matcher.search({ name: 'Dover Corporation', type: 'organization', country: 'US' })).toEqual([])
    expect(matcher.search({ name: 'Blackstone Inc.', type: 'organization', country: 'US' })).toEqual([])
    expect(matcher.search({ name: 'Opera Ltd', type: 'organization', country: 'NO' })).toEqual([])
    expect(matcher.search({ name: 'Carvana Co.', type: 'organization', country: 'US' })).toEqual([])
  })
  it('does not alert on generic words alone or on different Chinese syllables', () => {
    expect(matcher.search({ name: 'China Technology International' })).toEqual([])
    expect(matcher.search({ name: 'Cheng Bo', type: 'person' })).toEqual([])
  })
  it('lowers a person match whose birth year disagrees', () => {
    const agrees = top({ name: 'Eric Badege', type: 'person', dob: '1971' })!
    const differs = matcher.search({ name: 'Eric Badege', type: 'person', dob: '1965' }, { threshold: 0 })[0]!
    expect(agrees.score).toBeGreaterThan(differs.score)
    expect(differs.explanation.adjustments.map((a) => a.text)).toContain('birth year 1965 vs 1971 −0.15')
  })
})

describe('buildMatcher: scores and explanations', () => {
  it('ranks an exact name above a typo and does not saturate', () => {
    const exact = top('Chengdu Suanze Technology Co., Ltd.')!
    const typo = top('Cahengdu Suanze Technology Co., Ltd.')!
    expect(exact.explanation.method).toBe('exact')
    expect(typo.score).toBeLessThan(exact.score)
    expect(typo.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD)
  })
  it('explains token pairs, unmatched words and adjustments', () => {
    const m = top({ name: 'Hikvision', country: 'CN' })!
    expect(m.matchedName).toBe('Hikvision')
    expect(m.explanation.tokens).toEqual([
      { query: 'hikvision', listed: 'hikvision', similarity: 1, weight: expect.any(Number) },
    ])
    expect(m.explanation.adjustments[0]?.text).toBe('country CN agrees +0.03')
    const partial = top('China Shipbuilding Company Limited')!
    expect(partial.explanation.unmatchedListed).toEqual(['industry'])
  })
  it('filters by list and limits the number of matches', () => {
    expect(matcher.search({ name: 'Huawei' }, { lists: ['SDN'] })).toEqual([])
    expect(matcher.search({ name: 'Technology' }, { threshold: 0, limit: 2 }).length).toBeLessThanOrEqual(2)
  })
})
