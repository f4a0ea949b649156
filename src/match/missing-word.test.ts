import { beforeAll, describe, expect, it } from 'vitest'
import { entity } from '../../test/support/fixtures.js'
import type { Entity } from '../model/entity.js'
import { buildMatcher, type IndexedMatcher } from './build-matcher.js'
import type { ScreenQuery } from './types.js'

// Filler names make "group" and "trading" common, as on the bundled lists.
const filler: Entity[] = Array.from({ length: 300 }, (_, i) =>
  entity({ id: `SDN:${1000 + i}`, list: 'SDN', name: `Firm${i} ${i % 2 ? 'Group' : 'Trading'}` }),
)
let matcher: IndexedMatcher
beforeAll(() => {
  matcher = buildMatcher([
    entity({ id: 'SDN:1', list: 'SDN', name: 'KIA NIROU' }),
    entity({ id: 'SDN:2', list: 'SDN', name: 'S. GROUP AIRLINES LTD' }),
    entity({ id: 'SDN:3', list: 'SDN', name: 'BUSH, Samuel', type: 'person' }),
    entity({ id: 'SDN:4', list: 'SDN', name: 'DONGFANG JINGYUAN ELECTRON' }),
    entity({ id: 'EL:5', list: 'EL', name: 'DM Link', type: 'unknown' }),
    entity({ id: 'SDN:6', list: 'SDN', name: 'GOLDEN SUN SKY ENTERTAINMENT CO LTD' }),
    ...filler,
  ])
})
const matchOf = (query: ScreenQuery, id: string) =>
  matcher.search(query, { threshold: 0 }).find((m) => m.entityId === id)

describe('missing word: one distinctive word in common while the listed name has another', () => {
  it('costs 0.03 and names the missing word', () => {
    const m = matchOf({ name: 'Kia Corporation', type: 'organization' }, 'SDN:1')
    expect(m?.explanation.adjustments.find((a) => a.code === 'missing-word')).toEqual({
      code: 'missing-word',
      effect: -0.03,
      text: 'one distinctive word in common, listed "nirou" missing −0.03',
    })
  })
  it('costs nothing when the query has both words, or the listed word left out is generic', () => {
    const full = matchOf({ name: 'Kia Nirou' }, 'SDN:1')
    expect(full?.explanation.adjustments.some((a) => a.code === 'missing-word')).toBe(false)
    const generic = matchOf({ name: 'S Airlines Ltd' }, 'SDN:2')
    expect(generic?.explanation.unmatchedListed).toContain('group')
    expect(generic?.explanation.adjustments.some((a) => a.code === 'missing-word')).toBe(false)
  })
})

describe('missing words: two distinctive words in common while the listed organisation has two more', () => {
  it('costs 0.03 and names them', () => {
    const m = matchOf({ name: 'Golden Entertainment, Inc.', type: 'organization' }, 'SDN:6')
    expect(m?.explanation.adjustments.find((a) => a.code === 'missing-word')?.text).toBe(
      'two distinctive words in common, listed "sun", "sky" missing −0.03',
    )
  })
  it("costs nothing for one word missing, or for a person's query", () => {
    const one = matchOf({ name: 'Golden Sun Entertainment', type: 'organization' }, 'SDN:6')
    expect(one?.explanation.adjustments.some((a) => a.code === 'missing-word')).toBe(false)
    const person = matchOf({ name: 'Golden Entertainment', type: 'person' }, 'SDN:6')
    expect(person?.explanation.adjustments.some((a) => a.code === 'missing-word')).toBe(false)
  })
})

describe('missing word: a word two typos from another is no word in common', () => {
  it('charges "Dongfang Electric" against "Dongfang Jingyuan Electron": "electric" is not "electron" mistyped', () => {
    const m = matchOf({ name: 'Dongfang Electric Corporation', type: 'organization' }, 'SDN:4')
    expect(m?.explanation.tokens.map((t) => t.listed)).toContain('electron')
    expect(m?.explanation.adjustments.find((a) => a.code === 'missing-word')?.text).toBe(
      'one distinctive word in common, listed "jingyuan" missing −0.03',
    )
  })
})

describe('initials between two organisations', () => {
  it('do not pair a company word with a lone letter of another company name', () => {
    const m = matchOf({ name: 'Singapore Airlines Limited', type: 'organization' }, 'SDN:2')
    expect(m?.explanation.tokens.map((t) => t.query)).toEqual(['airlines'])
    expect(m?.explanation.unmatchedQuery).toEqual(['singapore'])
  })
  it('do not pair a company’s lone letter with a word of a listed name of no type ("D-Link" is not "DM Link")', () => {
    const m = matchOf({ name: 'D-Link Corporation', type: 'organization' }, 'EL:5')
    expect(m?.explanation.tokens.map((t) => [t.query, t.listed])).toEqual([['link', 'link']])
    expect(m?.explanation.unmatchedListed).toEqual(['dm'])
  })
  it('still pair with a person’s given name', () => {
    const m = matchOf({ name: 'S. Bush', type: 'person' }, 'SDN:3')
    expect(m?.explanation.tokens.map((t) => [t.query, t.listed])).toContainEqual(['s', 'samuel'])
  })
})
