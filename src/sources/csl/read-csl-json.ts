import { TcError } from '../../errors.js'
import type { Address, Identifier } from '../../model/entity.js'
import { newestDate, parseDate } from '../common/dates.js'
import { decodeUtf8 } from '../common/decode.js'
import { clean } from '../common/text.js'
import type { ReadResult, SourceFile } from '../common/types.js'
import { cslAddress } from './csl-address.js'
import type { CslRecord } from './csl-record.js'
import { splitJsonArray } from './json-array-items.js'
import { mapCslRecords } from './map-csl.js'

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.map((x) => clean(x)).filter((x): x is string => x !== undefined) : []

const text = (v: unknown): string | undefined =>
  typeof v === 'string' || typeof v === 'number' ? clean(v) : undefined

/** The official CSL JSON nests ids as objects: {type, number, country, issue_date, expiration_date}. */
function identifiers(v: unknown): Identifier[] {
  if (!Array.isArray(v)) return []
  const out: Identifier[] = []
  for (const item of v) {
    if (!isObject(item)) continue
    const type = text(item.type)
    const value = text(item.number)
    if (!type || !value) continue
    const id: Identifier = { type, value }
    const country = text(item.country)
    if (country) id.country = country
    out.push(id)
  }
  return out
}

function toRecord(item: Json, where: string): CslRecord {
  const addresses = (Array.isArray(item.addresses) ? item.addresses : [])
    .map((a) => (isObject(a) ? cslAddress(a) : undefined))
    .filter((a): a is Address => a !== undefined)
  return {
    where,
    id: text(item.id),
    source: text(item.source) ?? '',
    entityNumber: text(item.entity_number),
    type: text(item.type),
    programs: strings(item.programs),
    name: text(item.name),
    title: text(item.title),
    addresses,
    federalRegisterNotice: text(item.federal_register_notice),
    startDate: text(item.start_date),
    endDate: text(item.end_date),
    standardOrder: text(item.standard_order),
    licenseRequirement: text(item.license_requirement),
    licensePolicy: text(item.license_policy),
    vessel: {
      callSign: text(item.call_sign),
      vesselType: text(item.vessel_type),
      flag: text(item.vessel_flag),
      tonnage: text(item.gross_tonnage),
      grossRegisteredTonnage: text(item.gross_registered_tonnage),
      owner: text(item.vessel_owner),
    },
    remarks: text(item.remarks),
    sourceListUrl: text(item.source_list_url),
    altNames: strings(item.alt_names),
    citizenships: strings(item.citizenships),
    datesOfBirth: strings(item.dates_of_birth),
    nationalities: strings(item.nationalities),
    placesOfBirth: strings(item.places_of_birth),
    ids: identifiers(item.ids),
  }
}

/**
 * The trade.gov CSL JSON download, `{"results":[...]}` with the official field names, parsed one result at a
 * time (a malformed result is reported and skipped).
 * Published date: the `sources_generated_at` stamp when present, else the newest `start_date` of any row.
 */
export function readCslJson(file: SourceFile): ReadResult {
  const issues: ReadResult['issues'] = []
  const { rest, items } = splitJsonArray(decodeUtf8(file.bytes, file.name, issues), 'results', file.name)
  let top: unknown
  try {
    top = JSON.parse(rest)
  } catch (cause) {
    throw new TcError('TC_BAD_FILE', `not valid JSON around the results: ${(cause as Error).message}`, {
      field: file.name,
      cause,
    })
  }
  const records: CslRecord[] = []
  items.forEach((item, index) => {
    const where = `${file.name}:${item.line}:#${index + 1}`
    let parsed: unknown
    try {
      parsed = JSON.parse(item.text)
    } catch {
      issues.push({ where, message: 'result is not valid JSON', action: 'skipped' })
      return
    }
    if (isObject(parsed)) records.push(toRecord(parsed, where))
    else issues.push({ where, message: 'result is not an object', action: 'skipped' })
  })
  const mapped = mapCslRecords(records)
  const stamp = isObject(top) ? text(top.sources_generated_at) : undefined
  const published = parseDate(stamp) ?? newestDate(records.map((r) => parseDate(r.startDate)))
  return {
    source: 'us_csl',
    format: 'csl-json',
    published,
    entities: mapped.entities,
    relations: mapped.relations,
    issues: [...issues, ...mapped.issues],
  }
}
