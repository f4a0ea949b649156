import type { Engine } from '../service/engine-types.js'
import { edgesFromRelations } from './from-relations.js'
import { engineListing } from './listings.js'
import type { OwnershipFile } from './ownership-file.js'
import { OwnershipIndex } from './ownership-index.js'
import type { RuleOverrides } from './rule-status.js'
import type { ControlLink, NodeListing, OwnershipEdge } from './types.js'

export interface EngineOwnershipOptions {
  /** Parsed ownership files (readOwnershipFile) to add to the engine's own relations. */
  files?: readonly OwnershipFile[]
  overrides?: RuleOverrides
  /** Screen owners' names against SDN/EL/MEU when they are not entity ids (default true). */
  screenNames?: boolean
  /** Name-match score that ties an owner to a listed party (default 0.95: a false tie blocks a subtree). */
  linkThreshold?: number
}

/**
 * The ownership index for an Engine: its ownership/directorship relations plus any parsed files, nodes tied
 * to the lists by entity id, by a file's own tags (FtM us_ofac_sdn) or by a strict name match of owners.
 * Build once per engine and reuse; undefined when there is no ownership data at all. Pure.
 */
export function ownershipForEngine(
  engine: Engine,
  options: EngineOwnershipOptions = {},
): OwnershipIndex | undefined {
  const fromEngine = edgesFromRelations(engine.relations)
  const edges: OwnershipEdge[] = [...fromEngine.edges]
  const controls: ControlLink[] = [...fromEngine.controls]
  const names = new Map<string, string>()
  const aliases = new Map<string, string[]>()
  const tagged = new Map<string, NodeListing>()
  for (const file of options.files ?? []) {
    edges.push(...file.edges)
    controls.push(...file.controls)
    for (const [k, v] of file.names) names.set(k, v)
    for (const [k, v] of file.aliases) aliases.set(k, v)
    for (const [k, v] of file.listings) tagged.set(k, v)
  }
  if (edges.length === 0 && controls.length === 0) return undefined
  for (const r of engine.relations) {
    for (const id of [r.from, r.to]) {
      const entity = engine.entity(id)
      if (entity && !names.has(id)) names.set(id, entity.name)
    }
  }
  const owners = new Set([...edges.map((e) => e.owner), ...controls.map((c) => c.controller)])
  const listing = engineListing(engine, {
    threshold: options.linkThreshold ?? 0.95,
    name: (k) => names.get(k) ?? k,
    screenName: (k) => options.screenNames !== false && owners.has(k),
    extra: (k) => tagged.get(k),
  })
  return new OwnershipIndex(
    { edges, controls, names, aliases, listing },
    options.overrides ? { overrides: options.overrides } : {},
  )
}
