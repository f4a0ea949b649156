import { csvLine } from '../text/csv.js'
import { chainFacts, metaFacts } from './evidence-csv.js'
import type { SummaryReport } from './summary.js'

/** Long format, as the evidence export: one figure per line. */
export const SUMMARY_CSV_HEADER = 'section,item,field,value'

export function summaryCsv(r: SummaryReport): string {
  const lines = [SUMMARY_CSV_HEADER]
  const emit = (section: string, item: string, facts: Record<string, unknown>) => {
    for (const [field, value] of Object.entries(facts))
      lines.push(csvLine([section, item, field, value === null || value === undefined ? '' : String(value)]))
  }
  metaFacts(emit, r.kind, r.meta)
  emit('period', '', { from: r.period.from, to_exclusive: r.period.to })
  for (const s of r.screenings) emit('screenings', s.kind, { total: s.total, needing_attention: s.attention })
  for (const a of r.alertsRaised)
    emit('alerts_raised', a.list, { raised: a.raised, suppressed_by_rule: a.suppressed })
  for (const d of r.decisions) emit('decisions', d.decision, { count: d.count })
  const t = r.timeToDecision
  emit('time_to_decision', 'all', {
    count: t.count,
    median_seconds: t.medianSeconds,
    p90_seconds: t.p90Seconds,
  })
  for (const b of t.byDecision)
    emit('time_to_decision', b.decision, {
      count: b.count,
      median_seconds: b.medianSeconds,
      p90_seconds: b.p90Seconds,
    })
  emit('open_alerts', 'all', { as_of: r.openAlerts.asOf, count: r.openAlerts.total })
  for (const b of r.openAlerts.byAge) emit('open_alerts', b.label, { count: b.count })
  chainFacts(emit, r.chain)
  return `${lines.join('\n')}\n`
}
