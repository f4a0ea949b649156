import { evidenceCsv } from './evidence-csv.js'
import type { EvidenceReport } from './model.js'
import type { SummaryReport } from './summary.js'
import { summaryCsv } from './summary-csv.js'

export type ReportFormat = 'pdf' | 'csv' | 'json'
export const REPORT_FORMATS: readonly ReportFormat[] = ['pdf', 'csv', 'json']

export type AnyReport = EvidenceReport | SummaryReport

/** A rendered report, ready to write to a file or send as an HTTP response. */
export interface RenderedReport {
  contentType: string
  extension: ReportFormat
  body: Uint8Array
}

/** Renders a report model in one format; PDF rendering needs fonts (see report/pdf/fonts.ts). */
export async function renderReport(report: AnyReport, format: ReportFormat): Promise<RenderedReport> {
  switch (format) {
    case 'json':
      return text('application/json', 'json', `${JSON.stringify(report, null, 2)}\n`)
    case 'csv':
      return text(
        'text/csv; charset=utf-8',
        'csv',
        report.kind === 'summary' ? summaryCsv(report) : evidenceCsv(report),
      )
    case 'pdf':
      throw new Error('PDF rendering is not built yet')
  }
}

const text = (contentType: string, extension: ReportFormat, body: string): RenderedReport => ({
  contentType,
  extension,
  body: new TextEncoder().encode(body),
})
