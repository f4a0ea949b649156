import { beforeAll, describe, expect, it } from 'vitest'
import { buildMatcher, type IndexedMatcher } from './build-matcher.js'
import { DEFAULT_THRESHOLD } from './defaults.js'
import { FIXTURE_ENTITIES } from './testdata/fixture-entities.js'

let matcher: IndexedMatcher
beforeAll(() => {
  const extra = (id: string, value: string) => ({
    ...FIXTURE_ENTITIES[0]!,
    id,
    name: value,
    names: [{ value, kind: 'primary' as const, script: 'Latn' as const }],
  })
  matcher = buildMatcher([
    ...FIXTURE_ENTITIES,
    extra('EL:910', 'Golden Mist Pte. Ltd.'),
    extra('EL:911', 'Safwan Company of Shipping and Trade'),
    extra('EL:912', 'Karasani Dis Ticaret'),
    extra('EL:913', 'Federal Security Service'),
    // Listed words that the wrong reading would leave: "serv" + "cie", "kar" + "as".
    extra('EL:914', 'Serv Holding'),
    extra('EL:915', 'Kar Holding'),
    extra('EL:916', 'Ceiba Investments Limited'),
  ])
})
const top = (name: string) => matcher.search({ name })[0]

describe('query words glued to a legal form or a function word', () => {
  it('read as the listed word when the rest is one ("MISTPTE", "OFSHIPPING")', () => {
    expect(top('Golden MistPte. Ltd.')?.entityId).toBe('EL:910')
    expect(top('Golden MistPte. Ltd.')?.explanation.tokens.map((t) => t.query)).toEqual(['golden', 'mist'])
    expect(top('Safwan Company ofShipping and Trade')?.score).toBeGreaterThanOrEqual(0.95)
  })
  it('stay whole when they make a listed word with a neighbour ("Karas ani")', () => {
    expect(top('Karas ani Dis Ticaret')?.explanation.tokens[0]).toMatchObject({
      query: 'karas ani',
      listed: 'karasani',
    })
  })
  it('stay whole when a listed word is one typo away ("Servcie" is not "Serv" + "cie")', () => {
    const m = top('Federal Security Servcie')
    expect(m?.entityId).toBe('EL:913')
    expect(m!.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD)
  })
})

describe('a query word two typos from a short listed word', () => {
  it('finds the listed word as a candidate that only a leftover pair can explain', () => {
    // "ceioaba" / "ceiba": beyond the edit budget of a five-letter word, so only the leftover pairing reads it.
    expect(matcher.candidateEntities({ name: 'Ceioaba Ltd' })).toContain('EL:916')
    expect(top('Ceioaba Investments Limited')?.entityId).toBe('EL:916')
  })
})
