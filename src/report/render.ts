import { evidenceCsv } from './evidence-csv.js'
import type { EvidenceReport } from './model.js'
import type { ReportFonts } from './pdf/fonts.js'
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

/**
 * Renders a report model in one format. PDFs use the given font files (see service/report-fonts.ts for the
 * system ones); without any, text outside Latin-1 is transliterated and marked.
 */
export async function renderReport(
  report: AnyReport,
  format: ReportFormat,
  options: { fonts?: ReportFonts } = {},
): Promise<RenderedReport> {
  switch (format) {
    case 'json':
      return text('application/json', 'json', `${JSON.stringify(report, null, 2)}\n`)
    case 'csv':
      return text(
        'text/csv; charset=utf-8',
        'csv',
        report.kind === 'summary' ? summaryCsv(report) : evidenceCsv(report),
      )
    case 'pdf': {
      // pdfkit and fontkit take a good part of a second to load: only PDFs pay for them, not every command.
      const [{ loadFonts }, { summaryPdf }, { evidencePdf }] = await Promise.all([
        import('./pdf/fonts.js'),
        import('./pdf/summary-pdf.js'),
        import('./pdf/evidence-pdf.js'),
      ])
      const fonts = loadFonts(options.fonts)
      const body =
        report.kind === 'summary' ? await summaryPdf(report, fonts) : await evidencePdf(report, fonts)
      return { contentType: 'application/pdf', extension: 'pdf', body }
    }
  }
}

const text = (contentType: string, extension: ReportFormat, body: string): RenderedReport => ({
  contentType,
  extension,
  body: new TextEncoder().encode(body),
})
