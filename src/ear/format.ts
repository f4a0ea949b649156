/**
 * Plain-text rendering of a Determination for people: the decision first, then the reasons in step order
 * with their citations, open questions with the ids to answer them by, licence-exception candidates with
 * their conditions, the party screening, the dated rules consulted and the data the answer rests on.
 */
import type { Determination, ReasonEffect } from './types.js'

const MARK: Record<ReasonEffect, string> = {
  prohibited: 'PROHIBITED',
  license: 'LICENCE',
  question: 'QUESTION',
  condition: 'CONDITION',
  clear: 'ok',
  info: 'note',
}

const HEADLINE: Record<Determination['decision'], string> = {
  NLR: 'NLR — no licence required',
  LICENSE_REQUIRED: 'LICENSE_REQUIRED — a licence is required',
  PROHIBITED: 'PROHIBITED — the transaction may not go ahead',
  INCOMPLETE: 'INCOMPLETE — answer the questions below',
}

export function formatDetermination(d: Determination): string {
  const item = d.item.paragraph ? `${d.item.eccn}.${d.item.paragraph}` : d.item.eccn
  const region = d.destination.region && d.destination.region !== 'none' ? ` (${d.destination.region})` : ''
  const row = d.destination.chartRow !== d.destination.name ? `, ${d.destination.chartRow} row` : ''
  const lines = [
    HEADLINE[d.decision],
    `  ${item} to ${d.destination.name}${region} [${d.destination.code}${row}], as of ${d.asOf}`,
    '',
    'Reasons:',
  ]
  for (const r of d.reasons) lines.push(`  [${MARK[r.effect]}] ${r.citation}: ${r.text}`)
  if (d.questions.length > 0) {
    lines.push('', 'Questions (answer with --answer ID=yes|no):')
    for (const q of d.questions) lines.push(`  ${q.id}: ${q.text} (${q.citation})`)
  }
  if (d.licenseExceptions.length > 0) {
    lines.push('', 'Licence exceptions to consider (never applied automatically):')
    for (const e of d.licenseExceptions) {
      lines.push(`  ${e.symbol} (${e.citation})`)
      for (const c of e.conditions) lines.push(`    - ${c}`)
    }
  }
  if (d.parties.length > 0) {
    lines.push('', 'Parties screened:')
    for (const p of d.parties) {
      const role =
        p.role === 'owner'
          ? ` (owner of ${p.ownerOf}${p.percent === undefined ? '' : `, ${p.percent}%`})`
          : ''
      const hits = p.matches.map((m) => `${m.list} "${m.name}" ${m.score.toFixed(2)} ${m.status}`).join('; ')
      lines.push(`  ${p.name}${p.country ? `@${p.country}` : ''}${role}: ${hits || 'no match'}`)
    }
  }
  if (d.datedRules.length > 0) {
    lines.push('', 'Dated rules consulted:')
    for (const r of d.datedRules)
      lines.push(`  ${r.id}: ${r.applied ? 'applied' : 'not applied'} — ${r.status} (${r.citation})`)
  }
  const lists = d.data.lists.map((l) => `${l.source} ${l.published ?? 'undated'}`).join(', ')
  lines.push('', `Data: eCFR ${d.data.ecfr}${lists ? `; lists: ${lists}` : ''}`)
  return `${lines.join('\n')}\n`
}
