import type { RowIssue } from '../model/dataset.js'
import type { Entity, Relation } from '../model/entity.js'
import { edgesFromRelations } from './from-relations.js'
import { listingOfEntity } from './listings.js'
import { parseOwnershipCsv } from './ownership-csv.js'
import type { ControlLink, NodeListing, OwnershipEdge } from './types.js'

/** What one ownership file gives: edges, control links, display names and listings its own data carries. */
export interface OwnershipFile {
  format: 'ftm-json' | 'ownership-csv'
  edges: OwnershipEdge[]
  controls: ControlLink[]
  names: Map<string, string>
  /** Every name a party may be asked by. */
  aliases: Map<string, string[]>
  /** Listings the file itself states (FtM parties tagged with the us_ofac_sdn dataset). */
  listings: Map<string, NodeListing>
  issues: RowIssue[]
}

/**
 * A read FollowTheMoney dataset (readFtm: parties as entities of list FTM with their datasets in programs,
 * Ownership and Directorship as relations) as ownership data. Pure.
 */
export function ownershipFromDataset(d: {
  entities: readonly Entity[]
  relations: readonly Relation[]
  issues: readonly RowIssue[]
}): OwnershipFile {
  const { edges, controls } = edgesFromRelations(d.relations)
  const names = new Map(d.entities.map((e) => [e.id, e.name]))
  const aliases = new Map(d.entities.map((e) => [e.id, e.names.map((n) => n.value)]))
  const listings = new Map<string, NodeListing>()
  for (const e of d.entities) {
    const l = listingOfEntity(e)
    if (l) listings.set(e.id, l)
  }
  return { format: 'ftm-json', edges, controls, names, aliases, listings, issues: [...d.issues] }
}

/** The owner,owned,percent,as_of CSV as ownership data (keys are the ids or names the file gives). Pure. */
export function ownershipFromCsv(text: string, file: string): OwnershipFile {
  const { edges, issues } = parseOwnershipCsv(text, file)
  return {
    format: 'ownership-csv',
    edges,
    controls: [],
    names: new Map(),
    aliases: new Map(),
    listings: new Map(),
    issues,
  }
}
