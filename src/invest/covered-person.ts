import { type Activity, type ActivityTier, activity, maxTier, topTier } from './activities.js'
import type { InvestmentInput } from './input.js'
import { type InvestRules, verifyNote } from './program-data.js'
import type { Question, Reason, RuleNote } from './types.js'

export interface CoveredPerson {
  /** The most serious tier the known facts reach; undefined when the activities are not known. */
  tier: ActivityTier | undefined
  /** Tier from the target's own activities alone (a prohibited one decides whatever else is missing). */
  directTier: ActivityTier | undefined
  reasons: Reason[]
  questions: Question[]
  rules: RuleNote[]
}

/** AI training compute in operations -> the activity code its threshold falls in (§850.224(k), §850.217(d)(3)). */
export function computeActivity(ops: number, bio: boolean, rules: InvestRules): Activity {
  const c = rules.aiCompute
  const code =
    ops > c.prohibited
      ? 'ai-training-1e25'
      : bio && ops > c.prohibitedBio
        ? 'ai-training-bio-1e24'
        : ops > c.notifiable
          ? 'ai-training-1e23'
          : 'ai-other'
  return activity(code)!
}

const activityReason = (a: Activity, who: string): Reason => ({
  code: {
    prohibited: 'ACTIVITY_PROHIBITED',
    notifiable: 'ACTIVITY_NOTIFIABLE',
    'not-covered': 'ACTIVITY_NOT_COVERED',
  }[a.tier],
  citation: a.citation,
  text: `${who} ${a.label} (${a.code}): ${a.tier === 'not-covered' ? 'not a covered activity' : `${a.tier} under ${a.citation.split('(')[0]}`}${a.note ? `; ${a.note}` : ''}`,
  ...(a.verified
    ? {}
    : { verify: '[verify] §850.224 paragraph letters and thresholds (regs.md §4.3, §6 item 3)' }),
})

/**
 * Is the target a covered foreign person (§850.209), and how seriously? (a)(1) by its own activities;
 * (a)(2) through holdings in covered persons that give it more than 50 % of revenue, net income, capex or
 * opex; (a)(3) a country-of-concern joint-venture partner, judged by what the venture will do.
 */
export function coveredPerson(input: InvestmentInput, rules: InvestRules): CoveredPerson {
  const out: CoveredPerson = { tier: undefined, directTier: undefined, reasons: [], questions: [], rules: [] }
  const who = input.type === 'jv' ? 'The joint venture' : input.target
  const own = (input.activities ?? []).map((c) => activity(c)!)
  if (input.trainingOps !== undefined) {
    own.push(computeActivity(input.trainingOps, input.bioSequence ?? false, rules))
    out.rules.push(rules.aiCompute)
  }
  if (own.length === 0) {
    out.questions.push({
      field: 'activities',
      question: `What does ${input.target} do? Give each covered activity (or "none"); for AI, the training compute in operations.`,
    })
  } else {
    out.directTier = topTier(own)
    for (const a of own) if (a.code !== 'none') out.reasons.push(activityReason(a, who))
    if (out.directTier === 'not-covered')
      out.reasons.push({
        code: 'NO_COVERED_ACTIVITY',
        citation: '31 CFR 850.209(a)(1)',
        text: `${who} engages in no covered activity`,
      })
  }
  let viaHoldings: ActivityTier = 'not-covered'
  const held = (input.subsidiaryActivities ?? []).map((c) => activity(c)!)
  if (held.length) {
    const heldTier = topTier(held)
    const rule = rules.revenueShare
    out.rules.push(rule)
    if (heldTier === 'not-covered') {
      // Holdings in persons without covered activities cannot make the holder covered.
    } else if (input.revenueShare === undefined) {
      out.questions.push({
        field: 'revenueShare',
        question: `What share of ${input.target}'s revenue, net income, capital expenditure or operating expenses (the highest) comes from the covered persons it holds (each contributing at least $${rule.minimumUsd.toLocaleString('en')})?`,
      })
    } else if (input.revenueShare > rule.percent) {
      viaHoldings = heldTier
      out.reasons.push({
        code: 'COVERED_VIA_HOLDINGS',
        citation: rule.citation,
        text: `${input.target} derives ${input.revenueShare} % (more than ${rule.percent} %) from held persons that ${held.map((a) => a.code).join(', ')}: a covered foreign person through its holdings (${heldTier})`,
        ...withVerify(rule),
      })
    } else {
      out.reasons.push({
        code: 'NOT_COVERED_VIA_HOLDINGS',
        citation: rule.citation,
        text: `${input.target} derives ${input.revenueShare} % from covered persons it holds, not more than ${rule.percent} %: not covered through its holdings`,
      })
    }
  }
  if (out.directTier !== undefined || viaHoldings !== 'not-covered') {
    out.tier = maxTier(out.directTier ?? 'not-covered', viaHoldings)
  }
  return out
}

export const withVerify = (rule: RuleNote): { verify?: string } => {
  const v = verifyNote(rule)
  return v ? { verify: v } : {}
}
