import type { RowIssue } from '../../model/dataset.js'
import type { Entity, Relation } from '../../model/entity.js'
import { parseDate } from '../common/dates.js'
import { decodeUtf8 } from '../common/decode.js'
import { MAX_NAME_LENGTH } from '../common/text.js'
import type { ReadResult, SourceFile } from '../common/types.js'
import { kid, kids, streamXmlRecords, textOf, type XmlNode } from '../common/xml-records.js'
import { enhancedNames } from './enhanced-parts.js'
import { type RefTable, refTable, refText } from './enhanced-refs.js'
import { mapEnhancedEntity } from './map-enhanced-entity.js'

/**
 * OFAC Enhanced XML (sanctionslistservice ENHANCED_XML): referenceValues first, then one entity per record,
 * streamed with saxes. Relationships become relations when both parties are in the file (others stay as
 * linkedTo names). Published: publicationInfo/dataAsOf.
 */
export function readOfacEnhanced(file: SourceFile): ReadResult {
  const issues: RowIssue[] = []
  let refs: RefTable = new Map()
  let published: string | undefined
  const entities: Entity[] = []
  const links: Array<{ from: Entity; node: XmlNode }> = []
  streamXmlRecords(decodeUtf8(file.bytes, file.name, issues), file.name, {
    records: new Set(['entity']),
    subtrees: new Set(['publicationInfo', 'referenceValues']),
    onSubtree: (node) => {
      if (node.name === 'referenceValues') refs = refTable(node)
      else published = parseDate(textOf(node, 'dataAsOf'))
    },
    onRecord: (node) => {
      const where = `${file.name}:${node.line}`
      const names = enhancedNames(node, refs)
      const primary = names.primary
      if (!node.attrs.id) {
        issues.push({ where: `${where}:id`, message: 'entity without id', action: 'skipped' })
      } else if (!primary || primary.length > MAX_NAME_LENGTH) {
        const message = primary ? `name of ${primary.length} characters` : 'no primary name'
        issues.push({ where: `${where}:names`, message, action: 'skipped' })
      } else {
        const entity = mapEnhancedEntity(node, refs, { ...names, primary })
        entities.push(entity)
        for (const r of kids(kid(node, 'relationships'), 'relationship'))
          links.push({ from: entity, node: r })
      }
    },
  })
  const bySourceId = new Map(entities.map((e) => [e.sourceId, e]))
  const relations: Relation[] = links.flatMap(({ from, node }) => {
    const to = bySourceId.get(kid(node, 'relatedEntity')?.attrs.entityId ?? '')
    if (!to) return []
    const relation: Relation = { kind: 'other', from: from.id, to: to.id }
    const role = refText(kid(node, 'type'), refs)
    if (role) relation.role = role
    if (node.attrs.id) relation.sourceId = node.attrs.id
    return [relation]
  })
  return { source: 'ofac_cons', format: 'ofac-enhanced-xml', published, entities, relations, issues }
}
