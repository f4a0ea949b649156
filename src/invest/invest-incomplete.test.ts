import { describe, expect, it } from 'vitest'
import { isTcError } from '../errors.js'
import { checkInvestment } from './check-investment.js'

const check = (input: Record<string, unknown>) =>
  checkInvestment({ target: 'Hefei Example Co., Ltd.', country: 'CN', asOf: '2026-11-29', ...input })

describe('INCOMPLETE: the questions that decide', () => {
  it('asks what the target does', () => {
    // 31 CFR 850.209(a)(1): covered foreign person status turns on the activities.
    const r = check({ type: 'equity' })
    expect(r.decision).toBe('INCOMPLETE')
    expect(r.questions.map((q) => q.field)).toEqual(['activities'])
  })

  it('asks the transaction type', () => {
    // 31 CFR 850.210: only the listed kinds of transaction are covered.
    const r = check({ activities: ['ic-design'] })
    expect(r.decision).toBe('INCOMPLETE')
    expect(r.questions[0]).toMatchObject({ field: 'type', options: expect.arrayContaining(['lp', 'debt']) })
  })

  it('asks the LP amount', () => {
    // 31 CFR 850.501(a)(1)(iii): the $2,000,000 exception [verify].
    const r = check({ activities: ['ic-design'], type: 'lp' })
    expect(r.questions[0]?.field).toBe('amount')
    expect(r.questions[0]?.question).toContain('$2,000,000')
  })

  it('asks the revenue share for a holding company', () => {
    // 31 CFR 850.209(a)(2): more than 50 %, each contributor at least $50,000.
    const r = check({ activities: ['none'], subsidiaryActivities: ['ai-cyber'], type: 'equity' })
    expect(r.decision).toBe('INCOMPLETE')
    expect(r.questions[0]?.field).toBe('revenueShare')
  })

  it('does not ask when no activity could be covered', () => {
    expect(check({ activities: ['none'] }).decision).toBe('NOT_COVERED')
  })
})

describe('bad input names the field', () => {
  const field = (input: Record<string, unknown>, name?: (f: string) => string) => {
    try {
      checkInvestment(
        { target: 'X', country: 'CN', asOf: '2026-11-29', ...input },
        name ? { fieldName: name } : {},
      )
    } catch (e) {
      if (isTcError(e)) return `${e.code} ${e.oneLine()}`
      throw e
    }
    return 'no error'
  }
  it('unknown activity', () =>
    expect(field({ activities: ['chips'] })).toMatch(/^TC_BAD_INPUT activities: has an unknown activity/))
  it('country spelled out', () =>
    expect(field({ country: 'China' })).toContain('country: must be a two-letter'))
  it('revenue share over 100, as a flag', () =>
    expect(field({ revenueShare: 120 }, (f) => (f === 'revenueShare' ? '--revenue-share' : f))).toContain(
      '--revenue-share',
    ))
  it('a date that does not exist', () =>
    expect(field({ asOf: '2026-02-30' })).toContain('asOf: is not a real date'))
  it('"none" with other activities', () =>
    expect(field({ activities: ['none', 'ic-design'] })).toContain('cannot be combined'))
})
