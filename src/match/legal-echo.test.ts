import { beforeAll, describe, expect, it } from 'vitest'
import { buildMatcher, type IndexedMatcher } from './build-matcher.js'
import { FIXTURE_ENTITIES } from './testdata/fixture-entities.js'

let matcher: IndexedMatcher
beforeAll(() => {
  matcher = buildMatcher([
    ...FIXTURE_ENTITIES,
    {
      ...FIXTURE_ENTITIES[0]!,
      id: 'EL:900',
      name: 'Rahal Establishment',
      names: [name('Rahal Establishment')],
    },
    { ...FIXTURE_ENTITIES[0]!, id: 'EL:901', name: 'Kaveh Company', names: [name('Kaveh Company')] },
    {
      ...FIXTURE_ENTITIES[0]!,
      id: 'EL:902',
      name: 'Compass Navigation',
      names: [name('Compass Navigation')],
    },
    {
      ...FIXTURE_ENTITIES[0]!,
      id: 'EL:903',
      name: 'Hamriyah Steel Free Zone Company',
      names: [name('Hamriyah Steel Free Zone Company')],
    },
    {
      ...FIXTURE_ENTITIES[0]!,
      id: 'EL:904',
      name: 'Orient Company Karachi Limited',
      names: [name('Orient Company Karachi Limited')],
    },
  ])
})
function name(value: string) {
  return { value, kind: 'primary' as const, script: 'Latn' as const }
}
const found = (query: string, id: string) =>
  matcher.search({ name: query }, { threshold: 0 }).find((m) => m.entityId === id)
const echo = (query: string, id: string) =>
  found(query, id)?.explanation.adjustments.find((a) => a.code === 'legal-word')

describe('legal echo: a query word that spells a word of the listed legal form', () => {
  it('weighs a misspelt legal word little when the listed name has the word ("Establishent")', () => {
    const m = found('Rahal Establishent', 'EL:900')
    expect(m?.score).toBeGreaterThanOrEqual(0.76)
    expect(m?.explanation.nameScore).toBeLessThan(0.7)
    expect(echo('Rahal Establishent', 'EL:900')?.text).toMatch(
      /^"establishent" \("establishment"\) read as the listed legal form \+0\.\d\d$/,
    )
  })
  it('reads legal words spelled right that the query alone does not read as legal ("Free Zone")', () => {
    expect(echo('Hamriyah Steel Free Zone', 'EL:903')?.text).toMatch(/^"free", "zone" read as/)
    expect(found('Hamriyah Steel Free Zone', 'EL:903')?.score).toBeGreaterThanOrEqual(0.76)
  })
  it('leaves a word the lists have as a name word: "Compass" is not a misspelt "Company"', () => {
    expect(echo('Kaveh Compass', 'EL:901')).toBeUndefined()
    expect(found('Kaveh Compass', 'EL:901')?.score ?? 0).toBeLessThan(0.76)
  })
  it('leaves a query made of legal words only', () => {
    // "Company" inside the listed name is a name word; the query keeps its legal words when it has nothing else.
    expect(found('Company Limited', 'EL:904')?.explanation.tokens[0]?.query).toBe('company')
    expect(echo('Company Limited', 'EL:904')).toBeUndefined()
  })
  it('leaves a word that spells no legal word of the listed name', () => {
    expect(echo('Rahal Tradong', 'EL:900')).toBeUndefined()
  })
})
