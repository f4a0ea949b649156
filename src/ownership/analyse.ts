import type { OwnershipGraph } from './graph.js'
import { type Propagation, propagate } from './propagate.js'
import { type RuleOverrides, type RuleStatus, ruleStatus } from './rule-status.js'
import { OWNERSHIP_RULES, type OwnershipRule } from './rules.js'
import type { ListingLookup, NodeListing } from './types.js'

export interface RuleOutcome {
  rule: OwnershipRule
  status: RuleStatus
  /** Computed whatever the status, so an answer can say "would be caught, but the rule is suspended". */
  propagation: Propagation
  seedCount: number
}

export interface OwnershipAnalysis {
  graph: OwnershipGraph
  asOf: string
  outcomes: RuleOutcome[]
}

/** Whether a listed party counts as an owner under a rule (SDNs only in the rule's programs, if it names any). */
export function countsAsOwner(rule: OwnershipRule, listing: NodeListing): boolean {
  return listing.lists.some((list) => {
    if (!rule.ownerLists.includes(list)) return false
    if (list !== 'SDN' || !rule.sdnPrograms) return true
    return listing.programs.some((p) => rule.sdnPrograms!.includes(p.toUpperCase()))
  })
}

/** Runs every rule over the graph: seeds are the nodes whose listing counts under the rule. */
export function analyseOwnership(
  graph: OwnershipGraph,
  listing: ListingLookup,
  options: { overrides?: RuleOverrides; rules?: readonly OwnershipRule[] } = {},
): OwnershipAnalysis {
  const listings: (NodeListing | undefined)[] = graph.keys.map((k) => listing(k))
  const outcomes = (options.rules ?? OWNERSHIP_RULES).map((rule) => {
    const seeds: number[] = []
    listings.forEach((l, i) => {
      if (l && countsAsOwner(rule, l)) seeds.push(i)
    })
    return {
      rule,
      status: ruleStatus(rule, graph.asOf, options.overrides),
      propagation: propagate(graph, seeds, rule.threshold),
      seedCount: seeds.length,
    }
  })
  return { graph, asOf: graph.asOf, outcomes }
}
