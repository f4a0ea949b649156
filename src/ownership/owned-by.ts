import type { RuleOutcome } from './analyse.js'
import { round } from './build-graph.js'
import { explainNode, type Holding, type OwnershipExplanation } from './explain.js'
import type { OwnershipGraph } from './graph.js'
import type { RuleStatus } from './rule-status.js'
import type { ControlLink, GraphIssue, ListingLookup, NodeListing } from './types.js'

export interface ListedOwner {
  key: string
  name: string
  listing: NodeListing
}

/** "Owned by ...": one rule's verdict on one party, with the arithmetic. */
export interface OwnedByFinding {
  rule: { id: string; name: string; citation: string; consequence: string }
  status: RuleStatus
  /** True when the rule is in force on the as-of date: the owners' restrictions apply to the party. */
  applies: boolean
  total: number
  owners: ListedOwner[]
  explanation: OwnershipExplanation
  text: string
}

export interface NodeContext {
  graph: OwnershipGraph
  outcomes: readonly RuleOutcome[]
  listing: ListingLookup
  name: (key: string) => string
}

/** Findings for one node: each rule that catches it by ownership, and cautions below the line. */
export function findingsFor(
  ctx: NodeContext,
  node: number,
): { findings: OwnedByFinding[]; cautions: string[] } {
  const findings: OwnedByFinding[] = []
  const cautions: string[] = []
  for (const { rule, status, propagation } of ctx.outcomes) {
    const explanation = explainNode(ctx.graph, propagation, node, {
      threshold: rule.threshold,
      name: ctx.name,
    })
    const derived = propagation.status[node] === 2
    if (derived) {
      const owners = distinctRoots(explanation, ctx)
      const applies = status.state === 'in-force'
      const arithmetic = sumText(explanation.holdings)
      const when = applies ? 'applies' : `does not apply on ${ctx.graph.asOf}: ${status.text}`
      findings.push({
        rule: { id: rule.id, name: rule.name, citation: rule.citation, consequence: rule.consequence },
        status,
        applies,
        total: explanation.total,
        owners,
        explanation,
        text: `owned ${explanation.total} % by ${owners.map((o) => `${o.name} (${o.listing.lists.join('/')})`).join(', ')}: ${arithmetic} >= ${rule.threshold} %; ${rule.name} ${when}${applies ? ` - ${rule.consequence}` : ''}`,
      })
    } else if (propagation.status[node] === 0 && explanation.total > 0) {
      cautions.push(
        `${rule.name}: listed or caught owners hold ${explanation.total} % (${sumText(explanation.holdings)}), below ${rule.threshold} % - not caught; OFAC advises caution with significant minority holdings (2014 guidance)`,
      )
    }
    if (propagation.unknown[node] && propagation.status[node] !== 1) {
      const who = explanation.holdings.filter((h) => h.percent === null).map((h) => h.name)
      cautions.push(
        `${rule.name}: ${who.join(', ')} hold(s) an unknown share - the 50 % test cannot be completed${rule.id === 'bis-affiliates' ? ' (Red Flag 29, Supp. No. 3 to 15 CFR part 732: obtain a licence or resolve the share)' : ''}`,
      )
    }
  }
  return { findings, cautions }
}

/** Control links (FtM Directorship) from listed controllers: red flags, never counted toward 50 %. */
export function controlCautions(
  key: string,
  controls: readonly ControlLink[],
  listing: ListingLookup,
  name: (k: string) => string,
): string[] {
  return controls.flatMap((c) => {
    const l = c.controlled === key ? listing(c.controller) : undefined
    return l
      ? [
          `${name(c.controller)} (${l.lists.join('/')}) is ${c.role ?? 'a director or officer'}: control, not ownership - not counted under either 50 % rule (OFAC FAQ 398), but a red flag`,
        ]
      : []
  })
}

/** Graph issues that concern a node: cycles through it, shares over 100 %, conflicting records. */
export function issuesFor(issues: readonly GraphIssue[], key: string): GraphIssue[] {
  return issues.filter((i) => i.where === key || i.nodes?.includes(key))
}

function distinctRoots(e: OwnershipExplanation, ctx: NodeContext): ListedOwner[] {
  const seen = new Map<string, ListedOwner>()
  for (const path of e.paths) {
    const key = path.nodes[0]!
    const listing = ctx.listing(key)
    if (listing && !seen.has(key)) seen.set(key, { key, name: ctx.name(key), listing })
  }
  return [...seen.values()]
}

function sumText(holdings: readonly Holding[]): string {
  const known = holdings.filter((h) => h.percent !== null)
  const parts = known.map(
    (h) =>
      `${h.percent} % ${h.name}${h.caught === 'derived' ? ` (itself ${h.ownerTotal} % owned by caught owners)` : ''}`,
  )
  const total = round(known.reduce((s, h) => s + (h.percent ?? 0), 0))
  return parts.length > 1 ? `${parts.join(' + ')} = ${total} %` : (parts[0] ?? '0 %')
}
