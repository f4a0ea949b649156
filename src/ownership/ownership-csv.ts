import type { RowIssue } from '../model/dataset.js'
import { csvRows } from '../sources/common/csv-rows.js'
import type { OwnershipEdge } from './types.js'

const REQUIRED = ['owner', 'owned', 'percent'] as const

/**
 * The simple ownership CSV: a header with owner,owned,percent[,as_of] (any order, extra columns ignored).
 * owner/owned are entity ids or names; percent is 0..100 ("25", "25 %"), empty when unknown; as_of is the
 * date the holding is known from (YYYY-MM-DD). A later as_of for the same pair supersedes an earlier one.
 * Pure: takes the text, so the file reading stays at the I/O edge.
 */
export function parseOwnershipCsv(
  text: string,
  file: string,
): { edges: OwnershipEdge[]; issues: RowIssue[] } {
  const issues: RowIssue[] = []
  const rows = csvRows(text.replace(/^\uFEFF/, ''), file, { issues, trim: true })
  const header = rows.shift()?.fields.map((f) => f.toLowerCase().replace(/\s+/g, '_')) ?? []
  const missing = REQUIRED.filter((c) => !header.includes(c))
  if (missing.length) {
    issues.push({ where: `${file}:1`, message: `header lacks ${missing.join(', ')}`, action: 'skipped' })
    return { edges: [], issues }
  }
  const col = (name: string) => header.indexOf(name)
  const [iOwner, iOwned, iPct, iAsOf] = [col('owner'), col('owned'), col('percent'), col('as_of')]
  const edges: OwnershipEdge[] = []
  for (const { fields, line } of rows) {
    const where = `${file}:${line}`
    const owner = fields[iOwner] ?? ''
    const owned = fields[iOwned] ?? ''
    const pctText = (fields[iPct] ?? '').replace(/%$/, '').trim()
    const asOf = iAsOf >= 0 ? (fields[iAsOf] ?? '') : ''
    if (!owner || !owned) {
      issues.push({ where, message: 'owner or owned is empty', action: 'skipped' })
      continue
    }
    const percent = pctText === '' ? undefined : Number(pctText)
    if (percent !== undefined && !Number.isFinite(percent)) {
      issues.push({ where: `${where}:percent`, message: `"${pctText}" is not a number`, action: 'skipped' })
      continue
    }
    if (asOf && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
      issues.push({ where: `${where}:as_of`, message: `"${asOf}" is not YYYY-MM-DD`, action: 'skipped' })
      continue
    }
    // Shares outside 0..100 are kept: the graph reports them as invalid with this line.
    edges.push({
      owner,
      owned,
      ...(percent === undefined ? {} : { percent }),
      ...(asOf ? { startDate: asOf } : {}),
      source: where,
    })
  }
  return { edges, issues }
}
