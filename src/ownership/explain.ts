import { round } from './build-graph.js'
import type { OwnershipGraph } from './graph.js'
import { LISTED, type Propagation } from './propagate.js'

/** One holding by a caught owner; a derived owner carries how it is caught in turn. */
export interface Holding {
  owner: string
  /** Display name of the owner (the key when there is none). */
  name: string
  /** Percent; null when the source gives no share (not counted). */
  percent: number | null
  caught: 'listed' | 'derived'
  /** For a derived owner: the share caught owners hold in it, and those holdings. */
  ownerTotal?: number
  via?: Holding[]
  /** More holdings than shown at this level. */
  more?: number
}

/** A chain from a listed owner down to the entity, with each step's share and their product. */
export interface OwnershipPath {
  nodes: string[]
  names: string[]
  percents: (number | null)[]
  /** The product of the shares (the look-through economic interest); null with an unknown share. */
  lookThrough: number | null
}

export interface OwnershipExplanation {
  entity: string
  /** Aggregate share held by caught owners. */
  total: number
  threshold: number
  caught: boolean
  holdings: Holding[]
  paths: OwnershipPath[]
  pathsTruncated: boolean
}

export interface ExplainOptions {
  threshold?: number
  maxDepth?: number
  maxPaths?: number
  maxHoldings?: number
  name?: (key: string) => string
}

/** The arithmetic behind one node's status: who holds what, down to the listed owners. Cycle-safe. */
export function explainNode(
  graph: OwnershipGraph,
  prop: Propagation,
  node: number,
  options: ExplainOptions = {},
): OwnershipExplanation {
  const threshold = options.threshold ?? 50
  const maxDepth = options.maxDepth ?? 8
  const maxPaths = options.maxPaths ?? 50
  const maxHoldings = options.maxHoldings ?? 25
  const { inStart, inFrom, inPct, keys } = graph
  const name = options.name ?? ((k: string) => k)
  const onPath = new Set<number>([node])

  const holdingsOf = (v: number, depth: number): Holding[] => {
    const all: Holding[] = []
    for (let p = inStart[v]!; p < inStart[v + 1]!; p++) {
      const u = inFrom[p]!
      if (!prop.status[u]) continue
      const pct = inPct[p]!
      const h: Holding = {
        owner: keys[u]!,
        name: name(keys[u]!),
        percent: Number.isNaN(pct) ? null : pct,
        caught: prop.status[u] === LISTED ? 'listed' : 'derived',
      }
      if (h.caught === 'derived') {
        h.ownerTotal = round(prop.share[u]!)
        if (depth < maxDepth && !onPath.has(u)) {
          onPath.add(u)
          h.via = holdingsOf(u, depth + 1)
          onPath.delete(u)
        }
      }
      all.push(h)
    }
    all.sort((a, b) => (b.percent ?? -1) - (a.percent ?? -1))
    if (all.length <= maxHoldings) return all
    const shown = all.slice(0, maxHoldings)
    shown.push({ owner: '…', name: '…', percent: null, caught: 'listed', more: all.length - maxHoldings })
    return shown
  }

  const paths: OwnershipPath[] = []
  let truncated = false
  const stack: { v: number; pct: number | null }[] = []
  const walk = (v: number, depth: number): void => {
    if (paths.length >= maxPaths) {
      truncated = true
      return
    }
    for (let p = inStart[v]!; p < inStart[v + 1]!; p++) {
      const u = inFrom[p]!
      if (!prop.status[u] || onPath.has(u)) continue
      const pct = inPct[p]!
      stack.push({ v: u, pct: Number.isNaN(pct) ? null : pct })
      if (prop.status[u] === LISTED) paths.push(toPath(stack, keys[node]!, keys, name))
      else if (depth < maxDepth) {
        onPath.add(u)
        walk(u, depth + 1)
        onPath.delete(u)
      } else truncated = true
      stack.pop()
      if (paths.length >= maxPaths) {
        truncated = true
        return
      }
    }
  }
  walk(node, 0)

  return {
    entity: keys[node]!,
    total: round(prop.share[node]!),
    threshold,
    caught: prop.status[node] !== 0,
    holdings: holdingsOf(node, 0),
    paths,
    pathsTruncated: truncated,
  }
}

function toPath(
  stack: { v: number; pct: number | null }[],
  entity: string,
  keys: readonly string[],
  name: (k: string) => string,
): OwnershipPath {
  // The stack runs from the entity upward; a path reads from the listed owner down.
  const steps = [...stack].reverse()
  const percents = steps.map((s) => s.pct)
  const lookThrough = percents.every((x) => x !== null)
    ? round(percents.reduce<number>((acc, x) => (acc * (x as number)) / 100, 100))
    : null
  const nodes = [...steps.map((s) => keys[s.v]!), entity]
  return { nodes, names: nodes.map(name), percents, lookThrough }
}
