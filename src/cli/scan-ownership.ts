import type { OwnershipIndex } from '../ownership/ownership-index.js'
import { DERIVED } from '../ownership/propagate.js'

/** Every entity each rule catches by ownership on a date, with the graph's data issues: text and JSON. */
export function scanOwnership(index: OwnershipIndex, asOf: string, limit: number) {
  const { graph, outcomes } = index.analyse(asOf)
  const rules = outcomes.map(({ rule, status, propagation, seedCount }) => {
    const caught: { key: string; name: string; total: number }[] = []
    for (let i = 0; i < graph.keys.length; i++) {
      if (propagation.status[i] !== DERIVED) continue
      if (caught.length < limit)
        caught.push({
          key: graph.keys[i]!,
          name: index.name(graph.keys[i]!),
          total: Math.round(propagation.share[i]! * 1000) / 1000,
        })
    }
    return {
      rule: rule.id,
      name: rule.name,
      citation: rule.citation,
      status,
      listedOwners: seedCount,
      caughtCount: propagation.derivedCount,
      caught,
    }
  })
  const json = {
    asOf,
    nodes: graph.keys.length,
    edges: graph.edgeCount,
    notInForce: graph.notInForce,
    rules,
    issueCounts: graph.issueCounts,
    issues: graph.issues.slice(0, limit),
  }
  const lines = [
    `Ownership graph as of ${asOf}: ${graph.keys.length} parties, ${graph.edgeCount} holdings in force (${graph.notInForce} dated outside)`,
  ]
  for (const r of rules) {
    lines.push(
      '',
      `${r.name} [${r.citation}] - ${r.status.text}`,
      `  ${r.listedOwners} listed owners; ${r.caughtCount} entities caught by ownership${r.status.state === 'in-force' ? '' : ' (rule not applied on this date)'}`,
    )
    for (const c of r.caught)
      lines.push(`  ${String(c.total).padStart(7)} %  ${c.name}${c.name === c.key ? '' : `  [${c.key}]`}`)
    if (r.caughtCount > r.caught.length) lines.push(`  ... ${r.caughtCount - r.caught.length} more (--limit)`)
  }
  const counts = Object.entries(graph.issueCounts)
  if (counts.length) {
    lines.push('', `Data issues: ${counts.map(([k, n]) => `${n} ${k}`).join(', ')}`)
    for (const i of graph.issues.slice(0, limit)) lines.push(`  ${i.code}: ${i.message}`)
  }
  const attention = rules.some((r) => r.status.state === 'in-force' && r.caughtCount > 0)
  return { text: `${lines.join('\n')}\n`, json, attention }
}
