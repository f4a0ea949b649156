import { edgesFromRelations } from '../ownership/from-relations.js'
import { engineListing } from '../ownership/listings.js'
import { OwnershipIndex } from '../ownership/ownership-index.js'
import type { RuleOverrides } from '../ownership/rule-status.js'
import type { ControlLink, NodeListing, OwnershipEdge } from '../ownership/types.js'
import type { Engine } from '../service/engine-types.js'
import { readOwnershipFile } from '../sources/ownership/read-ownership-file.js'

export interface OwnershipOptions {
  graphs: readonly string[]
  overrides?: RuleOverrides
  /** Screen owners' names against SDN/EL/MEU when they are not entity ids (default true). */
  screenNames?: boolean
  /** Name-match threshold for that linking (default 0.95). */
  linkThreshold?: number
}

/**
 * The ownership index for a command: --graph files (FtM or CSV) plus the engine's own ownership relations,
 * with nodes tied to the lists by entity id, by the file's own tags, or by a strict name match of owners.
 * Undefined when there is no ownership data at all. Warnings (skipped rows) go to `warn`.
 */
export async function loadOwnership(
  engine: Engine,
  options: OwnershipOptions,
  warn: (line: string) => void,
): Promise<OwnershipIndex | undefined> {
  const fromEngine = edgesFromRelations(engine.relations)
  const edges: OwnershipEdge[] = [...fromEngine.edges]
  const controls: ControlLink[] = [...fromEngine.controls]
  const names = new Map<string, string>()
  const aliases = new Map<string, string[]>()
  const tagged = new Map<string, NodeListing>()
  for (const path of options.graphs) {
    const file = await readOwnershipFile(path)
    edges.push(...file.edges)
    controls.push(...file.controls)
    for (const [k, v] of file.names) names.set(k, v)
    for (const [k, v] of file.aliases) aliases.set(k, v)
    for (const [k, v] of file.listings) tagged.set(k, v)
    if (file.issues.length)
      warn(
        `${path}: ${file.issues.length} rows skipped, first: ${file.issues[0]!.where}: ${file.issues[0]!.message}`,
      )
  }
  if (edges.length === 0 && controls.length === 0) return undefined
  for (const e of engine.relations) {
    const entity = engine.entity(e.from)
    if (entity) names.set(e.from, entity.name)
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
