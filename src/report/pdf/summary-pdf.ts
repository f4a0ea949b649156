import type { SummaryReport } from '../summary.js'
import { finish, header } from './evidence-pdf.js'
import type { FontSet } from './fonts.js'
import { PdfWriter } from './pdf-writer.js'

/** The period summary: one page of figures. */
export function summaryPdf(r: SummaryReport, fonts: FontSet): Promise<Buffer> {
  const last = new Date(Date.parse(r.period.to) - 1).toISOString().slice(0, 10)
  const title = `Screening and review summary: ${r.period.from.slice(0, 10)} to ${last}`
  const w = new PdfWriter(fonts, { title, createdAt: new Date(r.meta.generatedAt) })
  w.heading(title, 1)
  header(w, r.meta, r.chain)
  w.para(`Period in UTC, both days included (${r.period.from} up to ${r.period.to}).`, { grey: true })

  w.heading('Answers recorded', 2)
  const total = r.screenings.reduce((n, s) => n + s.total, 0)
  const hits = r.screenings.reduce((n, s) => n + s.attention, 0)
  w.table(
    ['Kind', 'Answers', 'Needing attention (hits)'],
    [0.4, 0.3, 0.3],
    [
      ...r.screenings.map((s) => [s.kind, String(s.total), String(s.attention)]),
      ['all', String(total), String(hits)],
    ],
  )

  w.heading('Alerts raised, by list', 2)
  if (!r.alertsRaised.length) w.para('No alerts were raised in the period.')
  else
    w.table(
      ['List', 'Raised for review', 'Suppressed by an allow rule'],
      [0.4, 0.3, 0.3],
      r.alertsRaised.map((a) => [a.list, String(a.raised), String(a.suppressed)]),
    )

  w.heading('Decisions and time to decision', 2)
  const t = r.timeToDecision
  w.table(
    ['Outcome', 'Decisions', 'Median time', '90th percentile'],
    [0.4, 0.2, 0.2, 0.2],
    [
      ...t.byDecision.map((d) => [
        d.decision,
        String(d.count),
        duration(d.medianSeconds),
        duration(d.p90Seconds),
      ]),
      ['all', String(t.count), duration(t.medianSeconds), duration(t.p90Seconds)],
    ],
  )
  w.para('Time to decision runs from raising (or re-opening) an alert to each decision on it.', {
    grey: true,
  })

  w.heading(`Open alerts by age (${r.openAlerts.total} open at ${r.openAlerts.asOf})`, 2)
  w.table(
    ['Age', 'Open, escalated or awaiting confirmation'],
    [0.4, 0.6],
    r.openAlerts.byAge.map((b) => [b.label, String(b.count)]),
  )
  return finish(w, 'tradecontrols period summary')
}

/** "45 s", "12 min", "3.5 h", "2.1 days"; "-" for none. */
export function duration(seconds: number | null): string {
  if (seconds === null) return '-'
  if (seconds < 60) return `${seconds} s`
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`
  if (seconds < 86_400) return `${round1(seconds / 3600)} h`
  return `${round1(seconds / 86_400)} days`
}

const round1 = (x: number) => Math.round(x * 10) / 10
