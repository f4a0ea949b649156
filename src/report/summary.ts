import type { AnswerKind } from '../model/answer-record.js'
import type { DecisionRow, RaisedCount } from '../store/alert-stats.js'
import type { ChainStatus, ReportMeta } from './model.js'

/** Age bands of open alerts, in days: an alert of exactly 7 days falls in "7–30". */
export const AGE_BANDS: ReadonlyArray<{ label: string; fromDays: number; toDays: number | null }> = [
  { label: 'under 1 day', fromDays: 0, toDays: 1 },
  { label: '1-7 days', fromDays: 1, toDays: 7 },
  { label: '7-30 days', fromDays: 7, toDays: 30 },
  { label: '30-90 days', fromDays: 30, toDays: 90 },
  { label: '90 days or more', fromDays: 90, toDays: null },
]

export interface DurationStats {
  count: number
  medianSeconds: number | null
  p90Seconds: number | null
}

export interface SummaryReport {
  kind: 'summary'
  meta: ReportMeta
  /** ISO date-times: from inclusive, to exclusive. */
  period: { from: string; to: string }
  screenings: Array<{ kind: AnswerKind; total: number; attention: number }>
  alertsRaised: Array<{ list: string; raised: number; suppressed: number }>
  decisions: Array<{ decision: string; count: number }>
  /** From the alert being raised (or re-opened) to each decision taken in the period. */
  timeToDecision: DurationStats & { byDecision: Array<{ decision: string } & DurationStats> }
  /** Alerts still open, escalated or awaiting confirmation when the report was made, by age then. */
  openAlerts: { asOf: string; total: number; byAge: Array<{ label: string; count: number }> }
  chain: ChainStatus
}

export interface SummaryParts {
  meta: ReportMeta
  period: { from: string; to: string }
  screenings: SummaryReport['screenings']
  raised: readonly RaisedCount[]
  decisions: readonly DecisionRow[]
  openByAge: readonly number[]
  chain: ChainStatus
}

export function summaryReport(parts: SummaryParts): SummaryReport {
  const lists = new Map<string, { list: string; raised: number; suppressed: number }>()
  for (const r of parts.raised) {
    const row = lists.get(r.list) ?? { list: r.list, raised: 0, suppressed: 0 }
    if (r.action === 'suppressed') row.suppressed += r.count
    else row.raised += r.count
    lists.set(r.list, row)
  }
  const outcomes = [...new Set(parts.decisions.map((d) => d.decision))].sort()
  const seconds = (rows: readonly DecisionRow[]) =>
    rows.map((d) => (Date.parse(d.decidedAt) - Date.parse(d.openedAt)) / 1000)
  return {
    kind: 'summary',
    meta: parts.meta,
    period: parts.period,
    screenings: parts.screenings,
    alertsRaised: [...lists.values()],
    decisions: outcomes.map((decision) => ({
      decision,
      count: parts.decisions.filter((d) => d.decision === decision).length,
    })),
    timeToDecision: {
      ...durationStats(seconds(parts.decisions)),
      byDecision: outcomes.map((decision) => ({
        decision,
        ...durationStats(seconds(parts.decisions.filter((d) => d.decision === decision))),
      })),
    },
    openAlerts: {
      asOf: parts.meta.generatedAt,
      total: parts.openByAge.reduce((a, b) => a + b, 0),
      byAge: AGE_BANDS.map((b, i) => ({ label: b.label, count: parts.openByAge[i] ?? 0 })),
    },
    chain: parts.chain,
  }
}

export function durationStats(values: readonly number[]): DurationStats {
  const sorted = [...values].sort((a, b) => a - b)
  return { count: sorted.length, medianSeconds: percentile(sorted, 0.5), p90Seconds: percentile(sorted, 0.9) }
}

/** Linear interpolation between closest ranks (spreadsheets' PERCENTILE.INC); null for no values. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  const rank = p * (sorted.length - 1)
  const lo = Math.floor(rank)
  const hi = Math.ceil(rank)
  const a = sorted[lo]!
  return Math.round(a + (sorted[hi]! - a) * (rank - lo))
}
