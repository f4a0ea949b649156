import { csvLine } from '../text/csv.js'
import type { BatchRow } from './batch-input.js'
import type { MatchJson } from './screen-json.js'

export type OutputFormat = 'jsonl' | 'csv'

/** The result of one batch row, in the contract's JSONL shape; `error` instead of `matches` for a bad row. */
export type BatchResult =
  | { id: string; matches: MatchJson[]; error?: undefined }
  | { id: string; matches?: undefined; error: { field?: string; message: string } }

export function resultFor(row: BatchRow, matches: MatchJson[] | undefined): BatchResult {
  if (row.error) {
    const error: { field?: string; message: string } = { message: row.error.message }
    if (row.error.field) error.field = row.error.field
    return { id: row.id, error }
  }
  return { id: row.id, matches: matches ?? [] }
}

export const CSV_HEADER =
  'id,status,match_count,top_source,top_source_id,top_name,top_matched_name,top_score,matches,error'

/** One line per input row. CSV keeps the best match in columns and every match in a compact list. */
export function formatResult(result: BatchResult, format: OutputFormat): string {
  if (format === 'jsonl') return JSON.stringify(result)
  if (result.error) {
    const where = result.error.field ? `${result.error.field}: ` : ''
    return csvLine([result.id, 'error', '', '', '', '', '', '', '', `${where}${result.error.message}`])
  }
  const top = result.matches[0]
  const all = result.matches.map((m) => `${m.source}:${m.sourceId} ${m.name} (${m.score})`).join(' | ')
  return csvLine([
    result.id,
    top ? 'match' : 'clear',
    String(result.matches.length),
    top?.source ?? '',
    top?.sourceId ?? '',
    top?.name ?? '',
    top?.matchedName ?? '',
    top ? String(top.score) : '',
    all,
    '',
  ])
}
