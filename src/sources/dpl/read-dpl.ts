import { TcError } from '../../errors.js'
import type { RowIssue } from '../../model/dataset.js'
import type { Address, Entity } from '../../model/entity.js'
import { derivedSourceId } from '../../model/ids.js'
import { buildEntity } from '../common/build-entity.js'
import { csvRows } from '../common/csv-rows.js'
import { newestDate, parseDate } from '../common/dates.js'
import { decodeUtf8 } from '../common/decode.js'
import { makeAddress } from '../common/make-address.js'
import { clean, MAX_NAME_LENGTH } from '../common/text.js'
import type { ReadResult, SourceFile } from '../common/types.js'
import { UniqueIds } from '../common/unique-ids.js'
import { parseFederalRegister } from '../csl/federal-register.js'

export const DPL_COLUMNS = [
  'Name',
  'Street_Address',
  'City',
  'State',
  'Country',
  'Postal_Code',
  'Effective_Date',
  'Expiration_Date',
  'Standard_Order',
  'Last_Update',
  'Action',
  'FR_Citation',
] as const
type Column = (typeof DPL_COLUMNS)[number]

interface Order {
  name: string
  effective: string | undefined
  expires: string | undefined
  addresses: Address[]
  citations: string[]
  lastUpdate: string | undefined
}

// Last_Update has typos such as 3017-08-22, 2922-09-01 and 1023-11-01: a date outside this window is cleared.
// Expiration dates may lie far ahead (denials until 2056), so only the past-facing columns get an upper bound.
function plausible(date: string | undefined, column: Column): boolean {
  if (date === undefined || date < '1980') return false
  return column === 'Expiration_Date' || date.slice(0, 4) <= String(new Date().getUTCFullYear() + 1)
}

function dateField(
  row: Record<Column, string | undefined>,
  column: Column,
  where: string,
  issues: RowIssue[],
) {
  const raw = row[column]
  const date = parseDate(raw)
  if (raw !== undefined && !plausible(date, column)) {
    issues.push({
      where: `${where}:${column}`,
      message: `not a plausible date: "${raw}"`,
      action: 'repaired',
    })
    return undefined
  }
  return date
}

/**
 * BIS Denied Persons List (tab-separated, every field quoted, header row). The file has one row per order and
 * address, so rows with the same name and effective date become one entity with several addresses; the list
 * gives no identifier, so sourceId is derived from that name and date. Published: the newest plausible
 * Last_Update.
 */
export function readDpl(file: SourceFile): ReadResult {
  const issues: RowIssue[] = []
  const rows = csvRows(decodeUtf8(file.bytes, file.name, issues), file.name, { delimiter: '\t', issues })
  const header = rows.shift()?.fields.map((h) => h.trim())
  if (!header || DPL_COLUMNS.some((c, i) => header[i] !== c)) {
    throw new TcError('TC_BAD_FILE', `DPL header must be ${DPL_COLUMNS.join(', ')}`, {
      field: `${file.name}:1`,
    })
  }
  const orders = new Map<string, Order>()
  for (const { fields, line } of rows) {
    const where = `${file.name}:${line}`
    if (fields.length !== DPL_COLUMNS.length) {
      issues.push({
        where,
        message: `${fields.length} fields, expected ${DPL_COLUMNS.length}`,
        action: 'skipped',
      })
      continue
    }
    const row = Object.fromEntries(DPL_COLUMNS.map((c, i) => [c, clean(fields[i])])) as Record<
      Column,
      string | undefined
    >
    const name = row.Name
    if (!name || name.length > MAX_NAME_LENGTH) {
      issues.push({
        where: `${where}:Name`,
        message: name ? `name of ${name.length} characters` : 'empty name',
        action: 'skipped',
      })
      continue
    }
    const effective = dateField(row, 'Effective_Date', where, issues)
    const key = `${name.toUpperCase()}|${effective ?? ''}`
    const order = orders.get(key) ?? {
      name,
      effective,
      expires: dateField(row, 'Expiration_Date', where, issues),
      addresses: [],
      citations: [],
      lastUpdate: undefined,
    }
    orders.set(key, order)
    const address = dplAddress(row)
    if (address && !order.addresses.some((a) => a.full === address.full)) order.addresses.push(address)
    order.citations.push(...parseFederalRegister(row.FR_Citation))
    order.lastUpdate = newestDate([order.lastUpdate, dateField(row, 'Last_Update', where, issues)])
  }
  const ids = new UniqueIds()
  const entities: Entity[] = [...orders.values()].map((o) =>
    buildEntity({
      list: 'DPL',
      sourceId: ids.take('DPL', derivedSourceId('DPL', o.name, o.effective ?? '')),
      sourceIdDerived: true,
      type: 'unknown',
      name: o.name,
      addresses: o.addresses,
      federalRegister: o.citations,
      listedOn: o.effective,
      endsOn: o.expires,
    }),
  )
  const published = newestDate([...orders.values()].map((o) => o.lastUpdate))
  return { source: 'bis_dpl', format: 'dpl-tsv', published, entities, relations: [], issues }
}

function dplAddress(row: Record<Column, string | undefined>): Address | undefined {
  return makeAddress({
    street: row.Street_Address,
    city: row.City,
    state: row.State,
    postalCode: row.Postal_Code,
    country: row.Country,
  })
}
