import { badInput } from '../errors.js'
import type { DatedPeriod, OwnershipRule, OwnershipRuleId, RuleState } from './rules.js'

/** A user's statement about a rule, overriding the dated table (e.g. after a new Federal Register notice). */
export type RuleOverrides = Partial<Record<OwnershipRuleId, RuleState | 'not-in-force'>>

export interface RuleStatus {
  state: RuleState | 'not-in-force'
  /** The dated period the state comes from; absent before the first or after an override. */
  period?: DatedPeriod
  overridden: boolean
  /** False when the state rests on a period regs.md marks [verify]. */
  verified: boolean
  text: string
}

/** The state of a rule on a date: the dated table, unless an override says otherwise. */
export function ruleStatus(rule: OwnershipRule, asOf: string, overrides: RuleOverrides = {}): RuleStatus {
  const override = overrides[rule.id]
  if (override) {
    return {
      state: override,
      overridden: true,
      verified: false,
      text: `${rule.name} treated as ${override} on ${asOf} by override (the dated table was not used)`,
    }
  }
  const period = rule.periods.find((p) => p.from <= asOf && (p.to === undefined || asOf <= p.to))
  if (!period) {
    const first = rule.periods[0]?.from ?? '?'
    return {
      state: 'not-in-force',
      overridden: false,
      verified: true,
      text: `${rule.name} is not in force on ${asOf} (from ${first})`,
    }
  }
  const span = period.to ? `${period.from} to ${period.to}` : `from ${period.from}`
  const verify = period.verified ? '' : ` [verify: ${period.note ?? 'not confirmed from a primary text'}]`
  return {
    state: period.state,
    period,
    overridden: false,
    verified: period.verified,
    text: `${rule.name} ${period.state} on ${asOf} (${span}; ${period.source})${verify}`,
  }
}

/** Parses "bis-affiliates=suspended" (CLI --rule); throws naming the flag. */
export function parseRuleOverride(value: string, field = '--rule'): RuleOverrides {
  const m = /^\s*(ofac-50|bis-affiliates)\s*=\s*(in-force|suspended|not-in-force)\s*$/.exec(value)
  if (!m) {
    throw badInput(
      field,
      `must be RULE=STATE with RULE ofac-50 or bis-affiliates and STATE in-force, suspended or not-in-force, not "${value}"`,
    )
  }
  return { [m[1] as OwnershipRuleId]: m[2] as RuleState | 'not-in-force' }
}
