import type { InvestmentResult } from '../../invest/types.js'
import type { DataJson } from '../../service/screen-json.js'
import { formatOwnedBy } from './ownership-text.js'
import { describeData } from './screen-text.js'

/** Input fields as the CLI spells them, for questions and errors. */
export const INVEST_FLAGS: Record<string, string> = {
  target: '--target',
  country: '--country',
  activities: '--activity',
  trainingOps: '--training-ops',
  bioSequence: '--bio-sequence',
  cocOwned: '--coc-owned',
  subsidiaryActivities: '--subsidiary-activity',
  revenueShare: '--revenue-share',
  type: '--type',
  amount: '--amount',
  lpAssurance: '--lp-assurance',
  exceptions: '--exception',
  closingDate: '--closing-date',
  cmicListedOn: '--cmic-listed-on',
  investor: '--investor',
  investorStatus: '--investor-status',
  matchAnswers: '--match',
  asOf: '--as-of',
}

const MEANING: Record<InvestmentResult['decision'], string> = {
  PROHIBITED: 'the investment is prohibited',
  NOTIFIABLE: 'allowed, with a notification to Treasury',
  NOT_COVERED: 'not covered by the outbound rules',
  EXCEPTED: 'an excepted transaction',
  INCOMPLETE: 'more facts are needed',
}

/** The human answer to `invest`: decision, reasons with citations, filing, questions, screening, unverified rules. */
export function formatInvestText(result: InvestmentResult, data: readonly DataJson[]): string {
  const input = result.input
  const lines: string[] = []
  const tx = input.type
    ? `${input.type}${input.amount === undefined ? '' : ` $${input.amount.toLocaleString('en')}`}`
    : 'transaction type not given'
  lines.push(`${result.decision}: ${MEANING[result.decision]}`)
  lines.push(`  ${input.target} (${input.country}), ${tx}, as of ${result.asOf}`)
  lines.push('', 'Why:')
  for (const r of result.reasons) {
    lines.push(`  ${r.code}  [${r.citation}]${r.verify ? '  [verify]' : ''}`)
    lines.push(`    ${r.text}`)
  }
  if (result.filing) {
    const f = result.filing
    lines.push(
      '',
      `Filing [${f.citation}]:`,
      `  ${f.what}`,
      `  to ${f.to}, ${f.deadline}${f.due ? ` (by ${f.due})` : ''}`,
    )
  }
  if (result.questions.length) {
    lines.push('', 'Questions (answer with the flag shown):')
    for (const q of result.questions)
      lines.push(`  ${flagFor(q.field)}: ${q.question}${q.options ? ` (${q.options.join(', ')})` : ''}`)
  }
  lines.push('', `Screening against ${describeData(data)}:`)
  if (!data.length) lines.push('  no list data was used: the target was not screened')
  else if (!result.screening.matches.length) lines.push(`  no match for "${input.target}"`)
  for (const m of result.screening.matches)
    lines.push(
      `  ${m.score.toFixed(2)}  ${m.list.padEnd(5)} ${m.name}  [${m.entityId}]${m.programs ? ` ${m.programs.join(', ')}` : ''}${m.status === 'applied' ? '' : ` (${m.status === 'review' ? 'possible match, to review' : 'dismissed'})`}`,
    )
  if (result.screening.ownership?.node)
    lines.push(...formatOwnedBy(result.screening.ownership).map((l) => `  ${l}`))
  // Each unverified rule once: a reason's note that repeats a rule's source is not printed again.
  const notes = new Map<string, string>()
  for (const r of result.rules) if (!r.verified) notes.set(r.source, `${r.text} (${r.source})`)
  for (const r of result.reasons) {
    const note = r.verify?.replace(/^\[verify\]\s*/, '')
    if (note && !notes.has(note)) notes.set(note, `${r.code}: ${note}`)
  }
  if (notes.size) {
    lines.push('', 'Unverified rules this answer rests on (regs.md [verify]; check before relying on it):')
    for (const n of notes.values()) lines.push(`  - ${n}`)
  }
  return `${lines.join('\n')}\n`
}

const flagFor = (field: string): string =>
  field.startsWith('match:') ? `--match ${field.slice(6)}=yes|no` : (INVEST_FLAGS[field] ?? field)
