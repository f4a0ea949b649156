import { describe, expect, it } from 'vitest'
import type { ListCode } from '../model/entity.js'
import { OwnershipIndex } from './ownership-index.js'
import type { ControlLink, NodeListing, OwnershipEdge } from './types.js'

type Row = [owner: string, owned: string, percent: number | undefined, start?: string, end?: string]

function index(
  rows: Row[],
  listed: Record<string, ListCode[] | [ListCode[], string[]]>,
  controls: ControlLink[] = [],
) {
  const edges: OwnershipEdge[] = rows.map(([owner, owned, percent, startDate, endDate], i) => ({
    owner,
    owned,
    ...(percent === undefined ? {} : { percent }),
    ...(startDate ? { startDate } : {}),
    ...(endDate ? { endDate } : {}),
    source: `row ${i + 1}`,
  }))
  const listing = (key: string): NodeListing | undefined => {
    const l = listed[key]
    if (!l) return undefined
    const [lists, programs] = Array.isArray(l[0]) ? (l as [ListCode[], string[]]) : [l as ListCode[], []]
    return { lists, programs, entityIds: [`${lists[0]}:${key}`], via: 'id' }
  }
  return new OwnershipIndex({ edges, listing, controls })
}

const DAY = '2026-11-29'
const ofac = (r: ReturnType<OwnershipIndex['ownedBy']>) => r.findings.find((f) => f.rule.id === 'ofac-50')
const affiliates = (r: ReturnType<OwnershipIndex['ownedBy']>) =>
  r.findings.find((f) => f.rule.id === 'bis-affiliates')

