import { describe, expect, it } from 'vitest'
import { testEngine } from '../../test/support/invest-fixtures.js'
import { checkInvestment } from './check-investment.js'

const engine = testEngine()
const check = (input: Record<string, unknown>) =>
  checkInvestment(
    { target: 'Hefei Example Co., Ltd.', country: 'CN', asOf: '2026-11-29', ...input },
    { engine },
  )
const codes = (r: ReturnType<typeof check>) => r.reasons.map((x) => x.code)

describe('notifiable outbound investments (31 CFR 850.217)', () => {
  it('equity in a mature-node fab: notify within 30 days of closing', () => {
    // 31 CFR 850.217(b); notification 30 calendar days after completion (regs.md §4.3), contents 850.405.
    const r = check({ activities: ['fab-mature'], type: 'equity', closingDate: '2026-12-15' })
    expect(r.decision).toBe('NOTIFIABLE')
    expect(r.filing).toMatchObject({
      to: 'U.S. Department of the Treasury, Office of Investment Security',
      deadline: 'within 30 calendar days after the completion date of the transaction',
      due: '2027-01-14',
    })
    expect(r.filing?.verify).toContain('[verify]')
    expect(r.reasons.find((x) => x.code === 'ACTIVITY_NOTIFIABLE')?.verify).toBeUndefined()
  })

  it('convertible note to an IC designer', () => {
    // 31 CFR 850.217(a); 850.210(a)(2).
    expect(check({ activities: ['ic-design'], type: 'convertible' }).decision).toBe('NOTIFIABLE')
  })

  it('an AI developer training with 5 x 10^23 operations', () => {
    // 31 CFR 850.217(d)(3): more than 10^23 operations.
    const r = check({ trainingOps: 5e23, type: 'equity' })
    expect(r.decision).toBe('NOTIFIABLE')
    expect(r.reasons.find((x) => x.code === 'ACTIVITY_NOTIFIABLE')?.citation).toBe('31 CFR 850.217(d)(3)')
  })

  it('an AI developer for cybersecurity and robot control', () => {
    // 31 CFR 850.217(d)(2)(i)-(iv).
    expect(check({ activities: ['ai-cyber', 'ai-robotics'], type: 'equity' }).decision).toBe('NOTIFIABLE')
  })

  it('an LP stake of $5 million in a fund investing in packagers', () => {
    // 31 CFR 850.210(a)(6); above the $2,000,000 exception of 850.501 [verify]; 850.217(c).
    const r = check({ activities: ['packaging'], type: 'lp', amount: 5_000_000 })
    expect(r.decision).toBe('NOTIFIABLE')
    expect(r.reasons.find((x) => x.code === 'COVERED_TRANSACTION')?.text).toContain('$5,000,000')
  })

  it('a controlled foreign entity: the U.S. parent notifies', () => {
    // 31 CFR 850.302 and the notification duty for controlled foreign entities [verify section].
    const r = check({
      activities: ['ic-design'],
      type: 'equity',
      investorStatus: 'controlled-foreign-entity',
    })
    expect(r.decision).toBe('NOTIFIABLE')
    expect(r.filing?.what).toContain('U.S. person parent')
  })

  it('a Singapore company majority-owned by PRC persons', () => {
    // 31 CFR 850.221 person of a country of concern (majority-owned) [verify section]; 850.217(c).
    const r = check({ country: 'SG', cocOwned: true, activities: ['packaging'], type: 'equity' })
    expect(r.decision).toBe('NOTIFIABLE')
    expect(codes(r)).toContain('PERSON_OF_COUNTRY_OF_CONCERN')
  })
})

describe('excepted transactions (31 CFR 850.501)', () => {
  it('publicly traded shares of an EDA developer', () => {
    // 31 CFR 850.501(a)(1)(i) publicly traded securities [verify paragraph].
    const r = check({ activities: ['eda-software'], type: 'public-security' })
    expect(r.decision).toBe('EXCEPTED')
    expect(codes(r)).toContain('EXCEPTED_PUBLIC_SECURITY')
  })

  it('an LP stake of $1.5 million', () => {
    // 31 CFR 850.501(a)(1)(iii): $2,000,000 or less [verify figure; regs.md §4.3].
    const r = check({ activities: ['eda-software'], type: 'lp', amount: 1_500_000 })
    expect(r.decision).toBe('EXCEPTED')
    expect(r.rules.find((x) => x.id === 'lp-threshold')).toMatchObject({
      verified: false,
      effective: '2025-01-02',
    })
    expect(r.reasons.at(-1)?.verify).toContain('[verify]')
  })

  it('an LP stake of exactly $2,000,000 is at the threshold, so excepted', () => {
    // 31 CFR 850.501(a)(1)(iii): "does not exceed" [verify].
    expect(check({ activities: ['ic-design'], type: 'lp', amount: 2_000_000 }).decision).toBe('EXCEPTED')
  })

  it('a $10 million LP stake with a contractual assurance', () => {
    // 31 CFR 850.501(a)(1)(iii) alternative: binding assurance that capital is not used for covered transactions.
    expect(
      check({ activities: ['supercomputer'], type: 'lp', amount: 10_000_000, lpAssurance: true }).decision,
    ).toBe('EXCEPTED')
  })

  it('a binding commitment made before 2025-01-02', () => {
    // 31 CFR 850.501 (pre-effective-date binding commitments) [verify list].
    const r = check({ activities: ['ic-design'], type: 'equity', exceptions: ['binding-commitment'] })
    expect(r.decision).toBe('EXCEPTED')
    expect(codes(r)).toContain('EXCEPTED_BINDING_COMMITMENT')
  })

  it('a prohibited transaction with a national interest exemption', () => {
    // 31 CFR 850.502 national interest exemption.
    expect(
      check({ activities: ['eda-software'], type: 'equity', exceptions: ['national-interest'] }).decision,
    ).toBe('EXCEPTED')
  })
})

