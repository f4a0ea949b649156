import { beforeAll, describe, expect, it } from 'vitest'
import { entity } from '../../test/support/fixtures.js'
import type { Entity } from '../model/entity.js'
import { buildMatcher, type IndexedMatcher } from './build-matcher.js'
import { DEFAULT_THRESHOLD } from './defaults.js'

const filler: Entity[] = Array.from({ length: 1000 }, (_, i) =>
  entity({ id: `EL:${1000 + i}`, list: 'EL', name: `Firm${i} ${i % 50 === 0 ? 'University' : 'Trading'}` }),
)
let matcher: IndexedMatcher
beforeAll(() => {
  matcher = buildMatcher([
    entity({ id: 'EL:1', list: 'EL', name: 'Beijing University of Posts and Telecommunications' }),
    entity({ id: 'EL:2', list: 'EL', name: 'Posts Telecommunications Company' }),
    ...filler,
  ])
})
const matchOf = (name: string, id: string) =>
  matcher.search({ name, type: 'organization' }, { threshold: 0 }).find((m) => m.entityId === id)
const adjOf = (name: string, id: string) =>
  matchOf(name, id)?.explanation.adjustments.find((a) => a.code === 'other-place')

describe('a place of the query against another place of the listed name', () => {
  it('disagrees: the query’s place weighs as its own word, and costs as a country would', () => {
    const m = matchOf('Chongqing University of Posts and Telecommunications', 'EL:1')
    const adj = adjOf('Chongqing University of Posts and Telecommunications', 'EL:1')
    expect(adj?.text).toMatch(/^place "chongqing" vs listed "beijing" −0\.\d\d$/)
    expect(adj!.effect).toBeLessThan(-0.05)
    expect(m!.score).toBeLessThan(DEFAULT_THRESHOLD)
  })
  it('costs nothing when the listed name has no place of its own, or the places agree', () => {
    expect(adjOf('Chongqing Posts Telecommunications Company', 'EL:2')).toBeUndefined()
    expect(adjOf('Beijing University of Posts and Telecommunications', 'EL:1')).toBeUndefined()
  })
})
