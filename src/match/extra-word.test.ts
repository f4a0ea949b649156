import { beforeAll, describe, expect, it } from 'vitest'
import { entity } from '../../test/support/fixtures.js'
import type { Entity } from '../model/entity.js'
import { buildMatcher, type IndexedMatcher } from './build-matcher.js'

// Filler names make "group" common, as on the bundled lists.
const filler: Entity[] = Array.from({ length: 300 }, (_, i) =>
  entity({ id: `SDN:${1000 + i}`, list: 'SDN', name: `Firm${i} Group` }),
)
let matcher: IndexedMatcher
beforeAll(() => {
  matcher = buildMatcher([entity({ id: 'SDN:1', list: 'SDN', name: 'JSC NDBANK' }), ...filler])
})
const costOf = (name: string) =>
  matcher
    .search({ name, type: 'organization' }, { threshold: 0 })
    .find((m) => m.entityId === 'SDN:1')
    ?.explanation.adjustments.find((a) => a.code === 'extra-word')

describe("extra word: the one distinctive word matched with a typo, and a word of the query's own", () => {
  it('costs 0.03 and names both', () => {
    expect(costOf('Nedbank Group Limited')).toEqual({
      code: 'extra-word',
      effect: -0.03,
      text: '"nedbank" matched with a typo, query "group" not listed −0.03',
    })
  })
  it('costs nothing for the exact word, or a typo without a word of its own', () => {
    expect(costOf('Ndbank Group')).toBeUndefined()
    expect(costOf('Nedbank JSC')).toBeUndefined()
  })
})
