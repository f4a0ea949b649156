import { badInput } from '../errors.js'
import { analyseOwnership, type OwnershipAnalysis } from './analyse.js'
import { buildOwnershipGraph } from './build-graph.js'
import { controlCautions, findingsFor, issuesFor, type OwnedByFinding } from './owned-by.js'
import type { RuleOverrides } from './rule-status.js'
import { OWNERSHIP_RULES, type OwnershipRule } from './rules.js'
import type { ControlLink, GraphIssue, ListingLookup, NodeListing, OwnershipEdge } from './types.js'

/** Everything known about ownership: edges, control links, display names and how nodes tie to the lists. */
export interface OwnershipSource {
  edges: readonly OwnershipEdge[]
  controls?: readonly ControlLink[]
  /** Display names by key (FtM captions); keys that are names need none. */
  names?: ReadonlyMap<string, string>
  /** Other names a party may be asked by (FtM name values). */
  aliases?: ReadonlyMap<string, readonly string[]>
  listing: ListingLookup
}

export interface OwnedByResult {
  /** The party as asked. */
  party: string
  /** The graph node it resolved to; absent when the graph does not know the party. */
  node?: string
  name?: string
  asOf: string
  /** The party's own listing, when it is listed itself. */
  listed?: NodeListing
  findings: OwnedByFinding[]
  cautions: string[]
  issues: GraphIssue[]
}

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/**
 * Ownership answers for many parties and dates from one source: the graph of each as-of date is built once
 * and cached, so screening a batch re-uses it. Pure: the caller reads files and resolves listings.
 */
export class OwnershipIndex {
  readonly #source: OwnershipSource
  readonly #rules: readonly OwnershipRule[]
  readonly #overrides: RuleOverrides
  readonly #cache = new Map<string, OwnershipAnalysis>()
  #byName: Map<string, string> | undefined

  constructor(
    source: OwnershipSource,
    options: { rules?: readonly OwnershipRule[]; overrides?: RuleOverrides } = {},
  ) {
    this.#source = source
    this.#rules = options.rules ?? OWNERSHIP_RULES
    this.#overrides = options.overrides ?? {}
  }

  name = (key: string): string => this.#source.names?.get(key) ?? key

  analyse(asOf: string): OwnershipAnalysis {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw badInput('asOf', `must be YYYY-MM-DD, not "${asOf}"`)
    let analysis = this.#cache.get(asOf)
    if (!analysis) {
      const graph = buildOwnershipGraph(this.#source.edges, { asOf, name: this.name })
      analysis = analyseOwnership(graph, this.#source.listing, {
        rules: this.#rules,
        overrides: this.#overrides,
      })
      this.#cache.set(asOf, analysis)
    }
    return analysis
  }

  /** The node key for a party given as a key (entity id) or a name; undefined when unknown. */
  resolve(party: string, asOf: string): string | undefined {
    const { graph } = this.analyse(asOf)
    if (graph.index.has(party)) return party
    if (!this.#byName) this.#byName = this.#nameIndex(graph.keys)
    return this.#byName.get(party) ?? this.#byName.get(fold(party))
  }

  #nameIndex(graphKeys: readonly string[]): Map<string, string> {
    const byName = new Map<string, string>()
    const add = (name: string, key: string) => {
      const f = fold(name)
      if (f && !byName.has(f)) byName.set(f, key)
    }
    const controlKeys = (this.#source.controls ?? []).flatMap((c) => [c.controller, c.controlled])
    for (const key of [...graphKeys, ...controlKeys]) {
      byName.set(key, key)
      add(this.name(key), key)
      for (const alias of this.#source.aliases?.get(key) ?? []) add(alias, key)
      add(key, key)
    }
    return byName
  }

  /** "Owned by ..." for one party on one date: findings per rule with paths, cautions and data issues. */
  ownedBy(party: string, asOf: string, keys: readonly string[] = []): OwnedByResult {
    const analysis = this.analyse(asOf)
    const key = [party, ...keys].map((k) => this.resolve(k, asOf)).find((k) => k !== undefined)
    const result: OwnedByResult = { party, asOf, findings: [], cautions: [], issues: [] }
    if (key === undefined) return result
    result.node = key
    result.name = this.name(key)
    const listed = this.#source.listing(key)
    if (listed) result.listed = listed
    const node = analysis.graph.index.get(key)
    if (node !== undefined) {
      const ctx = {
        graph: analysis.graph,
        outcomes: analysis.outcomes,
        listing: this.#source.listing,
        name: this.name,
      }
      const { findings, cautions } = findingsFor(ctx, node)
      result.findings = findings
      result.cautions = cautions
    }
    const controls = (this.#source.controls ?? []).filter(
      (c) => (c.startDate ?? '') <= asOf && (c.endDate === undefined || asOf <= c.endDate),
    )
    result.cautions.push(...controlCautions(key, controls, this.#source.listing, this.name))
    result.issues = issuesFor(analysis.graph.issues, key)
    return result
  }
}
