import { describe, expect, it } from 'vitest'
import { generateOwnership } from '../../test/support/generate-ownership.js'
import { OwnershipIndex } from './ownership-index.js'

/** The rule restated the slow way: repeat "50 %+ owned by caught owners" until nothing changes. */
function naiveBlocked(
  edges: { owner: string; owned: string; percent?: number }[],
  seeds: Set<string>,
): Set<string> {
  const pair = new Map<string, { owner: string; owned: string; percent: number }>()
  for (const e of edges) {
    if (e.percent === undefined || e.percent < 0 || e.percent > 100 || e.owner === e.owned) continue
    const k = `${e.owner}\u0000${e.owned}`
    const old = pair.get(k)
    if (!old || e.percent > old.percent) pair.set(k, { owner: e.owner, owned: e.owned, percent: e.percent })
  }
  const caught = new Set(seeds)
  for (let changed = true; changed; ) {
    changed = false
    const share = new Map<string, number>()
    for (const e of pair.values())
      if (caught.has(e.owner)) share.set(e.owned, (share.get(e.owned) ?? 0) + e.percent)
    for (const [node, s] of share)
      if (s >= 50 - 1e-9 && !caught.has(node)) {
        caught.add(node)
        changed = true
      }
  }
  return caught
}

describe('ownership aggregation on a generated 10,000-edge graph', () => {
  const g = generateOwnership(10_000, 11, 0.03)
  const index = new OwnershipIndex({
    edges: g.edges,
    listing: (k) => (g.sdn.has(k) ? { lists: ['SDN'], programs: [], entityIds: [], via: 'id' } : undefined),
  })

  it('agrees with the naive fixpoint, reports cycles and ends quickly', () => {
    const t0 = performance.now()
    const analysis = index.analyse('2026-11-29')
    const elapsed = performance.now() - t0
    const ofac = analysis.outcomes[0]!.propagation
    const fast = new Set(analysis.graph.keys.filter((_, i) => ofac.status[i]))
    expect(fast).toEqual(naiveBlocked(g.edges, g.sdn))
    expect(ofac.derivedCount).toBeGreaterThan(10)
    expect(analysis.graph.issueCounts.cycle).toBeGreaterThan(0)
    expect(elapsed).toBeLessThan(2000)
  })

  it('explains every caught node with paths that start at an SDN', () => {
    const analysis = index.analyse('2026-11-29')
    const ofac = analysis.outcomes[0]!.propagation
    const caught = analysis.graph.keys.filter((_, i) => ofac.status[i] === 2).slice(0, 50)
    for (const key of caught) {
      const finding = index.ownedBy(key, '2026-11-29').findings.find((f) => f.rule.id === 'ofac-50')!
      expect(finding.total).toBeGreaterThanOrEqual(50 - 1e-9)
      for (const path of finding.explanation.paths) expect(g.sdn.has(path.nodes[0]!)).toBe(true)
    }
  })
})
