import type { Entity, ListCode } from '../model/entity.js'
import type { Engine } from '../service/engine-types.js'
import type { ListingLookup, NodeListing } from './types.js'

/** Lists whose parties can make an owned entity restricted: the SDN list (OFAC) and EL/MEU (BIS). */
export const OWNER_LISTS: readonly ListCode[] = ['SDN', 'EL', 'MEU']

/** FtM dataset names that mean a US list; OpenSanctions' us_trade_csl mixes lists and is not used. */
const FTM_DATASETS: Record<string, ListCode> = { us_ofac_sdn: 'SDN' }

/** The listing of one entity: its own list, or for FtM parties the US lists named among their datasets. */
export function listingOfEntity(e: Entity): NodeListing | undefined {
  const lists = e.list === 'FTM' ? e.programs.flatMap((d) => FTM_DATASETS[d] ?? []) : [e.list]
  const own = lists.filter((l) => OWNER_LISTS.includes(l) || l === 'CMIC')
  if (!own.length) return undefined
  const listing: NodeListing = {
    lists: own,
    // FtM keeps datasets and every sanction program together; keep the OFAC-style tags (NPWMD, RUSSIA-EO14024).
    programs:
      e.list === 'FTM' ? e.programs.filter((p) => /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/.test(p)) : e.programs,
    entityIds: [e.id],
    via: e.list === 'FTM' ? 'source' : 'id',
  }
  if (e.licenseRequirement) listing.licenseRequirement = e.licenseRequirement
  if (e.licensePolicy) listing.licensePolicy = e.licensePolicy
  return listing
}

/** A listing from FtM dataset tags alone (the interim FtM adapter has no Entity). */
export function listingOfDatasets(id: string, datasets: readonly string[]): NodeListing | undefined {
  const lists = [...new Set(datasets.flatMap((d) => FTM_DATASETS[d] ?? []))]
  return lists.length ? { lists, programs: [], entityIds: [id], via: 'source' } : undefined
}

/**
 * Ties graph nodes to the lists through an Engine: a node whose key is an entity id takes that entity's
 * listing; otherwise its name is screened against SDN/EL/MEU and matches at or above `threshold` count.
 * A strict threshold matters: a false match would block a whole subtree. Results are cached per key.
 */
export function engineListing(
  engine: Engine,
  options: {
    threshold?: number
    name?: (key: string) => string
    /** Screen this node's name (default: every node); owners are the ones that matter. */
    screenName?: (key: string) => boolean
    extra?: ListingLookup
  } = {},
): ListingLookup {
  const cache = new Map<string, NodeListing | undefined>()
  const threshold = options.threshold ?? 0.95
  return (key) => {
    if (cache.has(key)) return cache.get(key)
    let listing = options.extra?.(key)
    const entity = engine.entity(key)
    if (!listing && entity) listing = listingOfEntity(entity)
    if (!listing && !entity && (options.screenName?.(key) ?? true)) {
      const name = options.name?.(key) ?? key
      const matches = /[\p{L}\p{N}]/u.test(name)
        ? engine.screen({ name }, { threshold, lists: [...OWNER_LISTS, 'CMIC'] }).matches
        : []
      const entities = matches.flatMap((m) => engine.entity(m.entityId) ?? [])
      if (entities.length) {
        const parts = entities.flatMap((e) => listingOfEntity(e) ?? [])
        listing = {
          lists: [...new Set(parts.flatMap((p) => p.lists))],
          programs: [...new Set(parts.flatMap((p) => p.programs))],
          entityIds: parts.flatMap((p) => p.entityIds),
          via: 'name',
          score: Math.max(...matches.map((m) => m.score)),
        }
        const lr = parts.find((p) => p.licenseRequirement)
        if (lr?.licenseRequirement) listing.licenseRequirement = lr.licenseRequirement
        if (lr?.licensePolicy) listing.licensePolicy = lr.licensePolicy
      }
    }
    cache.set(key, listing)
    return listing
  }
}
