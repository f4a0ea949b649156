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

describe('prohibited outbound investments (31 CFR 850.224)', () => {
  it('equity in an EDA software developer', () => {
    // 31 CFR 850.224(a); covered transaction 850.210(a)(1); country of concern per EO 14105 Annex.
    const r = check({ activities: ['eda-software'], type: 'equity' })
    expect(r.decision).toBe('PROHIBITED')
    expect(codes(r)).toEqual(
      expect.arrayContaining([
        'COUNTRY_OF_CONCERN',
        'COVERED_TRANSACTION',
        'ACTIVITY_PROHIBITED',
        'PROHIBITED_TRANSACTION',
      ]),
    )
    expect(r.reasons.find((x) => x.code === 'ACTIVITY_PROHIBITED')).toMatchObject({
      citation: '31 CFR 850.224(a)',
      verify: expect.stringContaining('[verify]'),
    })
    expect(r.filing).toBeUndefined()
  })

  it('convertible debt to an advanced-node fab in Hong Kong', () => {
    // 31 CFR 850.224(d); 850.210(a)(2); Hong Kong is part of the country of concern (EO 14105 Annex).
    const r = check({ country: 'HK', activities: ['fab-advanced-node'], type: 'convertible' })
    expect(r.decision).toBe('PROHIBITED')
    expect(r.reasons.find((x) => x.code === 'COUNTRY_OF_CONCERN')?.text).toContain('HK')
  })

  it('greenfield quantum-computing venture in Macau', () => {
    // 31 CFR 850.224(g); 850.210(a)(4); Macau is part of the country of concern.
    expect(check({ country: 'MO', activities: ['quantum-computing'], type: 'greenfield' }).decision).toBe(
      'PROHIBITED',
    )
  })

  it('an AI developer training with 3 x 10^25 operations', () => {
    // 31 CFR 850.224(k): more than 10^25 operations [verify figure, regs.md §4.3].
    const r = check({ trainingOps: 3e25, type: 'equity' })
    expect(r.decision).toBe('PROHIBITED')
    expect(r.reasons.some((x) => x.text.includes('ai-training-1e25'))).toBe(true)
    expect(r.rules.find((x) => x.id === 'ai-compute')?.verified).toBe(false)
  })

  it('a biological-sequence model trained with 5 x 10^24 operations', () => {
    // 31 CFR 850.224(k): more than 10^24 operations on primarily biological sequence data.
    expect(check({ trainingOps: 5e24, bioSequence: true, type: 'equity' }).decision).toBe('PROHIBITED')
  })

  it('a joint venture that will build supercomputers', () => {
    // 31 CFR 850.224(f); JV 850.210(a)(5); the PRC partner is the covered foreign person, 850.209(a)(3).
    const r = check({ activities: ['supercomputer'], type: 'jv' })
    expect(r.decision).toBe('PROHIBITED')
    expect(r.reasons.find((x) => x.code === 'COVERED_TRANSACTION')?.citation).toBe('31 CFR 850.210(a)(5)')
  })

  it('a prohibited activity decides even when the holdings question is open', () => {
    // 31 CFR 850.224: the target's own prohibited activity suffices; 850.209(a)(2) cannot lower it.
    const r = check({
      activities: ['quantum-networking'],
      subsidiaryActivities: ['packaging'],
      type: 'equity',
    })
    expect(r.decision).toBe('PROHIBITED')
    expect(r.questions).toEqual([])
  })

  it('a holding company covered through a quantum subsidiary (80 % of revenue)', () => {
    // 31 CFR 850.209(a)(2): more than 50 % of revenue from covered persons; 850.224(g).
    const r = check({
      activities: ['none'],
      subsidiaryActivities: ['quantum-computing'],
      revenueShare: 80,
      type: 'equity',
    })
    expect(r.decision).toBe('PROHIBITED')
    expect(codes(r)).toContain('COVERED_VIA_HOLDINGS')
  })

  it('a notifiable activity becomes prohibited when the target is on the Entity List', () => {
    // 31 CFR 850.224(l) list-based prohibition [verify list, regs.md §4.3]; the EL row is SMIC Beijing (85 FR 83420).
    const r = check({
      target: 'Semiconductor Manufacturing International (Beijing) Corporation',
      activities: ['fab-mature'],
      type: 'equity',
    })
    expect(r.decision).toBe('PROHIBITED')
    expect(codes(r)).toEqual(expect.arrayContaining(['LISTED_EL', 'LISTED_COVERED_FOREIGN_PERSON']))
    expect(r.screening.matches[0]).toMatchObject({ list: 'EL', score: 1 })
  })

  it('a notifiable AI developer on the MEU list', () => {
    // 31 CFR 850.224(l) [verify]; MEU List, 15 CFR 744.21 (AASPT, 85 FR 83799).
    const r = check({
      target: 'Academy of Aerospace Solid Propulsion Technology (AASPT)',
      activities: ['ai-military'],
      type: 'equity',
    })
    expect(r.decision).toBe('PROHIBITED')
    expect(codes(r)).toContain('LISTED_MEU')
  })
})
