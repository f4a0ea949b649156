import { describe, expect, it } from 'vitest'
import type { AlignedPair, Alignment } from './align.js'
import { weakness } from './score-name.js'

const pair = (i: number, weight: number, extra: Partial<AlignedPair> = {}): AlignedPair => ({
  query: [i],
  listed: [i],
  similarity: 1,
  weight,
  ...extra,
})
const alignment = (pairs: AlignedPair[]): Alignment => ({
  pairs,
  unmatchedQuery: [],
  unmatchedListed: [],
  queryCoverage: 1,
  listedCoverage: 1,
  queryWeight: 1,
})

describe('weakness', () => {
  it('counts distinctive words: one is weak, two half-way, three strong', () => {
    expect(weakness(alignment([pair(0, 30)]), [30])).toBe(1)
    expect(weakness(alignment([pair(0, 30), pair(1, 25)]), [30, 25])).toBe(0.5)
    expect(weakness(alignment([pair(0, 30), pair(1, 25), pair(2, 20)]), [30, 25, 20])).toBe(0)
  })
  it('does not count words in a hundred names or more ("group", "bank")', () => {
    expect(weakness(alignment([pair(0, 36), pair(1, 8.6)]), [36, 8.6])).toBe(1)
  })
  it('reads a rare spelling of a common word as the common word ("Grup" for the query\'s "Group")', () => {
    expect(weakness(alignment([pair(0, 28), pair(1, 24, { similarity: 0.96 })]), [28, 8.6])).toBe(1)
  })
  it('does not count leftovers paired two typos apart', () => {
    expect(
      weakness(alignment([pair(0, 30), pair(1, 25, { similarity: 0.8, leftover: true })]), [30, 36]),
    ).toBe(1)
  })
})
