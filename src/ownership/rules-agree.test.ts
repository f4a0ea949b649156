import { describe, expect, it } from 'vitest'
import { datedRule } from '../ear/dated-rules.js'
import { ruleStatus } from './rule-status.js'
import { BIS_AFFILIATES } from './rules.js'

describe('the Affiliates Rule dates agree between ownership and the EAR determination', () => {
  // Two tables hold the same dated rule (ownership: BIS_AFFILIATES; ear: DATED_RULES 'affiliates-rule').
  // Until they are one, this keeps them from drifting apart: 90 FR 47201 and 90 FR 50857.
  it.each([
    '2025-09-28',
    '2025-09-29',
    '2025-11-09',
    '2025-11-10',
    '2026-06-01',
    '2026-11-09',
    '2026-11-10',
    '2027-06-01',
  ])('%s', (day) => {
    expect(ruleStatus(BIS_AFFILIATES, day).state === 'in-force').toBe(
      datedRule('affiliates-rule', day).applied,
    )
  })
})
