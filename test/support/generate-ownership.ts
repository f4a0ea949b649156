import type { OwnershipEdge } from '../../src/ownership/types.js'

import { mulberry32 } from './prng.js'

/** Deterministic, so a generated graph is the same on every run. */
export const rng = mulberry32

export interface GeneratedGraph {
  edges: OwnershipEdge[]
  sdn: Set<string>
  el: Set<string>
  nodes: number
}

/**
 * A corporate-registry-like graph of about `edgeCount` holdings: each company has 1-4 owners among
 * earlier nodes whose shares add up to 40-100 %, a few companies have owners that add to over 100 %, and a
 * few companies hold a little of one of their owners (cycles). `listedShare` of the owners are SDN, half as many EL.
 */
export function generateOwnership(edgeCount: number, seed = 7, listedShare = 0.01): GeneratedGraph {
  const rand = rng(seed)
  const edges: OwnershipEdge[] = []
  const roots = Math.max(10, Math.floor(edgeCount / 100))
  let v = roots
  while (edges.length < edgeCount) {
    const owners = 1 + Math.floor(rand() * 4)
    const total = rand() < 0.001 ? 110 + rand() * 40 : 40 + rand() * 60
    let left = total
    for (let k = 0; k < owners && edges.length < edgeCount; k++) {
      const share = Math.min(100, k === owners - 1 ? left : Math.round(left * rand() * 100) / 100)
      left = Math.max(0, left - share)
      const u = Math.floor(rand() * v)
      edges.push({
        owner: `E${u}`,
        owned: `E${v}`,
        percent: Math.round(share * 100) / 100,
        startDate: '2020-01-01',
      })
      // Rarely the company holds a little of its own owner back: a cycle.
      if (rand() < 0.0005) edges.push({ owner: `E${v}`, owned: `E${u}`, percent: 5, startDate: '2020-01-01' })
    }
    v++
  }
  const sdn = new Set<string>()
  const el = new Set<string>()
  for (let i = 0; i < v; i++) {
    const r = rand()
    if (r < listedShare) sdn.add(`E${i}`)
    else if (r < listedShare * 1.5) el.add(`E${i}`)
  }
  return { edges, sdn, el, nodes: v }
}
