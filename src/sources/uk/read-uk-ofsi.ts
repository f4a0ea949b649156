import { TcError } from '../../errors.js'
import type { RowIssue } from '../../model/dataset.js'
import type { Address, Entity, EntityType, Identifier, PartialDate } from '../../model/entity.js'
import { buildEntity } from '../common/build-entity.js'
import { csvRows } from '../common/csv-rows.js'
import { newestDate } from '../common/dates.js'
import { decodeUtf8OrWindows1252 } from '../common/decode.js'
import { clean, MAX_NAME_LENGTH, unique } from '../common/text.js'
import type { ReadResult, SourceFile } from '../common/types.js'
import { ukBirthDate, ukDate } from './uk-date.js'
import { type UkRow, ukAddress, ukIdentifiers, ukNationalities } from './uk-fields.js'

const TYPES: Record<string, EntityType> = { individual: 'person', entity: 'organization', ship: 'vessel' }

interface Row {
  get: UkRow
  where: string
}

/** Name 1..5 are given names and Name 6 the surname (or an entity's whole name): natural order. */
const fullName = (get: UkRow): string | undefined =>
  clean(['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5', 'Name 6'].flatMap((c) => get(c) ?? []).join(' '))

/**
 * UK OFSI Consolidated List CSV (ConList.csv): Windows-1252 in older copies, one row per name grouped by
 * Group ID, "Prime Alias" marking the primary name. The header may carry an extra leading empty column; it
 * is dropped when the rows are one field shorter. Published: the newest "Last Updated".
 */
export function readUkOfsi(file: SourceFile): ReadResult {
  const issues: RowIssue[] = []
  const rows = csvRows(decodeUtf8OrWindows1252(file.bytes), file.name, { issues })
  let header = rows.shift()?.fields.map((h) => h.trim()) ?? []
  if (header[0] === '' && rows.length > 0 && rows.every((r) => r.fields.length === header.length - 1)) {
    header = header.slice(1)
  }
  if (!header.includes('Group ID') || !header.includes('Name 6')) {
    throw new TcError('TC_BAD_FILE', 'OFSI CSV header lacks "Name 6" or "Group ID"', {
      field: `${file.name}:1`,
    })
  }
  const index = new Map(header.map((h, i) => [h, i]))
  const groups = new Map<string, Row[]>()
  for (const { fields, line } of rows) {
    const where = `${file.name}:${line}`
    if (fields.length !== header.length) {
      issues.push({ where, message: `${fields.length} fields, expected ${header.length}`, action: 'skipped' })
      continue
    }
    const get: UkRow = (c) => {
      const i = index.get(c)
      return i === undefined ? undefined : clean(fields[i])
    }
    const id = get('Group ID')
    if (!id) {
      issues.push({ where: `${where}:Group ID`, message: 'no Group ID', action: 'skipped' })
      continue
    }
    groups.set(id, [...(groups.get(id) ?? []), { get, where }])
  }
  const entities: Entity[] = []
  let lastUpdated: string | undefined
  for (const [id, group] of groups) {
    lastUpdated = newestDate([lastUpdated, ...group.map((r) => ukDate(r.get('Last Updated')))])
    const entity = groupEntity(id, group, issues)
    if (entity) entities.push(entity)
  }
  return { source: 'uk_ofsi', format: 'uk-ofsi-csv', published: lastUpdated, entities, relations: [], issues }
}

function groupEntity(id: string, group: Row[], issues: RowIssue[]): Entity | undefined {
  const named = group.filter((r) => {
    const name = fullName(r.get)
    if (name && name.length <= MAX_NAME_LENGTH) return true
    const message = name ? `name of ${name.length} characters` : 'empty name'
    issues.push({ where: `${r.where}:Name 6`, message, action: 'skipped' })
    return false
  })
  const prime = named.find((r) => r.get('Alias Type')?.toLowerCase() === 'prime alias') ?? named[0]
  if (!prime) return undefined
  if (prime.get('Alias Type')?.toLowerCase() !== 'prime alias') {
    // Partial extracts cut groups apart; the first alias then stands in as the name.
    issues.push({ where: prime.where, message: `group ${id} has no Prime Alias row`, action: 'repaired' })
  }
  const all = <T>(pick: (r: Row) => T[]): T[] => group.flatMap(pick)
  const get = prime.get
  return buildEntity({
    list: 'UK',
    sourceId: id,
    type: TYPES[(get('Group Type') ?? '').toLowerCase()] ?? 'unknown',
    name: fullName(get)!,
    aliases: named.filter((r) => r !== prime).map((r) => ({ value: fullName(r.get)!, kind: 'aka' as const })),
    addresses: uniqueBy(
      all((r) => [ukAddress(r.get)].filter((a): a is Address => a !== undefined)),
      (a) => a.full,
    ),
    identifiers: uniqueBy(
      all((r) => ukIdentifiers(r.get)),
      (i: Identifier) => `${i.type}|${i.value}`,
    ),
    birthDates: uniqueBy(
      all((r) => [ukBirthDate(r.get('DOB'))].filter((d): d is PartialDate => !!d)),
      (d) => d.date ?? d.raw,
    ),
    birthPlaces: unique(
      all((r) =>
        [[r.get('Town of Birth'), r.get('Country of Birth')].filter(Boolean).join(', ')].filter(Boolean),
      ),
    ),
    nationalities: unique(all((r) => ukNationalities(r.get('Nationality')))),
    programs: unique(all((r) => [r.get('Regime')].filter((p): p is string => !!p))),
    title: [get('Title'), get('Position')].filter(Boolean).join('; '),
    listedOn: ukDate(get('Listed On')),
    remarks: get('Other Information'),
    federalRegister: [],
  })
}

function uniqueBy<T>(items: T[], key: (item: T) => string | undefined): T[] {
  const seen = new Set<string | undefined>()
  return items.filter((item) => {
    const k = key(item)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
