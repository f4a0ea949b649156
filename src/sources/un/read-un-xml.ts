import type { RowIssue } from '../../model/dataset.js'
import type { Entity } from '../../model/entity.js'
import { parseDate } from '../common/dates.js'
import { decodeUtf8 } from '../common/decode.js'
import { MAX_NAME_LENGTH } from '../common/text.js'
import type { ReadResult, SourceFile } from '../common/types.js'
import { streamXmlRecords, textOf } from '../common/xml-records.js'
import { mapUnRecord, unName } from './map-un-record.js'

const RECORDS = new Set(['INDIVIDUAL', 'ENTITY'])

/**
 * The UN Security Council Consolidated List (sc-sanctions.xsd), streamed one INDIVIDUAL/ENTITY at a time.
 * sourceId is DATAID. Published date: the root's dateGenerated attribute.
 */
export function readUnXml(file: SourceFile): ReadResult {
  const issues: RowIssue[] = []
  const entities: Entity[] = []
  const seen = new Set<string>()
  let generated: string | undefined
  streamXmlRecords(decodeUtf8(file.bytes, file.name, issues), file.name, {
    records: RECORDS,
    onRoot: (attrs) => {
      generated = attrs.dateGenerated
    },
    onRecord: (node) => {
      const where = `${file.name}:${node.line}`
      const dataId = textOf(node, 'DATAID')
      const name = unName(node)
      if (!dataId || seen.has(dataId)) {
        const message = dataId ? `DATAID ${dataId} repeated` : 'no DATAID'
        issues.push({ where: `${where}:DATAID`, message, action: 'skipped' })
      } else if (!name || name.length > MAX_NAME_LENGTH) {
        const message = name ? `name of ${name.length} characters` : 'empty name'
        issues.push({ where: `${where}:FIRST_NAME`, message, action: 'skipped' })
      } else {
        seen.add(dataId)
        entities.push(mapUnRecord(node, dataId, name))
      }
    },
  })
  return { source: 'un', format: 'un-xml', published: parseDate(generated), entities, relations: [], issues }
}
