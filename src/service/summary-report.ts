import { OPEN_STATUSES } from '../model/alert.js'
import { AGE_BANDS, type SummaryReport, summaryReport } from '../report/summary.js'
import type { Store } from '../store/store.js'
import { chainStatus, type ReportContext, reportMeta } from './evidence-report.js'

const DAY = 86_400_000

/** The period summary; bounds are ISO date-times, from inclusive, to exclusive. */
export async function periodSummary(
  store: Store,
  period: { from: string; to: string },
  ctx: ReportContext,
): Promise<SummaryReport> {
  const { from, to } = period
  const now = ctx.now.getTime()
  const openByAge: number[] = []
  for (const band of AGE_BANDS) {
    // Age in [fromDays, toDays): created after now - toDays and at or before now - fromDays.
    openByAge.push(
      await store.alerts.count({
        status: OPEN_STATUSES,
        ...(band.toDays === null ? {} : { createdFrom: new Date(now - band.toDays * DAY).toISOString() }),
        ...(band.fromDays === 0 ? {} : { createdBefore: new Date(now - band.fromDays * DAY).toISOString() }),
      }),
    )
  }
  return summaryReport({
    meta: reportMeta(ctx),
    period,
    screenings: await store.records.counts(from, to),
    raised: await store.alerts.raisedBetween(from, to),
    decisions: await store.alerts.decisionsBetween(from, to),
    openByAge,
    chain: await chainStatus(store),
  })
}
