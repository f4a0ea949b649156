import { beforeAll, describe, expect, it } from 'vitest'
import { entity } from '../../test/support/fixtures.js'
import { buildMatcher, type IndexedMatcher } from './build-matcher.js'
import { DEFAULT_THRESHOLD } from './defaults.js'
import { FIXTURE_ENTITIES } from './testdata/fixture-entities.js'
import { LEFTOVER_SIMILARITY } from './token-similarity.js'

let matcher: IndexedMatcher
beforeAll(() => {
  matcher = buildMatcher(FIXTURE_ENTITIES)
})

describe('align: words both names leave over', () => {
  it('pairs two that are two typos apart, at a low similarity', () => {
    const m = matcher.search({ name: 'Hrbun Engineering University' })[0]!
    expect(m.entityId).toBe('EL:4')
    expect(m.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD)
    expect(m.score).toBeLessThan(matcher.search({ name: 'Harbin Engineering University' })[0]!.score - 0.1)
    expect(m.explanation.tokens).toContainEqual({
      query: 'hrbun',
      listed: 'harbin',
      similarity: LEFTOVER_SIMILARITY,
      weight: expect.any(Number),
    })
  })
  it('leaves words apart that do not start alike, and a one-word name stays below the threshold', () => {
    const other = matcher.search({ name: 'Trbun Engineering University' }, { threshold: 0 })[0]!
    expect(other.explanation.unmatchedQuery).toEqual(['trbun'])
    expect(other.score).toBeLessThan(DEFAULT_THRESHOLD)
    expect(matcher.search({ name: 'Hrbun' })).toEqual([])
  })
  it("pairs a four-letter word against an organisation's name, not for a person's query", () => {
    // "hrbn" / "harbin": two letters missing from six; both names are organisations', so initials do not pair.
    const org = matcher.search(
      { name: 'Hrbn Engineering University', type: 'organization' },
      { threshold: 0 },
    )[0]!
    expect(org.entityId).toBe('EL:4')
    expect(org.explanation.tokens.map((t) => t.query)).toContain('hrbn')
    // The listed name is an organisation's: a query of no type pairs the word too ("New Moscow Bnka").
    const untyped = matcher.search({ name: 'Hrbn Engineering University' }, { threshold: 0 })[0]!
    expect(untyped.explanation.tokens.map((t) => t.query)).toContain('hrbn')
    const person = matcher.search({ name: 'Hrbn Engineering University', type: 'person' }, { threshold: 0 })
    const same = person.find((m) => m.entityId === 'EL:4')
    expect(same?.explanation.unmatchedQuery).toContain('hrbn')
  })
})

describe('align: a middle name given as its initial', () => {
  it('pairs the initial with the word and costs the listed name less than half the word', () => {
    const m = matcher.search({ name: 'Abd al-Rahman H. Muhammad', type: 'person' })[0]!
    expect(m.entityId).toBe('SDN:101')
    expect(m.explanation.tokens.map((t) => [t.query, t.listed])).toContainEqual(['h', 'husayn'])
    // The initial's word earns 0.45 of its weight on the listed side (0.3 left this name at 0.89).
    expect(m.score).toBeGreaterThanOrEqual(0.9)
  })
})

describe('align: words pair before initials', () => {
  it('lets a word take its partner before an initial does', () => {
    const m = buildMatcher([entity({ id: 'UN:1', list: 'UN', name: 'Abu Ali al-Kawari', type: 'person' })])
    const [match] = m.search({ name: 'Abd A. al-Kawari', type: 'person' }, { threshold: 0 })
    // "abd" / "abu" (0.8) pairs although the initial "a" / "abu" is more similar (0.85); "a" takes "ali".
    expect(match!.explanation.tokens.map((t) => [t.query, t.listed])).toEqual(
      expect.arrayContaining([
        ['abd', 'abu'],
        ['a', 'ali'],
      ]),
    )
  })
})

describe('align: syllables one letter apart', () => {
  const m = () =>
    buildMatcher([
      entity({ id: 'UN:2', list: 'UN', name: 'CHOE CHUN YONG', type: 'person' }),
      entity({ id: 'UN:3', list: 'UN', name: 'CHEN, Bo', type: 'person' }),
    ])
  it('pair as leftovers when two other words of the name agree', () => {
    const [match] = m().search({ name: 'Choe Chin Yong', type: 'person' }, { threshold: 0 })
    expect(match!.explanation.tokens).toContainEqual({
      query: 'chin',
      listed: 'chun',
      similarity: LEFTOVER_SIMILARITY,
      weight: expect.any(Number),
    })
  })
  it('stay apart in a name of two words', () => {
    const match = m()
      .search({ name: 'Cheng Bo', type: 'person' }, { threshold: 0 })
      .find((x) => x.entityId === 'UN:3')
    expect(match?.explanation.unmatchedQuery ?? ['cheng']).toContain('cheng')
  })
})