describe("OFAC's 50 % rule", () => {
  it('direct 50 % by one SDN blocks', () => {
    // OFAC revised guidance of 2014-08-13: owned 50 % or more, directly, by a blocked person.
    const r = index([['X', 'A', 50]], { X: ['SDN'] }).ownedBy('A', DAY)
    expect(ofac(r)).toMatchObject({ applies: true, total: 50 })
    expect(ofac(r)?.owners.map((o) => o.key)).toEqual(['X'])
    expect(ofac(r)?.text).toContain('50 % X')
  })

  it('49.9 % is not caught, but is reported as a caution', () => {
    // 2014 guidance: the line is 50 %; below it OFAC only advises caution.
    const r = index([['X', 'A', 49.9]], { X: ['SDN'] }).ownedBy('A', DAY)
    expect(ofac(r)).toBeUndefined()
    expect(r.cautions.join(' ')).toContain('49.9 %')
  })

  it('two different SDN owners of 25 % each aggregate to 50 %', () => {
    // 2014 guidance: ownership of all blocked persons is aggregated, across programs (OFAC FAQ 399).
    const r = index(
      [
        ['X', 'A', 25],
        ['Y', 'A', 25],
      ],
      { X: ['SDN'], Y: ['SDN'] },
    ).ownedBy('A', DAY)
    expect(ofac(r)?.total).toBe(50)
    expect(ofac(r)?.text).toContain('25 % X + 25 % Y = 50 %')
    expect(
      ofac(r)
        ?.owners.map((o) => o.key)
        .sort(),
    ).toEqual(['X', 'Y'])
  })

  it('FAQ 401 example 1: X 50 % of A, A 50 % of B - B is blocked through A', () => {
    // OFAC FAQ 401: "indirectly" means through entities themselves 50 % or more owned by blocked persons.
    const r = index(
      [
        ['X', 'A', 50],
        ['A', 'B', 50],
      ],
      { X: ['SDN'] },
    ).ownedBy('B', DAY)
    expect(ofac(r)?.applies).toBe(true)
    expect(ofac(r)?.explanation.paths).toEqual([
      { nodes: ['X', 'A', 'B'], names: ['X', 'A', 'B'], percents: [50, 50], lookThrough: 25 },
    ])
  })

  it('FAQ 401 example 2: X half-owns A and B, which hold 25 % of C each - C is blocked', () => {
    // OFAC FAQ 401 example 2.
    const r = index(
      [
        ['X', 'A', 50],
        ['X', 'B', 50],
        ['A', 'C', 25],
        ['B', 'C', 25],
      ],
      { X: ['SDN'] },
    ).ownedBy('C', DAY)
    expect(ofac(r)?.total).toBe(50)
    expect(ofac(r)?.explanation.paths).toHaveLength(2)
  })

  it('FAQ 401 example 3: X 50 % of A and 10 % of B, A 40 % of B - B is blocked', () => {
    // OFAC FAQ 401 example 3: the blocked intermediary's whole 40 % counts, not 50 % x 40 %.
    const r = index(
      [
        ['X', 'A', 50],
        ['X', 'B', 10],
        ['A', 'B', 40],
      ],
      { X: ['SDN'] },
    ).ownedBy('B', DAY)
    expect(ofac(r)?.total).toBe(50)
  })

  it('holdings through entities below 50 % are disregarded', () => {
    // OFAC FAQ 401 / 2014 guidance FAQs: X 25 % of A and of B, A and B 50 % of C each - C is not blocked.
    const r = index(
      [
        ['X', 'A', 25],
        ['X', 'B', 25],
        ['A', 'C', 50],
        ['B', 'C', 50],
      ],
      { X: ['SDN'] },
    ).ownedBy('C', DAY)
    expect(ofac(r)).toBeUndefined()
  })

  it('a three-level chain: X 100 % of A, A 60 % of B, B 50 % of C', () => {
    // OFAC FAQ 401: each blocked level passes its full holding down; the path shows a 30 % look-through.
    const r = index(
      [
        ['X', 'A', 100],
        ['A', 'B', 60],
        ['B', 'C', 50],
      ],
      { X: ['SDN'] },
    ).ownedBy('C', DAY)
    expect(ofac(r)?.explanation.paths[0]).toEqual({
      nodes: ['X', 'A', 'B', 'C'],
      names: ['X', 'A', 'B', 'C'],
      percents: [100, 60, 50],
      lookThrough: 30,
    })
    expect(ofac(r)?.explanation.holdings[0]).toMatchObject({ owner: 'B', caught: 'derived', ownerTotal: 60 })
  })

  it('a cycle is reported and visited once', () => {
    // OFAC FAQ 401 applied to A and B holding each other: the computation must end and say so.
    const r = index(
      [
        ['X', 'A', 50],
        ['A', 'B', 50],
        ['B', 'A', 50],
      ],
      { X: ['SDN'] },
    ).ownedBy('B', DAY)
    expect(ofac(r)?.applies).toBe(true)
    expect(r.issues.map((i) => i.code)).toContain('cycle')
  })

  it('a cycle of unlisted holders catches nothing', () => {
    // The rule needs a blocked person at the root; mutual holdings alone do not block (least fixpoint).
    const r = index(
      [
        ['A', 'B', 60],
        ['B', 'A', 60],
      ],
      {},
    ).ownedBy('A', DAY)
    expect(r.findings).toEqual([])
    expect(r.issues[0]?.message).toContain('ownership cycle of 2 entities')
  })

  it('shares over 100 % are reported, and the data used as given', () => {
    // Inconsistent data must be visible: 60 % + 60 % cannot both be true.
    const r = index(
      [
        ['X', 'A', 60],
        ['Y', 'A', 60],
      ],
      { X: ['SDN'] },
    ).ownedBy('A', DAY)
    expect(ofac(r)?.total).toBe(60)
    expect(r.issues.find((i) => i.code === 'over-100')?.message).toContain('120 %')
  })

  it('a share outside 0..100 is rejected with its source', () => {
    const r = index([['X', 'A', 150]], { X: ['SDN'] })
    const { graph } = r.analyse(DAY)
    expect(graph.edgeCount).toBe(0)
    expect(graph.issues[0]).toMatchObject({ code: 'invalid-share', where: 'row 1' })
  })

  it('a holding that ended before the as-of date does not count', () => {
    // Ownership is tested on the date of the transaction (2014 guidance speaks of present ownership).
    const ix = index([['X', 'A', 100, '2020-01-01', '2024-03-24']], { X: ['SDN'] })
    expect(ofac(ix.ownedBy('A', '2024-03-01'))?.applies).toBe(true)
    expect(ix.ownedBy('A', '2024-04-01').findings).toEqual([])
  })

  it('records of one date that disagree are reported and the larger share used', () => {
    const ix = index(
      [
        ['X', 'A', 48, '2015-11-25'],
        ['X', 'A', 51, '2015-11-25'],
      ],
      { X: ['SDN'] },
    )
    const r = ix.ownedBy('A', DAY)
    expect(ofac(r)?.total).toBe(51)
    expect(r.issues[0]?.code).toBe('conflicting-records')
  })

  it('a later record supersedes an earlier one without a conflict', () => {
    const r = index(
      [
        ['X', 'A', 60, '2020-01-01'],
        ['X', 'A', 40, '2023-01-01'],
      ],
      { X: ['SDN'] },
    ).ownedBy('A', DAY)
    expect(r.findings).toEqual([])
    expect(r.issues).toEqual([])
  })

  it('a listed owner with an unknown share is a caution, not a finding', () => {
    // Red Flag 29 (Supp. No. 3 to 15 CFR part 732) and OFAC's due-diligence advice: resolve the share.
    const r = index([['X', 'A', undefined]], { X: ['EL'] }).ownedBy('A', '2025-10-15')
    expect(r.findings).toEqual([])
    expect(r.cautions.join(' ')).toContain('Red Flag 29')
  })

  it('control without ownership is reported as a red flag only', () => {
    // OFAC FAQ 398: the 50 % rule concerns ownership, not control.
    const ix = new OwnershipIndex({
      edges: [{ owner: 'Z', owned: 'A', percent: 10 }],
      listing: (k) => (k === 'X' ? { lists: ['SDN'], programs: [], entityIds: [], via: 'id' } : undefined),
      controls: [{ controller: 'X', controlled: 'A', role: 'director' }],
    })
    const owned = ix.ownedBy('A', DAY)
    expect(owned.findings).toEqual([])
    expect(owned.cautions[0]).toContain('control, not ownership')
  })
})

