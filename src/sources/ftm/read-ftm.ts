import type { RowIssue } from '../../model/dataset.js'
import type { Address, Entity, Relation } from '../../model/entity.js'
import { entityId } from '../../model/ids.js'
import { newestDate, parseDate } from '../common/dates.js'
import { decodeUtf8 } from '../common/decode.js'
import { MAX_NAME_LENGTH } from '../common/text.js'
import type { ReadResult, SourceFile } from '../common/types.js'
import { ftmAddress, gatherEnrichments } from './ftm-enrichment.js'
import { type FtmEntity, parseFtmLine, prop } from './ftm-entity.js'
import { ENRICHING, LINKS, PARTY_TYPES } from './ftm-schemas.js'
import { mapFtmParty } from './map-ftm-party.js'

function readLines(text: string, file: string, issues: RowIssue[]): FtmEntity[] {
  const out: FtmEntity[] = []
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return
    const where = `${file}:${i + 1}`
    const parsed = parseFtmLine(line, where)
    if (typeof parsed === 'string') issues.push({ where, message: parsed, action: 'skipped' })
    else out.push(parsed)
  })
  return out
}

function toRelation(link: FtmEntity, parties: Set<string>, issues: RowIssue[]): Relation | undefined {
  const [kind, fromProp, toProp, roleProp] = LINKS[link.schema]!
  const from = prop(link, fromProp)[0]
  const to = prop(link, toProp)[0]
  if (!from || !to || !parties.has(from) || !parties.has(to)) {
    const message = `${link.schema} ${link.id} links to an entity not in this file`
    issues.push({ where: link.where, message, action: 'skipped' })
    return undefined
  }
  const relation: Relation = { kind, from: entityId('FTM', from), to: entityId('FTM', to), sourceId: link.id }
  const percent = Number.parseFloat(prop(link, 'percentage')[0] ?? '')
  if (Number.isFinite(percent) && percent >= 0 && percent <= 100) relation.percent = percent
  const role = prop(link, roleProp)[0]
  if (role) relation.role = role
  const start = parseDate(prop(link, 'startDate')[0])
  if (start) relation.startDate = start
  const end = parseDate(prop(link, 'endDate')[0])
  if (end) relation.endDate = end
  return relation
}

/**
 * FollowTheMoney JSON lines (OpenSanctions exports): parties become entities of list FTM, Ownership,
 * Directorship, Family and similar links become relations, and Address, Sanction, Passport records enrich
 * their party. Published: the newest last_change of any record.
 */
export function readFtm(file: SourceFile): ReadResult {
  const issues: RowIssue[] = []
  const records = readLines(decodeUtf8(file.bytes, file.name, issues), file.name, issues)
  const addressBook = new Map<string, Address>()
  for (const r of records) {
    const address = r.schema === 'Address' ? ftmAddress(r) : undefined
    if (address) addressBook.set(r.id, address)
  }
  const enrichments = gatherEnrichments(records)
  const entities: Entity[] = []
  const parties = new Set<string>()
  for (const r of records.filter((x) => PARTY_TYPES[x.schema])) {
    const name =
      (r.caption && prop(r, 'name').includes(r.caption) ? r.caption : undefined) ??
      prop(r, 'name')[0] ??
      r.caption
    if (!name || name.length > MAX_NAME_LENGTH || parties.has(r.id)) {
      const message = parties.has(r.id)
        ? `id ${r.id} repeated`
        : name
          ? `name of ${name.length} characters`
          : 'empty name'
      issues.push({ where: `${r.where}:name`, message, action: 'skipped' })
      continue
    }
    parties.add(r.id)
    entities.push(mapFtmParty(r, name, addressBook, enrichments.get(r.id)))
  }
  const relations: Relation[] = []
  for (const r of records) {
    if (LINKS[r.schema]) {
      const relation = toRelation(r, parties, issues)
      if (relation) relations.push(relation)
    } else if (!PARTY_TYPES[r.schema] && !ENRICHING.has(r.schema)) {
      issues.push({ where: r.where, message: `schema ${r.schema} is not read`, action: 'skipped' })
    }
  }
  const published = newestDate(records.map((r) => parseDate(r.lastChange)))
  return { source: 'ftm', format: 'ftm-json', published, entities, relations, issues }
}