describe('not covered', () => {
  it('straight debt to a prohibited-activity company', () => {
    // 31 CFR 850.210: only convertible debt or debt with equity-like rights is covered.
    expect(check({ activities: ['eda-software'], type: 'debt' }).decision).toBe('NOT_COVERED')
  })

  it('a German chip designer', () => {
    // EO 14105 Annex: the PRC (with Hong Kong and Macau) is the only country of concern.
    const r = check({ country: 'DE', activities: ['ic-design-advanced'], type: 'equity' })
    expect(r.decision).toBe('NOT_COVERED')
    expect(codes(r)).toContain('NOT_COUNTRY_OF_CONCERN')
  })

  it('a Taiwanese foundry (Taiwan is not part of the country of concern)', () => {
    // EO 14105 Annex names the PRC, Hong Kong and Macau.
    expect(check({ country: 'TW', activities: ['fab-advanced-node'], type: 'equity' }).decision).toBe(
      'NOT_COVERED',
    )
  })

  it('a deal closed on 2024-12-31, before part 850 took effect', () => {
    // 89 FR 90398: effective 2025-01-02.
    const r = check({ asOf: '2024-12-31', activities: ['eda-software'], type: 'equity' })
    expect(r.decision).toBe('NOT_COVERED')
    expect(codes(r)).toContain('PROGRAM_NOT_IN_FORCE')
  })

  it('a non-U.S. investor', () => {
    // 31 CFR 850.229: part 850 binds U.S. persons [verify section].
    expect(check({ activities: ['eda-software'], type: 'equity', investorStatus: 'foreign' }).decision).toBe(
      'NOT_COVERED',
    )
  })

  it('a PRC consumer-goods maker with no covered activity', () => {
    // 31 CFR 850.209(a)(1): not a covered foreign person without a covered activity.
    const r = check({ activities: ['none'], type: 'equity' })
    expect(r.decision).toBe('NOT_COVERED')
    expect(codes(r)).toContain('NO_COVERED_ACTIVITY')
  })

  it('civil quantum sensing', () => {
    // 31 CFR 850.224(h) reaches only military, intelligence or mass-surveillance end uses.
    expect(check({ activities: ['quantum-sensing'], type: 'equity' }).decision).toBe('NOT_COVERED')
  })

  it('an AI model trained with 10^22 operations for retail', () => {
    // 31 CFR 850.217(d)(3): notifiable only above 10^23 operations.
    expect(check({ trainingOps: 1e22, type: 'equity' }).decision).toBe('NOT_COVERED')
  })

  it('a holding company getting 40 % of revenue from a covered subsidiary', () => {
    // 31 CFR 850.209(a)(2): more than 50 % needed.
    const r = check({
      activities: ['none'],
      subsidiaryActivities: ['ic-design'],
      revenueShare: 40,
      type: 'equity',
    })
    expect(r.decision).toBe('NOT_COVERED')
    expect(codes(r)).toContain('NOT_COVERED_VIA_HOLDINGS')
  })

  it('Venezuela: not covered yet, with the COINS Act noted as unverified', () => {
    // COINS Act (FY2026 NDAA) adds Venezuela once regulations issue (regs.md §4.4 [verify]).
    const r = check({ country: 'VE', activities: ['ic-design'], type: 'equity' })
    expect(r.decision).toBe('NOT_COVERED')
    expect(r.reasons.find((x) => x.code === 'COINS_PENDING')?.verify).toContain('[verify]')
  })

  it('hypersonics in the PRC: not a part 850 activity until the COINS Act rules', () => {
    // COINS Act technologies (regs.md §4.4); 31 CFR 850.217/850.224 do not list hypersonics.
    const r = check({ activities: ['hypersonics'], type: 'equity' })
    expect(r.decision).toBe('NOT_COVERED')
    expect(r.reasons.find((x) => x.code === 'ACTIVITY_NOT_COVERED')?.text).toContain('COINS Act')
  })

  it('an Entity List party with no covered activity: noted, not covered', () => {
    // 15 CFR 744.11 is an export control; 31 CFR 850.224(l) needs a covered activity.
    const r = check({
      target: 'Semiconductor Manufacturing International (Beijing) Corporation',
      activities: ['none'],
      type: 'equity',
    })
    expect(r.decision).toBe('NOT_COVERED')
    expect(codes(r)).toContain('LISTED_EL')
  })
})
