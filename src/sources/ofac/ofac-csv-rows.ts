import type { RowIssue } from '../../model/dataset.js'
import { csvRows } from '../common/csv-rows.js'
import { decodeUtf8OrWindows1252 } from '../common/decode.js'
import { clean } from '../common/text.js'
import type { SourceFile } from '../common/types.js'

/** A legacy OFAC field: "-0-" (with its trailing space) is OFAC's null. */
export const ofacValue = (field: string | undefined): string | undefined => {
  const value = clean(field)
  return value === '-0-' ? undefined : value
}

export interface OfacRow {
  /** file:line for issues */
  where: string
  entNum: string
  values: Array<string | undefined>
}

/**
 * Rows of one legacy OFAC CSV file (no header) with nulls decoded. Rows whose width is not `width` or whose
 * first field is not an entity number are reported and skipped.
 */
export function ofacRows(file: SourceFile, width: number, issues: RowIssue[]): OfacRow[] {
  const out: OfacRow[] = []
  for (const { fields, line } of csvRows(decodeUtf8OrWindows1252(file.bytes), file.name, { issues })) {
    const where = `${file.name}:${line}`
    if (fields.length !== width) {
      issues.push({ where, message: `${fields.length} fields, expected ${width}`, action: 'skipped' })
      continue
    }
    const entNum = clean(fields[0])
    if (!entNum || !/^\d+$/.test(entNum)) {
      issues.push({
        where: `${where}:ent_num`,
        message: `not an entity number: "${fields[0]}"`,
        action: 'skipped',
      })
      continue
    }
    out.push({ where, entNum, values: fields.map(ofacValue) })
  }
  return out
}

/** Rows grouped by entity number, keeping file order within each group. */
export function byEntity(rows: OfacRow[]): Map<string, OfacRow[]> {
  const groups = new Map<string, OfacRow[]>()
  for (const row of rows) {
    const group = groups.get(row.entNum)
    if (group) group.push(row)
    else groups.set(row.entNum, [row])
  }
  return groups
}
