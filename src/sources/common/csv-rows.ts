import { type CsvError, parse } from 'csv-parse/sync'
import type { RowIssue } from '../../model/dataset.js'

export interface CsvRow {
  fields: string[]
  /** 1-based line where the record starts. */
  line: number
}

export interface CsvOptions {
  delimiter?: string
  /** Where malformed records are reported: they are skipped and counted, never silently dropped. */
  issues: RowIssue[]
  /** Left-trim fields (DPL names carry leading spaces). */
  trim?: boolean
}

/**
 * Parses delimited text into rows without aborting on a malformed record: csv-parse skips the record and
 * reports it through on_skip, and we turn that into a RowIssue naming the file and line. Rows of any width
 * come back; each reader checks the width it expects.
 */
export function csvRows(text: string, file: string, options: CsvOptions): CsvRow[] {
  const rows: CsvRow[] = []
  const records = parse(text, {
    delimiter: options.delimiter ?? ',',
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (error: CsvError | undefined) => {
      const where = error?.lines === undefined ? file : `${file}:${error.lines}`
      const why = (error?.message ?? 'malformed record').replace(/\s+/g, ' ')
      options.issues.push({ where, message: why, action: 'skipped' })
      return undefined
    },
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>
  for (const { record, info } of records) {
    // Legacy OFAC files end with a DOS end-of-file byte (0x1A) on its own line.
    if (record.length === 1 && (record[0] ?? '').replace(/\x1a/g, '').trim() === '') continue
    // info.lines is the line the record ends on; quoted newlines make records span lines.
    const span = record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0)
    rows.push({ fields: options.trim ? record.map((f) => f.trim()) : record, line: info.lines - span })
  }
  return rows
}
