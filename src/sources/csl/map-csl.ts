import type { RowIssue } from '../../model/dataset.js'
import type { Entity, EntityType, ListCode, PartialDate, Relation } from '../../model/entity.js'
import { derivedSourceId } from '../../model/ids.js'
import { buildEntity } from '../common/build-entity.js'
import { toIso2 } from '../common/countries.js'
import { parseDate, parsePartialDate } from '../common/dates.js'
import { linkedToNames } from '../common/linked-to.js'
import { clean, MAX_NAME_LENGTH } from '../common/text.js'
import { UniqueIds } from '../common/unique-ids.js'
import { splitAffiliate } from './affiliates.js'
import type { CslRecord } from './csl-record.js'
import { parseFederalRegister } from './federal-register.js'
import { linkAffiliates, type PendingAffiliate } from './link-affiliates.js'
import { cslListCode } from './list-code.js'

const TYPES: Record<string, EntityType> = {
  individual: 'person',
  entity: 'organization',
  vessel: 'vessel',
  aircraft: 'aircraft',
}

export interface CslMapped {
  entities: Entity[]
  relations: Relation[]
  issues: RowIssue[]
}

// Some EL alt_names lists end "...; and JSC 140 Repair Plant": the "and " belongs to the prose, not the name.
const stripAnd = (alias: string): string => alias.replace(/^and\s+/i, '')

/** Maps CSL rows (from CSV or JSON) to entities, splitting Entity List affiliates from their parents. */
export function mapCslRecords(records: Iterable<CslRecord>): CslMapped {
  const entities: Entity[] = []
  const issues: RowIssue[] = []
  const pending: PendingAffiliate[] = []
  const ids = new UniqueIds()

  for (const record of records) {
    const list = cslListCode(record.source)
    if (!list) {
      issues.push({
        where: `${record.where}:source`,
        message: `unknown CSL source "${record.source}"`,
        action: 'skipped',
      })
      continue
    }
    const listed = clean(record.name)
    if (listed === undefined) {
      issues.push({ where: `${record.where}:name`, message: 'empty name', action: 'skipped' })
      continue
    }
    if (listed.length > MAX_NAME_LENGTH) {
      issues.push({
        where: `${record.where}:name`,
        message: `name of ${listed.length} characters`,
        action: 'skipped',
      })
      continue
    }
    const sourceId = pickSourceId(list, record, listed, ids)
    const affiliate = splitAffiliate(listed)
    const entity = toEntity(record, list, sourceId, affiliate?.child ?? listed, issues)
    entities.push(entity)
    if (affiliate) pending.push({ entity, parentName: affiliate.parent, role: affiliate.role })
  }
  const { added, relations } = linkAffiliates(entities, pending)
  return { entities: [...entities, ...added], relations, issues }
}

/**
 * Entity number for Treasury rows, else the CSL id, else a hash of name and countries (2026 JSON EL rows).
 * Repeated rows exist (CAP lists Bank of Kunlun twice under one number; EL repeats a name whose street
 * addresses the compact JSON lost): UniqueIds numbers the repeats.
 */
function pickSourceId(
  list: ListCode,
  record: CslRecord,
  listed: string,
  ids: UniqueIds,
): { value: string; derived: boolean } {
  const given = clean(record.entityNumber) ?? clean(record.id)
  const countries = [...new Set(record.addresses.map((a) => a.country ?? ''))].sort().join(',')
  const value = ids.take(list, given ?? derivedSourceId(list, listed, countries))
  return { value, derived: given === undefined }
}

function toEntity(
  record: CslRecord,
  list: ListCode,
  sourceId: { value: string; derived: boolean },
  name: string,
  issues: RowIssue[],
): Entity {
  const birthDates = record.datesOfBirth
    .map((raw) => parsePartialDate(raw))
    .filter((d): d is PartialDate => d !== undefined)
  const listedOn = parseDate(record.startDate)
  if (record.startDate && !listedOn) {
    issues.push({
      where: `${record.where}:start_date`,
      message: `not a date: "${record.startDate}"`,
      action: 'repaired',
    })
  }
  return buildEntity({
    list,
    sourceId: sourceId.value,
    sourceIdDerived: sourceId.derived,
    type: TYPES[(record.type ?? '').toLowerCase()] ?? 'unknown',
    name,
    aliases: record.altNames.map((value) => ({ value: stripAnd(value), kind: 'aka' as const })),
    addresses: record.addresses,
    identifiers: record.ids,
    birthDates,
    birthPlaces: record.placesOfBirth,
    nationalities: record.nationalities.map((n) => toIso2(n) ?? n),
    citizenships: record.citizenships.map((n) => toIso2(n) ?? n),
    programs: record.programs,
    title: clean(record.title),
    gender: clean(record.gender),
    federalRegister: parseFederalRegister(record.federalRegisterNotice),
    licenseRequirement: clean(record.licenseRequirement),
    licensePolicy: clean(record.licensePolicy),
    listedOn,
    endsOn: parseDate(record.endDate),
    remarks: clean(record.remarks),
    linkedTo: linkedToNames(record.remarks),
    sourceUrl: clean(record.sourceListUrl),
    vessel: record.vessel,
    extraCountries: [toIso2(record.vessel.flag)].filter((c): c is string => c !== undefined),
  })
}
