import type { RowIssue } from '../../model/dataset.js'
import type { Entity } from '../../model/entity.js'
import { parseDate } from '../common/dates.js'
import { decodeUtf8 } from '../common/decode.js'
import { MAX_NAME_LENGTH } from '../common/text.js'
import type { ReadResult, SourceFile } from '../common/types.js'
import { kid, kids, streamXmlRecords, textOf, type XmlNode } from '../common/xml-records.js'
import { mapSdnEntry, sdnName } from './map-sdn-entry.js'
import { consListCode, looksConsolidated } from './program-list.js'

const programsOf = (node: XmlNode): string[] =>
  kids(kid(node, 'programList'), 'program').map((p) => p.text.trim())

/**
 * OFAC sdn.xml (and cons.xml, same schema), streamed one sdnEntry at a time; aliases keep OFAC's strong/weak
 * category. Published: publshInformation/Publish_Date (MM/DD/YYYY).
 */
export function readOfacXml(file: SourceFile): ReadResult {
  const issues: RowIssue[] = []
  const nodes: XmlNode[] = []
  let published: string | undefined
  streamXmlRecords(decodeUtf8(file.bytes, file.name, issues), file.name, {
    records: new Set(['sdnEntry']),
    subtrees: new Set(['publshInformation']),
    onSubtree: (node) => {
      published = parseDate(textOf(node, 'Publish_Date'))
    },
    onRecord: (node) => nodes.push(node),
  })
  // Entries are mapped after the stream so the SDN/consolidated decision can see every program.
  const consolidated = looksConsolidated(nodes.map(programsOf))
  const entities: Entity[] = []
  const seen = new Set<string>()
  for (const node of nodes) {
    const where = `${file.name}:${node.line}`
    const uid = textOf(node, 'uid')
    const name = sdnName(node)
    if (!uid || seen.has(uid)) {
      issues.push({
        where: `${where}:uid`,
        message: uid ? `uid ${uid} repeated` : 'no uid',
        action: 'skipped',
      })
    } else if (!name || name.length > MAX_NAME_LENGTH) {
      const message = name ? `name of ${name.length} characters` : 'empty name'
      issues.push({ where: `${where}:lastName`, message, action: 'skipped' })
    } else {
      seen.add(uid)
      entities.push(mapSdnEntry(node, consolidated ? consListCode(programsOf(node)) : 'SDN', uid, name))
    }
  }
  const source = consolidated ? 'ofac_cons' : 'ofac_sdn'
  return { source, format: 'ofac-xml', published, entities, relations: [], issues }
}
