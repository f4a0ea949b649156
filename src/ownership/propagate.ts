import type { OwnershipGraph } from './graph.js'

export const LISTED = 1
export const DERIVED = 2

export interface Propagation {
  /** 0 not caught, LISTED a seed, DERIVED caught by aggregation. */
  readonly status: Uint8Array
  /** Aggregate share held by caught owners (listed or derived), percent. */
  readonly share: Float64Array
  /** 1 when a caught owner holds an unknown share of the node. */
  readonly unknown: Uint8Array
  readonly derivedCount: number
}

const EPS = 1e-9

/**
 * OFAC's method (FAQ 401): an entity owned 50 % or more in aggregate by caught persons is caught, and its own
 * holdings then count in full toward the entities it owns; holdings of entities below 50 % are disregarded.
 * That is the least fixpoint, computed by a work queue: each node enters at most once and each edge is read
 * once per caught owner, so cycles terminate and the cost is O(nodes + edges).
 */
export function propagate(graph: OwnershipGraph, seeds: Iterable<number>, threshold = 50): Propagation {
  const n = graph.keys.length
  const status = new Uint8Array(n)
  const share = new Float64Array(n)
  const unknown = new Uint8Array(n)
  const queue = new Int32Array(n)
  let head = 0
  let tail = 0
  for (const s of seeds) {
    if (status[s]) continue
    status[s] = LISTED
    queue[tail++] = s
  }
  let derivedCount = 0
  const { outStart, outTo, outPct } = graph
  while (head < tail) {
    const u = queue[head++]!
    for (let p = outStart[u]!; p < outStart[u + 1]!; p++) {
      const v = outTo[p]!
      const pct = outPct[p]!
      if (Number.isNaN(pct)) {
        unknown[v] = 1
        continue
      }
      share[v]! += pct
      if (status[v] === 0 && share[v]! >= threshold - EPS) {
        status[v] = DERIVED
        derivedCount++
        queue[tail++] = v
      }
    }
  }
  return { status, share, unknown, derivedCount }
}
