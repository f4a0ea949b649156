import { beforeAll, describe, expect, it } from 'vitest'
import { entity } from '../../test/support/fixtures.js'
import type { Entity } from '../model/entity.js'
import { buildMatcher, type IndexedMatcher } from './build-matcher.js'
import { DEFAULT_THRESHOLD } from './defaults.js'

// Filler names weigh "university" and "research institute" about as the bundled lists do (one name in 50, in 7).
const filler: Entity[] = Array.from({ length: 1000 }, (_, i) =>
  entity({
    id: `EL:${1000 + i}`,
    list: 'EL',
    name: `Firm${i} ${i % 50 === 0 ? 'University' : i % 7 === 0 ? 'Research Institute' : 'Trading'}`,
  }),
)
let matcher: IndexedMatcher
beforeAll(() => {
  matcher = buildMatcher([
    entity({ id: 'EL:1', list: 'EL', name: 'Tianjin University, Zhejiang Research Institute' }),
    entity({ id: 'EL:2', list: 'EL', name: 'Beihang University Suzhou' }),
    entity({ id: 'EL:3', list: 'EL', name: 'Sichuan University, Qingdao Research Institute' }),
    entity({ id: 'EL:4', list: 'EL', name: 'Nanjing Hanyuan University' }),
    entity({ id: 'EL:5', list: 'EL', name: 'Bank Zipfel Georgia' }),
    ...filler,
  ])
})
const matchOf = (name: string, id: string) =>
  matcher.search({ name, type: 'organization' }, { threshold: 0 }).find((m) => m.entityId === id)
const codes = (name: string, id: string) => matchOf(name, id)?.explanation.adjustments.map((a) => a.code)

describe('a query named by place and kind against another institution’s unit in that place', () => {
  it('weighs the place as a place word, and keeps the pair under the threshold', () => {
    const m = matchOf('Zhejiang University', 'EL:1')
    const adj = m?.explanation.adjustments.find((a) => a.code === 'place-named')
    expect(adj?.text).toMatch(
      /^query named by place and kind, listed "tianjin university" is another's: "zhejiang" read as a place −0\.\d\d$/,
    )
    expect(adj!.effect).toBeLessThan(-0.05)
    expect(m!.score).toBeLessThan(DEFAULT_THRESHOLD)
    expect(codes('Suzhou University', 'EL:2')).toContain('place-named')
    expect(codes('浙江大学', 'EL:1')).toContain('place-named')
  })
  it('reads the party’s word after its kind too ("Bank Zipfel"), and a country that is also a given name', () => {
    expect(codes('Bank of Georgia', 'EL:5')).toContain('place-named')
  })
  it('costs nothing where the place comes first in the listed name too, or a name word is in common', () => {
    expect(codes('Sichuan University', 'EL:3')).not.toContain('place-named')
    expect(codes('Nanjing University', 'EL:4')).not.toContain('place-named')
    expect(codes('Tianjin Zhejiang University', 'EL:1')).not.toContain('place-named')
    expect(codes('Beihang University', 'EL:2')).not.toContain('place-named')
  })
})
