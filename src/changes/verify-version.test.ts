import { describe, expect, it } from 'vitest'
import { verifyVersion } from './verify-version.js'

const facts = (records: number, byList: Record<string, number>, skipped = 0) => ({
  source: 'us_csl',
  records,
  byList,
  skipped,
})

describe('verifyVersion', () => {
  const previous = { records: 1000, byList: { SDN: 900, EL: 90, FSE: 10 } }
  it('accepts normal growth and small changes', () => {
    expect(
      verifyVersion(facts(1010, { SDN: 905, EL: 95, FSE: 10 }), {
        expectedSource: 'us_csl',
        maxDrop: 0.2,
        previous,
      }),
    ).toEqual({ fatal: [], suspicious: [] })
  })

  it('flags a version that shrinks, in total or in one list of some size', () => {
    const v = verifyVersion(facts(950, { SDN: 900, EL: 50, FSE: 0 }), {
      expectedSource: 'us_csl',
      maxDrop: 0.2,
      previous,
    })
    expect(v.suspicious).toEqual(['EL would shrink from 90 to 50 entries (44 % > 20 %)'])
    expect(
      verifyVersion(facts(500, { SDN: 450, EL: 50 }), { expectedSource: 'us_csl', maxDrop: 0.6, previous })
        .suspicious,
    ).toEqual([])
  })

  it('refuses the wrong list or an empty one outright, and flags unreadable rows', () => {
    expect(
      verifyVersion({ ...facts(10, { UN: 10 }), source: 'un' }, { expectedSource: 'us_csl', maxDrop: 0.2 })
        .fatal,
    ).toEqual(['the file is a un list, not us_csl'])
    expect(verifyVersion(facts(0, {}), { expectedSource: 'us_csl', maxDrop: 0.2 }).fatal).toEqual([
      'the file holds no entries',
    ])
    expect(
      verifyVersion(facts(1000, { SDN: 1000 }, 11), { expectedSource: 'us_csl', maxDrop: 0.2 }).suspicious,
    ).toEqual(['11 rows could not be read (more than 10)'])
  })
})
