import { beforeAll, describe, expect, it } from 'vitest'
import { buildMatcher, type IndexedMatcher } from './build-matcher.js'
import { DEFAULT_THRESHOLD } from './defaults.js'
import { FIXTURE_ENTITIES } from './testdata/fixture-entities.js'

let matcher: IndexedMatcher
beforeAll(() => {
  matcher = buildMatcher(FIXTURE_ENTITIES)
})
const proposes = (name: string, id: string) => matcher.candidateEntities({ name }).has(id)

describe('the candidate step: words with two typos', () => {
  it('finds a long word with two typos that no listed word is one edit from', () => {
    expect(proposes('Hivkisoin', 'EL:2')).toBe(true) // transposition and transposition
    expect(proposes('Hikvisoxn', 'EL:2')).toBe(true) // transposition and substitution
    expect(proposes('Hkvisio', 'EL:2')).toBe(true) // two letters missing
    expect(proposes('Hikvisionxx', 'EL:2')).toBe(true) // two letters added
  })
  it('does not reach three edits', () => {
    expect(proposes('Hxkvxsxon', 'EL:2')).toBe(false)
  })
  it('finds typos spread over a multi-word Chinese company name', () => {
    expect(proposes('Shanghia Micro Elcetronics Equipmnet', 'EL:12')).toBe(true)
    expect(matcher.search({ name: 'Shanghia Micro Elcetronics Equipmnet Co Ltd' })[0]?.entityId).toBe('EL:12')
  })
})

describe('the candidate step: dropped words', () => {
  it('finds a name without its legal form or group word', () => {
    const m = matcher.search({ name: 'Shanghai Micro Electronics Equipment' })[0]
    expect(m?.entityId).toBe('EL:12')
    expect(m!.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD)
  })
  it('finds a name without its first word', () => {
    expect(matcher.search({ name: 'Hikvision Digital Technology Co., Ltd.' })[0]?.entityId).toBe('EL:2')
    expect(matcher.search({ name: 'Suanze Technology Co., Ltd.' })[0]?.entityId).toBe('EL:7')
    expect(proposes('Electronics Technology Group Corporation', 'EL:6')).toBe(true)
  })
})