describe('BIS Affiliates Rule (dated)', () => {
  const ix = index([['E', 'S', 50]], { E: ['EL'] })
  it('before 2025-09-29 it is not in force', () => {
    // 90 FR 47201: effective 2025-09-29.
    const f = affiliates(ix.ownedBy('S', '2025-09-28'))
    expect(f).toMatchObject({ applies: false })
    expect(f?.status.state).toBe('not-in-force')
  })
  it('from 2025-09-29 to 2025-11-09 it applies', () => {
    // 15 CFR 744.11(a)(1) as amended by 90 FR 47201.
    const f = affiliates(ix.ownedBy('S', '2025-10-15'))
    expect(f).toMatchObject({ applies: true })
    expect(f?.text).toContain('licence requirements apply')
  })
  it('during the suspension (2025-11-10 to 2026-11-09) it does not apply, and says so', () => {
    // 90 FR 50857 (FR Doc 2025-19846): suspended through 2026-11-09.
    const f = affiliates(ix.ownedBy('S', '2026-01-15'))
    expect(f).toMatchObject({ applies: false })
    expect(f?.status).toMatchObject({ state: 'suspended', verified: true })
    expect(f?.text).toContain('90 FR 50857')
  })
  it('after the suspension it applies again, flagged as unverified', () => {
    // 90 FR 50857: reimposed 2026-11-10 unless BIS acts further - regs.md §3.3 [verify].
    const f = affiliates(ix.ownedBy('S', '2026-11-29'))
    expect(f).toMatchObject({ applies: true })
    expect(f?.status.verified).toBe(false)
    expect(f?.status.text).toContain('[verify')
  })
  it('an override switches the dated rule', () => {
    // A user who has seen an extension notice records it without a code change.
    const over = new OwnershipIndex(
      { edges: [{ owner: 'E', owned: 'S', percent: 50 }], listing: () => undefined },
      { overrides: { 'bis-affiliates': 'suspended' } },
    )
    expect(over.analyse(DAY).outcomes[1]?.status).toMatchObject({ state: 'suspended', overridden: true })
  })
  it('Entity List and MEU owners aggregate (30 % + 20 %)', () => {
    // 15 CFR 744.11(a)(1), 744.21(a)(3): "individually or in the aggregate" across listed owners.
    const r = index(
      [
        ['E', 'S', 30],
        ['M', 'S', 20],
      ],
      { E: ['EL'], M: ['MEU'] },
    ).ownedBy('S', '2025-10-15')
    expect(affiliates(r)).toMatchObject({ applies: true, total: 50 })
    expect(ofac(r)).toBeUndefined()
  })
  it('SDN owners count only under the §744.8(a)(1) programs', () => {
    // 15 CFR 744.8(a)(1): EO 13382 (NPWMD) designations; other SDN programs do not make affiliates.
    const plain = index([['X', 'S', 60]], { X: [['SDN'], ['RUSSIA-EO14024']] }).ownedBy('S', '2025-10-15')
    const wmd = index([['X', 'S', 60]], { X: [['SDN'], ['NPWMD']] }).ownedBy('S', '2025-10-15')
    expect(affiliates(plain)).toBeUndefined()
    expect(affiliates(wmd)?.applies).toBe(true)
  })
})
