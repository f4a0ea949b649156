import type { OwnershipIndex } from '../ownership/ownership-index.js'
import type { Engine } from '../service/engine-types.js'
import { addDays, type CmicBatch } from './cmic-securities.js'
import { coveredPerson, withVerify } from './covered-person.js'
import { type InvestmentInput, parseInvestmentInput } from './input.js'
import { countryOfConcern, investorCovered } from './jurisdiction.js'
import { INVEST_RULES, type InvestRules } from './program-data.js'
import { screenTarget } from './screen-target.js'
import { classifyTransaction } from './transaction.js'
import type { Filing, InvestDecision, InvestmentResult, Question, Reason, RuleNote } from './types.js'

export interface InvestDeps {
  /** Screens the target; without it the answer says no screening was done. */
  engine?: Engine
  /** Ownership graph: "owned by ..." findings for the target. */
  ownership?: OwnershipIndex
  /** Screening threshold; the engine's default when absent. */
  threshold?: number
  /** Replacement rule data (a new threshold, a new notice); INVEST_RULES when absent. */
  rules?: InvestRules
  cmicBatches?: readonly CmicBatch[]
  /** How errors name a field (the CLI passes flag names). */
  fieldName?: (field: string) => string
}

/**
 * May a U.S. person make this investment? Sanctions first (SDN, ownership by SDNs, NS-CMIC securities,
 * country-wide bans), then 31 CFR part 850: in force, investor, country of concern, transaction (§850.210,
 * exceptions §850.501), covered foreign person (§850.209) and the tier of its activities (§850.224/§850.217).
 * Pure: the Engine and ownership index are passed in.
 */
export function checkInvestment(raw: unknown, deps: InvestDeps = {}): InvestmentResult {
  const input = parseInvestmentInput(raw, deps.fieldName)
  const rules = deps.rules ?? INVEST_RULES
  const screened = screenTarget(input, deps)
  const reasons: Reason[] = [...screened.reasons]
  const used: RuleNote[] = [...screened.rules]
  // A possible match still to review leaves every answer short of PROHIBITED open.
  const done = (
    decision: InvestDecision,
    extra: { questions?: Question[]; filing?: Filing } = {},
  ): InvestmentResult => {
    const open = decision !== 'PROHIBITED' && screened.questions.length > 0
    const questions = [...(decision === 'PROHIBITED' ? [] : screened.questions), ...(extra.questions ?? [])]
    return {
      decision: open ? 'INCOMPLETE' : decision,
      asOf: input.asOf,
      input,
      reasons,
      ...(extra.filing && !open ? { filing: extra.filing } : {}),
      questions,
      screening: screened.screening,
      rules: [...new Map(used.map((r) => [r.id, r])).values()],
    }
  }
  if (screened.blocked || screened.securitiesBarred) return done('PROHIBITED')
  const sanction = rules.countrySanctions.find(
    (s) => s.country === input.country && s.from <= input.asOf && (s.to === undefined || input.asOf <= s.to),
  )
  if (sanction) {
    used.push(sanction)
    reasons.push({
      code: 'COUNTRY_SANCTIONS',
      citation: sanction.citation,
      text: sanction.text,
      ...withVerify(sanction),
    })
    return done('PROHIBITED')
  }
  used.push(rules.program)
  if (input.asOf < rules.program.effective) {
    reasons.push({
      code: 'PROGRAM_NOT_IN_FORCE',
      citation: rules.program.citation,
      text: `part 850 applies to transactions on or after ${rules.program.effective}; ${input.asOf} is earlier`,
    })
    return done('NOT_COVERED')
  }
  if (!investorCovered(input, reasons)) return done('NOT_COVERED')
  if (!countryOfConcern(input, rules, reasons, used)) return done('NOT_COVERED')

  const tx = classifyTransaction(input, rules)
  const cp = coveredPerson(input, rules)
  used.push(...tx.rules, ...cp.rules)
  reasons.push(...tx.reasons)
  if (tx.outcome === 'not-covered') return done('NOT_COVERED')
  if (tx.outcome === 'excepted') return done('EXCEPTED')
  reasons.push(...cp.reasons)
  if (cp.tier === 'not-covered' && cp.questions.length === 0) return done('NOT_COVERED')

  const listed = rules.listedPersons.lists.filter((l) => screened.lists.has(l as never))
  const covered = tx.outcome === 'covered'
  if (covered && cp.directTier !== undefined && cp.directTier !== 'not-covered' && listed.length) {
    used.push(rules.listedPersons)
    reasons.push({
      code: 'LISTED_COVERED_FOREIGN_PERSON',
      citation: rules.listedPersons.citation,
      text: `${input.target} is a covered foreign person on the ${listed.join(', ')} list(s): the transaction is prohibited whatever its tier`,
      ...withVerify(rules.listedPersons),
    })
    return done('PROHIBITED')
  }
  if (covered && cp.directTier === 'prohibited') return prohibited(done, reasons)
  const questions = [...tx.questions, ...cp.questions]
  if (questions.length) return done('INCOMPLETE', { questions })
  if (cp.tier === 'prohibited') return prohibited(done, reasons)
  if (cp.tier === 'notifiable') {
    reasons.push({
      code: 'NOTIFIABLE_TRANSACTION',
      citation: '31 CFR 850.217',
      text: 'a covered transaction with a covered foreign person in a notifiable activity: allowed, with notice to Treasury',
    })
    used.push(rules.notification)
    return done('NOTIFIABLE', { filing: filing(input, rules) })
  }
  return done('NOT_COVERED')
}

function prohibited(done: (d: InvestDecision) => InvestmentResult, reasons: Reason[]): InvestmentResult {
  reasons.push({
    code: 'PROHIBITED_TRANSACTION',
    citation: '31 CFR 850.224',
    text: 'a covered transaction with a covered foreign person in a prohibited activity; only a national interest exemption (31 CFR 850.502) would allow it',
  })
  return done('PROHIBITED')
}

function filing(input: InvestmentInput, rules: InvestRules): Filing {
  const n = rules.notification
  const f: Filing = {
    what: `Notification of the transaction (contents: ${n.contents})${input.investorStatus === 'controlled-foreign-entity' ? ', filed by the U.S. person parent' : ''}`,
    to: 'U.S. Department of the Treasury, Office of Investment Security',
    citation: n.citation,
    deadline: `within ${n.days} calendar days after the completion date of the transaction`,
    ...withVerify(n),
  }
  if (input.closingDate) f.due = addDays(input.closingDate, n.days)
  return f
}
