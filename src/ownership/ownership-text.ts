import type { RowIssue } from '../model/dataset.js'
import { edgesFromRelations } from './from-relations.js'
import { parseFtmOwnership } from './ftm-ownership.js'
import { listingOfDatasets } from './listings.js'
import { parseOwnershipCsv } from './ownership-csv.js'
import type { ControlLink, NodeListing, OwnershipEdge } from './types.js'

/** What one ownership file gives: edges, control links, display names and listings its own data carries. */
export interface OwnershipFile {
  format: 'ftm-json' | 'ownership-csv'
  edges: OwnershipEdge[]
  controls: ControlLink[]
  names: Map<string, string>
  aliases: Map<string, string[]>
  /** Listings the file itself states (FtM dataset tags such as us_ofac_sdn). */
  listings: Map<string, NodeListing>
  issues: RowIssue[]
}

/** FtM JSON lines when the first non-blank character opens an object, else the ownership CSV. Pure. */
export function parseOwnershipText(text: string, file: string): OwnershipFile {
  if (/^\s*\{/.test(text.replace(/^\uFEFF/, ''))) {
    const ftm = parseFtmOwnership(text, file)
    const { edges, controls } = edgesFromRelations(ftm.relations)
    const names = new Map(ftm.parties.map((p) => [p.id, p.name]))
    const aliases = new Map(ftm.parties.map((p) => [p.id, p.aliases]))
    const listings = new Map<string, NodeListing>()
    for (const p of ftm.parties) {
      const l = listingOfDatasets(p.id, p.datasets)
      if (l) listings.set(p.id, l)
    }
    const issues = ftm.issues.map((i) => ({ ...i, action: 'skipped' as const }))
    return { format: 'ftm-json', edges, controls, names, aliases, listings, issues }
  }
  const csv = parseOwnershipCsv(text, file)
  return {
    format: 'ownership-csv',
    edges: csv.edges,
    controls: [],
    names: new Map(),
    aliases: new Map(),
    listings: new Map(),
    issues: csv.issues,
  }
}
