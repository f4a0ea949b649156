import { describe, expect, it } from 'vitest'
import { testTables } from './testdata/load-tables.js'

describe('CCL licence-requirement parser over the bundled CCL (eCFR 2026-07-23)', () => {
  const { cclReport: r, ccl } = testTables()

  it('reads all but an explicit handful of the 1,536 rows, and lists the ones it cannot read', () => {
    expect(r.entries).toBe(633)
    expect(r.rows).toBe(1536)
    expect(r.readRows).toBe(1534)
    // The two rows it does not read, named so a data update that adds more fails here.
    expect(r.unreadRows.map((u) => `${u.eccn}#${u.index}`)).toEqual(['0A617#4', '1D018#1'])
    // 0A617: "See § 764.1(b) for UN controls" (a misprint of § 746.1(b) in the eCFR; not corrected by guess).
    expect(r.unreadRows[0]?.countryChart).toMatch(/764\.1\(b\)/)
  })

  it('counts entries without a License Requirements table apart: ITAR pointers, § 738.3(a)(1), AT-only, unread', () => {
    expect(r.itarEntries).toHaveLength(31)
    expect(r.allDestinationEntries).toEqual(['0A983', '5A980', '5D980', '5E980'])
    expect(r.atOnlyInferred).toEqual(['0A999', '1A999', '1D999', '2A994', '2A999', '2D994', '2E994'])
    expect(r.unreadEntries).toHaveLength(28)
    expect(r.unreadEntries).toContain('0A981')
    // Rules whose paragraph scope is in words (parameters, "software for ..."): the determination asks.
    expect(r.describedScopes).toBe(217)
  })

  it('reads the free-text destination forms', () => {
    const rules = (eccn: string) => ccl.get(eccn)?.rules ?? []
    const a090 = rules('3A090')
    expect(a090[0]?.destination).toMatchObject({ kind: 'worldwide', aiDiffusion: true })
    expect(a090[1]?.destination).toEqual({
      kind: 'formula',
      countries: ['AE'],
      groups: ['D:1', 'D:4', 'D:5'],
      excludeGroups: ['A:5', 'A:6'],
      aiDiffusion: false,
    })
    expect(a090[2]?.destination).toMatchObject({ kind: 'formula', countries: ['MO'], groups: ['D:5'] })
    expect(a090[2]?.citation).toBe('15 CFR 742.6(a)(6)(i)(B)')
    expect(rules('9A515').find((x) => x.citation.includes('742.6(a)(7)'))?.destination).toMatchObject({
      countries: ['CN', 'RU', 'VE'],
    })
    expect(rules('5A002').find((x) => x.reason === 'EI')?.destination).toMatchObject({
      kind: 'worldwide',
      except: ['CA'],
    })
    expect(rules('0A501').find((x) => x.reason === 'UN')?.citation).toBe('15 CFR 746.1(b)')
    expect(rules('2B999')[0]).toMatchObject({ exceptParagraphs: [['h', '2']] })
    expect(rules('1C350')[0]).toMatchObject({ reason: 'CB', destination: { kind: 'column', column: 'CB 2' } })
    expect(rules('3B993')[0]?.destination).toEqual({ kind: 'el-footnote-5' })
  })

  it('reads paragraph scopes, including ranges and exceptions', () => {
    const sme = ccl.get('3B001')?.rules.find((x) => x.control.startsWith('NS applies to 3B001.a.4'))
    expect(sme?.scope).toEqual({
      kind: 'paragraphs',
      include: [
        ['a', '4'],
        ['c'],
        ['d'],
        ['f', '1'],
        ['f', '5'],
        ['f', '6'],
        ['k'],
        ['l'],
        ['m'],
        ['n'],
        ['p', '2'],
        ['p', '4'],
        ['r'],
      ],
      except: [],
    })
    expect(ccl.get('9A515')?.rules[0]?.scope).toEqual({
      kind: 'paragraphs',
      include: [[]],
      except: [['e'], ['x'], ['y']],
    })
  })
})
