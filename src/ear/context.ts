/**
 * The working state of one determination, shared by the steps: the resolved item and destination, the
 * reasons so far, open questions, licence requirements by origin (for the licence-exception step) and the
 * dated rules consulted.
 */
import type { CclRule } from './ccl-rule.js'
import { datedRule } from './dated-rules.js'
import type { Destination } from './destination.js'
import type { Item } from './item.js'
import type { EarTables } from './tables.js'
import type { Answer, DatedRuleUse, DetermineInput, PartyScreening, Question, Reason, Step } from './types.js'

/** A licence requirement and where it comes from; the exception step needs the origin. */
export interface Requirement {
  origin: 'ccl' | 'embargo' | 'party' | 'end-use' | 'itar'
  code: string
  /** Reason for control, for CCL requirements. */
  reason?: string
  rule?: CclRule
  /** Licence exceptions that can still overcome it; undefined = the general Part 740 rules decide. */
  allowedExceptions?: readonly string[]
}

export interface Context {
  input: DetermineInput
  tables: EarTables
  item: Item
  dest: Destination
  asOf: string
  reasons: Reason[]
  questions: Map<string, Question>
  requirements: Requirement[]
  parties: PartyScreening[]
  /** Licence exceptions barred for the whole transaction, with why (§ 740.2). */
  bars: { citation: string; text: string }[]
  /** Entity List footnote numbers of applied matches (for § 742.6(a)(11) and FDP notes). */
  elFootnotes: Set<number>
  dated: Map<string, DatedRuleUse>
}

export function add(ctx: Context, step: Step, reason: Omit<Reason, 'step'>): void {
  ctx.reasons.push({ ...reason, step })
}

export function requireLicence(
  ctx: Context,
  step: Step,
  reason: Omit<Reason, 'step' | 'effect'>,
  req: Requirement,
): void {
  add(ctx, step, { ...reason, effect: 'license' })
  ctx.requirements.push(req)
}

/**
 * The caller's answer to a question, or undefined after recording the question (and a `question` reason)
 * when it has not been answered.
 */
export function ask(ctx: Context, step: Step, q: Question & { code: string }): Answer | undefined {
  const answer = ctx.input.answers?.[q.id]
  if (answer) {
    add(ctx, step, {
      code: `${q.code}_ANSWERED`,
      citation: q.citation,
      text: `${q.text} — answered "${answer}".`,
      effect: 'info',
    })
    return answer
  }
  if (!ctx.questions.has(q.id)) {
    ctx.questions.set(q.id, { id: q.id, text: q.text, citation: q.citation })
    add(ctx, step, { code: q.code, citation: q.citation, text: q.text, effect: 'question', questionId: q.id })
  }
  return undefined
}

/** Consults a dated rule and records it on the answer. */
export function consult(ctx: Context, id: string): DatedRuleUse {
  const use = ctx.dated.get(id) ?? datedRule(id, ctx.asOf, ctx.input.rules)
  ctx.dated.set(id, use)
  return use
}

export const isEar99 = (ctx: Context): boolean => ctx.item.kind === 'ear99'

export const destLabel = (ctx: Context): string =>
  ctx.dest.rowCode === ctx.dest.code ? ctx.dest.name : `${ctx.dest.name} (${ctx.dest.chartRow} row)`
