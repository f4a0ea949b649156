/**
 * Rules whose force changed on known dates, or whose status is uncertain, kept as data: each has dated
 * periods saying whether the engine applies it. `asOf` picks the period; `rules` overrides (on/off) switch a
 * rule regardless of dates. Every determination that consults a rule lists it with what was decided.
 */
import type { DatedRuleUse } from './types.js'

interface Period {
  /** First day (YYYY-MM-DD) of the period; periods are in date order. */
  from: string
  applied: boolean
  status: string
}

export interface DatedRule {
  id: string
  title: string
  citation: string
  /** Before the first period the rule did not exist. */
  periods: readonly Period[]
  note: string
}

export const DATED_RULES: readonly DatedRule[] = [
  {
    id: 'affiliates-rule',
    title:
      'Affiliates Rule: entities 50% or more owned by Entity List, MEU or § 744.8 SDN parties take their restrictions',
    citation:
      '15 CFR 744.11(a)(1); 90 FR 47201 (FR Doc 2025-19001); suspended by 90 FR 50857 (FR Doc 2025-19846)',
    periods: [
      { from: '2025-09-29', applied: true, status: 'in force (interim final rule effective 2025-09-29)' },
      { from: '2025-11-10', applied: false, status: 'suspended 2025-11-10 through 2026-11-09 (90 FR 50857)' },
      {
        from: '2026-11-10',
        applied: true,
        status:
          'reimposed 2026-11-10 as the suspension rule scheduled [verify: no extension notice recorded]',
      },
    ],
    note: 'Ownership is aggregated across listed owners; where the share of a listed owner is unknown, Red Flag 29 (Supp. No. 3 to Part 732) says resolve it or apply for a licence.',
  },
  {
    id: 'ai-diffusion',
    title:
      'AI Diffusion Rule wording: worldwide RS licence for 3A090.a, 4A090.a and .z.1 items (§ 742.6(a)(6)(iii)(A)), 4E091 model weights (§ 742.6(a)(13)); exceptions AIA, ACM, LPP',
    citation: '90 FR 4544 (Jan. 15, 2025); BIS non-enforcement announcement of 2025-05-13',
    periods: [
      {
        from: '2025-01-13',
        applied: false,
        status:
          'published; compliance not required before 2025-05-15 [verify the compliance date per provision]',
      },
      {
        from: '2025-05-13',
        applied: false,
        status: 'text remains in the CFR but BIS announced it will not enforce it',
      },
    ],
    note: 'When not applied, the worldwide rows are read with their pre-rule scope (88 FR 73458, Oct. 2023): Country Groups D:1, D:4, D:5 excluding A:5 and A:6, and Macau; 4E091 has no pre-rule licence requirement. Switch on to apply the wording as written.',
  },
  {
    id: 'syria-2025',
    title: 'Syria rule: licence for all items, EAR99 items eligible for License Exception SPP (§ 740.5)',
    citation: '15 CFR 746.9; FR Doc 2025-16724 (Sept. 2, 2025) [verify FR page: 90 FR 42320?]',
    periods: [{ from: '2025-09-02', applied: true, status: 'in force from 2025-09-02' }],
    note: 'Before 2025-09-02: licence for all items subject to the EAR except EAR99 food and medicine, general policy of denial.',
  },
]

export function datedRule(
  id: string,
  asOf: string,
  overrides: Readonly<Record<string, 'on' | 'off'>> = {},
): DatedRuleUse {
  const rule = DATED_RULES.find((r) => r.id === id)
  if (!rule) throw new Error(`no dated rule ${id}`)
  const period = [...rule.periods].reverse().find((p) => p.from <= asOf)
  const override = overrides[id]
  const dated = period?.applied ?? false
  const status = period?.status ?? `not yet in force on ${asOf} (from ${rule.periods[0]?.from})`
  return {
    id,
    title: rule.title,
    citation: rule.citation,
    applied: override ? override === 'on' : dated,
    status: override ? `${status}; switched ${override} by the caller` : status,
    note: rule.note,
  }
}
