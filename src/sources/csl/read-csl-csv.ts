import { TcError } from '../../errors.js'
import type { RowIssue } from '../../model/dataset.js'
import type { Address, Identifier } from '../../model/entity.js'
import { csvRows } from '../common/csv-rows.js'
import { newestDate, parseDate } from '../common/dates.js'
import { decodeUtf8 } from '../common/decode.js'
import { clean, splitClean } from '../common/text.js'
import type { ReadResult, SourceFile } from '../common/types.js'
import { cslAddressLine } from './csl-address.js'
import { parseCslIdentifier } from './csl-identifiers.js'
import type { CslRecord } from './csl-record.js'
import { mapCslRecords } from './map-csl.js'

// The 29 columns of the CSL CSV; rows are read by header name so column order does not matter.
const REQUIRED = ['_id', 'source', 'name'] as const
const MULTI = '; '

function toRecord(get: (column: string) => string | undefined, where: string): CslRecord {
  const ids: Identifier[] = []
  let gender: string | undefined
  for (const item of splitClean(get('ids'), MULTI)) {
    const id = parseCslIdentifier(item)
    if (id?.type === 'Gender') gender = id.value
    else if (id) ids.push(id)
  }
  return {
    where,
    id: get('_id'),
    source: get('source') ?? '',
    entityNumber: get('entity_number'),
    type: get('type'),
    programs: splitClean(get('programs'), MULTI),
    name: get('name'),
    title: get('title'),
    addresses: splitClean(get('addresses'), MULTI)
      .map(cslAddressLine)
      .filter((a): a is Address => a !== undefined),
    federalRegisterNotice: get('federal_register_notice'),
    startDate: get('start_date'),
    endDate: get('end_date'),
    standardOrder: get('standard_order'),
    licenseRequirement: get('license_requirement'),
    licensePolicy: get('license_policy'),
    vessel: {
      callSign: get('call_sign'),
      vesselType: get('vessel_type'),
      flag: get('vessel_flag'),
      tonnage: get('gross_tonnage'),
      grossRegisteredTonnage: get('gross_registered_tonnage'),
      owner: get('vessel_owner'),
    },
    remarks: get('remarks'),
    sourceListUrl: get('source_list_url') ?? get('source_information_url'),
    altNames: splitClean(get('alt_names'), MULTI),
    citizenships: splitClean(get('citizenships'), MULTI),
    datesOfBirth: splitClean(get('dates_of_birth'), MULTI),
    nationalities: splitClean(get('nationalities'), MULTI),
    placesOfBirth: splitClean(get('places_of_birth'), MULTI),
    ids,
    gender,
  }
}

/**
 * The CSL CSV download (29 columns, multi-values joined with "; "). A repeated header row (seen on line 2 of
 * the 2023 partial file) is skipped and reported. Published date: the newest `start_date` of any row, the
 * only date the CSV carries.
 */
export function readCslCsv(file: SourceFile): ReadResult {
  const issues: RowIssue[] = []
  const rows = csvRows(decodeUtf8(file.bytes, file.name, issues), file.name, { issues })
  const header = rows.shift()?.fields.map((h) => h.replace(/^\uFEFF/, '').trim()) ?? []
  if (!REQUIRED.every((c) => header.includes(c))) {
    throw new TcError('TC_BAD_FILE', `CSL CSV header lacks ${REQUIRED.join(', ')}`, {
      field: `${file.name}:1`,
    })
  }
  const index = new Map(header.map((h, i) => [h, i]))
  const records: CslRecord[] = []
  for (const { fields, line } of rows) {
    const where = `${file.name}:${line}`
    if (fields[0] === '_id' && fields[1] === 'source') {
      issues.push({ where, message: 'repeated header row', action: 'skipped' })
      continue
    }
    if (fields.length !== header.length) {
      issues.push({ where, message: `${fields.length} fields, expected ${header.length}`, action: 'skipped' })
      continue
    }
    const get = (column: string): string | undefined => {
      const i = index.get(column)
      return i === undefined ? undefined : clean(fields[i])
    }
    records.push(toRecord(get, where))
  }
  const mapped = mapCslRecords(records)
  return {
    source: 'us_csl',
    format: 'csl-csv',
    published: newestDate(records.map((r) => parseDate(r.startDate))),
    entities: mapped.entities,
    relations: mapped.relations,
    issues: [...issues, ...mapped.issues],
  }
}
