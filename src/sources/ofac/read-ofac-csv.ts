import type { RowIssue } from '../../model/dataset.js'
import type { Address, Entity, EntityType } from '../../model/entity.js'
import { type AliasInit, buildEntity } from '../common/build-entity.js'
import { toIso2 } from '../common/countries.js'
import { MAX_NAME_LENGTH } from '../common/text.js'
import type { ReadResult, SourceFile } from '../common/types.js'
import { naturalOrder } from './natural-order.js'
import { ofacAddress } from './ofac-address.js'
import { byEntity, type OfacRow, ofacRows } from './ofac-csv-rows.js'
import { consListCode, looksConsolidated, splitPrograms } from './program-list.js'
import { parseRemarks } from './remarks.js'

/** The legacy OFAC CSV files of one publication; only the primary one (sdn.csv or cons_prim.csv) is required. */
export interface OfacCsvFiles {
  primary: SourceFile
  alt?: SourceFile | undefined
  add?: SourceFile | undefined
  comments?: SourceFile | undefined
}

const TYPES: Record<string, EntityType> = { individual: 'person', vessel: 'vessel', aircraft: 'aircraft' }

function aliasesOf(rows: OfacRow[] | undefined): AliasInit[] {
  return (rows ?? []).flatMap(({ values }) => {
    const value = values[3]
    if (!value) return []
    const kind = (values[2] ?? 'aka').toLowerCase()
    return [{ value, kind: kind === 'fka' || kind === 'nka' ? kind : 'aka' } as AliasInit]
  })
}

function addressesOf(rows: OfacRow[] | undefined): Address[] {
  return (rows ?? []).flatMap(({ values }) => ofacAddress(values[2], values[3], values[4]) ?? [])
}

/** Reports alt/add/comments rows whose entity number is not in the primary file. */
function reportOrphans(groups: Map<string, OfacRow[]>, known: Set<string>, issues: RowIssue[]): void {
  for (const [entNum, rows] of groups) {
    if (known.has(entNum)) continue
    for (const row of rows) {
      issues.push({
        where: `${row.where}:ent_num`,
        message: `no entity ${entNum} in the primary file`,
        action: 'skipped',
      })
    }
  }
}

/**
 * OFAC legacy CSV: sdn.csv (or cons_prim.csv) with alt.csv, add.csv and sdn_comments.csv beside it.
 * The SDN file maps to list SDN; the consolidated file's program decides each entry's list. Published date:
 * undefined, because these files carry none (the XML has Publish_Date).
 */
export function readOfacCsv(files: OfacCsvFiles): ReadResult {
  const issues: RowIssue[] = []
  const primary = ofacRows(files.primary, 12, issues)
  const alt = byEntity(files.alt ? ofacRows(files.alt, 5, issues) : [])
  const add = byEntity(files.add ? ofacRows(files.add, 6, issues) : [])
  const comments = byEntity(files.comments ? ofacRows(files.comments, 2, issues) : [])
  // The file name is only a hint (a download may have any name); the programs decide otherwise.
  const consolidated =
    /(^|[/\\])cons_/i.test(files.primary.name) ||
    looksConsolidated(primary.map((r) => splitPrograms(r.values[3])))

  const entities: Entity[] = []
  const known = new Set<string>()
  for (const { where, entNum, values } of primary) {
    const name = values[1]
    if (!name || name.length > MAX_NAME_LENGTH) {
      const message = name ? `name of ${name.length} characters` : 'empty name'
      issues.push({ where: `${where}:SDN_Name`, message, action: 'skipped' })
      continue
    }
    if (known.has(entNum)) {
      issues.push({ where: `${where}:ent_num`, message: `entity ${entNum} repeated`, action: 'skipped' })
      continue
    }
    known.add(entNum)
    const type = TYPES[(values[2] ?? '').toLowerCase()] ?? 'organization'
    const programs = splitPrograms(values[3])
    // sdn_comments.csv continues remarks that OFAC cut off at about 1000 characters, mid-word.
    const remarks = [values[11], ...(comments.get(entNum) ?? []).map((r) => r.values[1])]
      .filter(Boolean)
      .join('')
    const facts = parseRemarks(remarks)
    const natural = type === 'person' ? naturalOrder(name) : undefined
    entities.push(
      buildEntity({
        list: consolidated ? consListCode(programs) : 'SDN',
        sourceId: entNum,
        type,
        name,
        aliases: [...(natural ? [{ value: natural }] : []), ...aliasesOf(alt.get(entNum)), ...facts.aliases],
        addresses: addressesOf(add.get(entNum)),
        identifiers: facts.identifiers,
        birthDates: facts.birthDates,
        birthPlaces: facts.birthPlaces,
        nationalities: facts.nationalities,
        citizenships: facts.citizenships,
        gender: facts.gender,
        programs,
        title: values[4],
        remarks: remarks || undefined,
        linkedTo: facts.linkedTo,
        vessel: {
          callSign: values[5],
          vesselType: values[6],
          tonnage: values[7],
          grossRegisteredTonnage: values[8],
          flag: values[9],
          owner: values[10],
        },
        extraCountries: [toIso2(values[9])].filter((c): c is string => c !== undefined),
        federalRegister: [],
      }),
    )
  }
  reportOrphans(alt, known, issues)
  reportOrphans(add, known, issues)
  reportOrphans(comments, known, issues)
  return {
    source: consolidated ? 'ofac_cons' : 'ofac_sdn',
    format: 'ofac-csv',
    published: undefined,
    entities,
    relations: [],
    issues,
  }
}
