import type { DatasetFormat } from '../../model/dataset.js'

/** The OFAC legacy CSV files that only make sense beside an sdn.csv or cons_prim.csv. */
export type OfacPart = 'alt' | 'add' | 'comments'

export type Detection = { format: DatasetFormat } | { ofacPart: OfacPart } | undefined

const ENHANCED_NS = 'sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML'

/** Fields in the first record of a comma-separated text; quoted fields may hold commas and newlines. */
function firstRecordFieldCount(text: string): number {
  let fields = 1
  let quoted = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && ch === ',') fields++
    else if (!quoted && ch === '\n') break
  }
  return fields
}

function detectXml(head: string): Detection {
  const root = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '').match(/<\s*([A-Za-z_][\w.-]*)/)?.[1]
  if (root === 'CONSOLIDATED_LIST') return { format: 'un-xml' }
  if (root === 'sdnList') return { format: 'ofac-xml' }
  if (root === 'sanctionsData' && head.includes(ENHANCED_NS)) return { format: 'ofac-enhanced-xml' }
  return undefined
}

function detectJson(head: string): Detection {
  if (/^\{\s*"results"\s*:/.test(head) || /"results"\s*:\s*\[/.test(head.slice(0, 4096))) {
    return { format: 'csl-json' }
  }
  // FollowTheMoney: one entity object per line with "schema" and "properties".
  const first = head.split('\n', 1)[0] ?? ''
  if (/"schema"\s*:/.test(first) && /"properties"\s*:/.test(first)) return { format: 'ftm-json' }
  return undefined
}

function detectDelimited(head: string): Detection {
  const lines = head.split(/\r?\n/)
  const first = lines[0] ?? ''
  const header = first.replace(/"/g, '')
  if (/^_id,source,entity_number,type,programs,name\b/.test(header)) return { format: 'csl-csv' }
  if (/^Name\tStreet_Address\tCity\tState\tCountry\b/.test(header)) return { format: 'dpl-tsv' }
  if (/(^|,)Name 6,Name 1,/.test(header) && /Group ID/.test(header)) return { format: 'uk-ofsi-csv' }
  // OFAC legacy CSV: no header; every row starts with a bare entity number, nulls are "-0- ".
  if (/^\d+,/.test(first)) {
    const fields = firstRecordFieldCount(head)
    if (fields === 12) return { format: 'ofac-csv' }
    if (fields === 5 && /^\d+,\d+,"?(aka|fka|nka)"?,/i.test(first)) return { ofacPart: 'alt' }
    if (fields === 6 && /^\d+,\d+,/.test(first)) return { ofacPart: 'add' }
    if (fields === 2) return { ofacPart: 'comments' }
  }
  return undefined
}

/** Detects the list format from the first bytes of a file (as text); never from the file name. */
export function detectFormat(head: string): Detection {
  const text = head.trimStart()
  if (text.startsWith('<')) return detectXml(text)
  if (text.startsWith('{')) return detectJson(text)
  return detectDelimited(text)
}
