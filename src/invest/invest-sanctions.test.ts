import { describe, expect, it } from 'vitest'
import { BEIJING_ALITE, testEngine } from '../../test/support/invest-fixtures.js'
import { engineListing } from '../ownership/listings.js'
import { OwnershipIndex } from '../ownership/ownership-index.js'
import { LoadedEngine } from '../service/loaded-engine.js'
import { checkInvestment } from './check-investment.js'

const engine = testEngine()
const base = { target: 'Hefei Example Co., Ltd.', country: 'CN', asOf: '2026-11-29' }
const codes = (r: { reasons: { code: string }[] }) => r.reasons.map((x) => x.code)

describe('sanctions around an investment: SDN, NS-CMIC, ownership, country bans', () => {
  it('an SDN target is blocked whatever the transaction', () => {
    // IEEPA / 31 CFR chapter V blocking; Beijing Alite is SDN 9750 (NPWMD, IFSR).
    const r = checkInvestment(
      { ...base, target: 'BEIJING ALITE TECHNOLOGIES CO., LTD.', type: 'debt' },
      { engine },
    )
    expect(r.decision).toBe('PROHIBITED')
    expect(r.reasons[0]).toMatchObject({ code: 'SDN_BLOCKED' })
    expect(r.reasons[0]?.text).toContain('NPWMD')
  })

  it('buying China Telecom shares in 2026: barred since 2021-08-02, divestment closed 2022-06-03', () => {
    // EO 14032 §1 (amending EO 13959): 60 days after listing (Annex, 2021-06-03) and 365 days to divest.
    const r = checkInvestment(
      { ...base, target: 'China Telecom Corporation Limited', type: 'public-security' },
      { engine },
    )
    expect(r.decision).toBe('PROHIBITED')
    expect(r.screening.securities).toMatchObject({
      listedOn: '2021-06-03',
      purchasesBarredFrom: '2021-08-02',
      divestOnlyUntil: '2022-06-03',
      state: 'after-divest-window',
    })
    expect(r.screening.securities?.verify).toContain('[verify]')
  })

  it('in the divestment window (2022-01-15) purchases are barred and divesting sales allowed', () => {
    // EO 14032 §1: sales solely to divest allowed for 365 days after listing.
    const r = checkInvestment(
      { ...base, asOf: '2022-01-15', target: 'CHINA TELECOM CORP LTD', type: 'public-security' },
      { engine },
    )
    expect(r.decision).toBe('PROHIBITED')
    expect(r.screening.securities?.state).toBe('divest-window')
    expect(r.screening.securities?.text).toContain('sales solely to divest are allowed until 2022-06-03')
  })

  it('before the bar date the purchase is still allowed (excepted from part 850) and the date is given', () => {
    // EO 14032 §1 (purchases barred from 2021-08-02); 31 CFR 850.501 public securities; part 850 not yet in force.
    const r = checkInvestment(
      { ...base, asOf: '2021-07-01', target: 'China Telecom Corporation Limited', type: 'public-security' },
      { engine },
    )
    expect(r.decision).toBe('NOT_COVERED')
    expect(r.screening.securities?.state).toBe('before-bar')
    expect(r.reasons[0]?.text).toContain('purchases are still allowed until 2021-08-02')
  })

  it('SenseTime (listed 2021-12-10) in a private round: the NS-CMIC bar does not reach it, part 850 does', () => {
    // EO 14032 covers publicly traded securities only; 31 CFR 850.224(l) lists NS-CMIC [verify].
    const r = checkInvestment(
      { ...base, target: 'Sensetime Group Limited', type: 'equity', activities: ['ai-military'] },
      { engine },
    )
    expect(r.screening.securities?.purchasesBarredFrom).toBe('2022-02-08')
    expect(r.reasons.find((x) => x.code === 'CMIC_SECURITIES')?.text).toContain('does not reach it')
    expect(r.decision).toBe('PROHIBITED')
    expect(codes(r)).toContain('LISTED_COVERED_FOREIGN_PERSON')
  })

  it('a target 60 % owned by an SDN is blocked under the 50 % rule', () => {
    // OFAC 2014 guidance on entities owned by blocked persons; ownership from the graph.
    const ownership = new OwnershipIndex({
      edges: [
        { owner: 'BEIJING ALITE TECHNOLOGIES CO., LTD.', owned: 'Hefei Example Co., Ltd.', percent: 60 },
      ],
      listing: engineListing(engine),
    })
    const r = checkInvestment({ ...base, type: 'equity', activities: ['none'] }, { engine, ownership })
    expect(r.decision).toBe('PROHIBITED')
    expect(r.reasons.find((x) => x.code === 'OWNED_BY_SDN')?.text).toContain('60 %')
    expect(r.screening.ownership?.findings[0]?.owners[0]?.listing.entityIds).toEqual(['SDN:9750'])
  })

  it('a target 50 % owned by an Entity List party during the suspension: noted, not applied', () => {
    // 90 FR 50857: the Affiliates Rule is suspended 2025-11-10 to 2026-11-09.
    const ownership = new OwnershipIndex({
      edges: [{ owner: 'EL:hsmicbeijing', owned: 'Hefei Example Co., Ltd.', percent: 50 }],
      listing: engineListing(engine),
    })
    const r = checkInvestment(
      { ...base, asOf: '2026-03-01', type: 'equity', activities: ['packaging'] },
      { engine, ownership },
    )
    expect(r.decision).toBe('NOTIFIABLE')
    const aff = r.reasons.find((x) => x.code === 'AFFILIATE_OF_LISTED')
    expect(aff?.text).toContain('does not apply on 2026-03-01')
    expect(r.rules.find((x) => x.id === 'bis-affiliates')).toMatchObject({
      verified: true,
      effective: '2025-11-10',
    })
  })

  it('a new investment in Iran is prohibited outright', () => {
    // 31 CFR 560.207 (ITSR) [verify: not from regs.md].
    const r = checkInvestment({ ...base, country: 'IR', type: 'equity' }, { engine })
    expect(r.decision).toBe('PROHIBITED')
    expect(r.reasons.at(-1)).toMatchObject({ code: 'COUNTRY_SANCTIONS', citation: '31 CFR 560.207' })
  })

  it('a new investment in Russia is prohibited (EO 14071), before any COINS Act rules', () => {
    // EO 14071 §1(a)(i) [verify]; the COINS Act adds Russia only once regulations issue (regs.md §4.4).
    expect(checkInvestment({ ...base, country: 'RU', type: 'equity' }, { engine }).decision).toBe(
      'PROHIBITED',
    )
  })

  it('Syria: prohibited in 2024, no country-wide bar after EO 14312 (2025-07-01)', () => {
    // EO 13582 §2(a), ended by EO 14312 [verify: dated data, not from regs.md].
    expect(
      checkInvestment({ ...base, country: 'SY', asOf: '2024-06-01', type: 'equity' }, { engine }).decision,
    ).toBe('PROHIBITED')
    expect(checkInvestment({ ...base, country: 'SY', type: 'equity' }, { engine }).decision).toBe(
      'NOT_COVERED',
    )
  })

  it('without an engine, no screening is claimed', () => {
    const r = checkInvestment({ ...base, type: 'equity', activities: ['none'] })
    expect(r.screening).toEqual({ matches: [], data: [] })
  })
})

