/**
 * The EAR licence determination, in the order of Part 732 as the issue sets it: is the item subject to the
 * EAR; embargoes (Part 746); parties (Part 744, GP4); the CCL × Country Chart (GP1); end uses (GP5);
 * licence exceptions (Part 740). Each step adds reasons with citations; the decision is read off them:
 * any prohibition → PROHIBITED, else any licence → LICENSE_REQUIRED, else any open question → INCOMPLETE,
 * else NLR. Pure: tables and the screening engine are passed in.
 */
import { badInput } from '../errors.js'
import { cclStep } from './ccl-step.js'
import { add, type Context } from './context.js'
import { resolveDestination } from './destination.js'
import { embargoStep } from './embargo-step.js'
import { endUseStep } from './end-use-step.js'
import { itemLabel, resolveItem } from './item.js'
import { exceptionsStep } from './license-exceptions.js'
import { partiesStep } from './parties-step.js'
import type { EarTables } from './tables.js'
import type { Decision, Determination, DetermineInput, PartyScreener, Reason } from './types.js'

export interface DetermineDeps {
  /** The screening engine (src/service's Engine satisfies this). */
  engine: PartyScreener
  tables: EarTables
  /** Today, for an input without `asOf`; defaults to the system clock. */
  today?: () => string
}

export function decide(reasons: readonly Reason[]): Decision {
  if (reasons.some((r) => r.effect === 'prohibited')) return 'PROHIBITED'
  if (reasons.some((r) => r.effect === 'license')) return 'LICENSE_REQUIRED'
  if (reasons.some((r) => r.effect === 'question')) return 'INCOMPLETE'
  return 'NLR'
}

const todayUtc = () => new Date().toISOString().slice(0, 10)

export function determine(input: DetermineInput, deps: DetermineDeps): Determination {
  const { tables } = deps
  const asOf = input.asOf ?? (deps.today ?? todayUtc)()
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf)))
    throw badInput('asOf', `"${asOf}" is not a date (YYYY-MM-DD)`)
  const item = resolveItem(input.eccn, tables)
  const dest = resolveDestination(input.to, input.region, tables)
  const ctx: Context = {
    input,
    tables,
    item,
    dest,
    asOf,
    reasons: [],
    questions: new Map(),
    requirements: [],
    parties: [],
    bars: [],
    elFootnotes: new Set(),
    dated: new Map(),
  }
  subjectStep(ctx)
  if (dest.via)
    add(ctx, 'destination', {
      code: 'DESTINATION_PARENT_ROW',
      citation: '15 CFR 738.3(b)',
      text: `${dest.name}: ${dest.via}.`,
      effect: 'info',
    })
  if (asOf < tables.ecfrIssueDate)
    add(ctx, 'dated', {
      code: 'DATA_NEWER_THAN_AS_OF',
      citation: 'Supp. No. 1 to Parts 738, 740, 774',
      text: `The tables are the eCFR of ${tables.ecfrIssueDate}; for ${asOf} only the dated rules listed are adjusted, not other amendments since.`,
      effect: 'info',
    })
  const itar = item.kind === 'eccn' && item.entry.kind === 'itar'
  if (!itar) embargoStep(ctx)
  partiesStep(ctx, deps.engine)
  if (!itar) {
    cclStep(ctx)
    endUseStep(ctx)
  }
  const licenseExceptions = exceptionsStep(ctx)
  const out: Determination = {
    decision: decide(ctx.reasons),
    reasons: ctx.reasons,
    licenseExceptions,
    parties: ctx.parties,
    questions: [...ctx.questions.values()],
    item: item.kind === 'ear99' ? { eccn: 'EAR99' } : { eccn: item.eccn, heading: item.entry.heading },
    destination: {
      code: dest.code,
      name: dest.name,
      chartRow: dest.chartRow,
      groups: [...dest.groups].sort(),
      ...(dest.region ? { region: dest.region } : {}),
    },
    asOf,
    datedRules: [...ctx.dated.values()],
    data: {
      ecfr: tables.ecfrIssueDate,
      lists: (deps.engine.data ?? []).map((d) => ({ source: d.source, published: d.published })),
    },
  }
  if (item.kind === 'eccn' && item.paragraph.length > 0) out.item.paragraph = item.paragraph.join('.')
  return out
}

function subjectStep(ctx: Context): void {
  const item = ctx.item
  if (item.kind === 'eccn' && item.entry.kind === 'itar') {
    ctx.reasons.push({
      step: 'subject',
      code: 'SUBJECT_ITAR',
      citation: '15 CFR 734.3(b)(1); 22 CFR 123.1',
      text: `${item.eccn} points to items "subject to the ITAR": the EAR does not govern them; export needs a State Department (DDTC) authorisation.`,
      effect: 'license',
    })
    ctx.requirements.push({ origin: 'itar', code: 'SUBJECT_ITAR', allowedExceptions: [] })
    return
  }
  add(ctx, 'subject', {
    code: 'SUBJECT_TO_EAR',
    citation: '15 CFR 734.3(a)',
    text: `${itemLabel(item)} is taken to be subject to the EAR (U.S.-origin or in the United States; de minimis and foreign-direct-product questions for foreign-made items are not evaluated).`,
    effect: 'info',
  })
}
