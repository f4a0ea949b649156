import { beforeAll, describe, expect, it } from 'vitest'
import { entity } from '../../test/support/fixtures.js'
import { buildMatcher, type IndexedMatcher } from './build-matcher.js'
import { FIXTURE_ENTITIES } from './testdata/fixture-entities.js'
import type { ScreenQuery } from './types.js'

let matcher: IndexedMatcher
beforeAll(() => {
  matcher = buildMatcher(FIXTURE_ENTITIES)
})
const typeAdjustment = (query: ScreenQuery, id: string) =>
  matcher
    .search(query, { threshold: 0 })
    .find((m) => m.entityId === id)
    ?.explanation.adjustments.find((a) => a.code === 'type')

describe('search: the type a query has by its name', () => {
  it('reads a legal form as an organisation, as good as a stated type', () => {
    expect(typeAdjustment({ name: 'Zhang Wei LLC' }, 'SDN:103')).toEqual({
      code: 'type',
      effect: -0.3,
      text: 'type organization (by its name) vs person −0.30',
    })
    expect(typeAdjustment({ name: 'Dover Ltd' }, 'SDN:200')?.effect).toBe(-0.25)
  })
  it('reads an organisation word as half the evidence', () => {
    expect(typeAdjustment({ name: 'Zhang Wei Trading' }, 'SDN:103')?.effect).toBe(-0.15)
  })
  it('leaves a plain name and a stated type alone', () => {
    expect(typeAdjustment({ name: 'Zhang Wei' }, 'SDN:103')).toBeUndefined()
    expect(typeAdjustment({ name: 'Zhang Wei LLC', type: 'person' }, 'SDN:103')).toBeUndefined()
  })
})

describe('search: legal forms of one class', () => {
  const formAdjustment = (name: string) =>
    matcher
      .search({ name }, { threshold: 0 })
      .find((m) => m.entityId === 'EL:10')
      ?.explanation.adjustments.find((a) => a.code === 'legal-form')
  it('count slightly for the match when both names carry them ("LLC" and "OOO")', () => {
    expect(formAdjustment('Media-Invest LLC')).toEqual({
      code: 'legal-form',
      effect: 0.02,
      text: 'legal form LLC agrees +0.02',
    })
  })
  it('count nothing when the forms differ or one name has none', () => {
    expect(formAdjustment('Media-Invest Ltd')).toBeUndefined()
    expect(formAdjustment('Media-Invest')).toBeUndefined()
  })
})

describe('search: an online handle the lists give as an alias', () => {
  const handles = buildMatcher([
    entity({
      id: 'SDN:1',
      list: 'SDN',
      name: 'SAEDI, Nader',
      type: 'person',
      names: [
        { value: 'SAEDI, Nader', kind: 'primary', script: 'Latn' },
        { value: 'turk_server', kind: 'aka', script: 'Latn' },
      ],
    }),
  ])
  it('is found by the handle, not by names of its parts', () => {
    expect(handles.search({ name: 'turk_server' })[0]?.score).toBe(1)
    expect(handles.search({ name: 'Sernur Türk', type: 'person' }, { threshold: 0.5 })).toEqual([])
  })
})