describe('possible matches are asked about, never silently applied', () => {
  // Supp. No. 3 to 15 CFR part 732 ("Know Your Customer"): a weak match is resolved by the user, as in determine.
  const fuzzy = new LoadedEngine({
    entities: [BEIJING_ALITE],
    relations: [],
    data: [],
    defaultThreshold: 0.8,
    matcherVersion: 'stub',
    matcher: {
      size: 1,
      search: (q) =>
        q.name === 'Beijing Alite Tech'
          ? [
              {
                entityId: BEIJING_ALITE.id,
                list: 'SDN',
                sourceId: '9750',
                name: BEIJING_ALITE.name,
                matchedName: BEIJING_ALITE.name,
                score: 0.85,
                explanation: {
                  method: 'fuzzy',
                  normalisedQuery: '',
                  normalisedName: '',
                  tokens: [],
                  nameScore: 0.85,
                  adjustments: [],
                },
              },
            ]
          : [],
    },
  })
  const ask = (extra: Record<string, unknown> = {}) =>
    checkInvestment(
      { ...base, target: 'Beijing Alite Tech', type: 'equity', activities: ['packaging'], ...extra },
      { engine: fuzzy },
    )

  it('a 0.85 SDN match makes the answer INCOMPLETE with the question', () => {
    const r = ask()
    expect(r.decision).toBe('INCOMPLETE')
    expect(r.questions[0]).toMatchObject({ field: 'match:SDN:9750', options: ['yes', 'no'] })
    expect(r.screening.matches[0]?.status).toBe('review')
    expect(r.filing).toBeUndefined()
  })

  it('confirmed, it blocks; dismissed, part 850 decides', () => {
    expect(ask({ matchAnswers: { 'SDN:9750': 'yes' } }).decision).toBe('PROHIBITED')
    const no = ask({ matchAnswers: { 'SDN:9750': 'no' } })
    expect(no.decision).toBe('NOTIFIABLE')
    expect(no.screening.matches[0]?.status).toBe('dismissed')
  })
})
