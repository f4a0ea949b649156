import { findCycles } from './cycles.js'
import { collectEdges, type GraphOptions, IssueLog, type OwnershipGraph } from './graph.js'
import type { OwnershipEdge } from './types.js'

const EPS = 1e-9

/**
 * Builds the graph of holdings in force on `asOf`: one edge per owner/owned pair (the latest-dated record
 * wins; records of the same date that disagree are reported and the larger share kept, the cautious
 * reading), then reports holdings summing over 100 % and ownership cycles. O(nodes + edges), no sorting.
 */
export function buildOwnershipGraph(edges: Iterable<OwnershipEdge>, options: GraphOptions): OwnershipGraph {
  const log = new IssueLog(options.maxIssues ?? 1000)
  const name = options.name ?? ((k: string) => k)
  const c = collectEdges(edges, options.asOf, log)
  const n = c.keys.length
  const m = c.from.length
  // Counting sort by owner.
  const outStart = new Int32Array(n + 1)
  for (let i = 0; i < m; i++) outStart[c.from[i]! + 1]!++
  for (let v = 0; v < n; v++) outStart[v + 1]! += outStart[v]!
  const fill = outStart.slice(0, n)
  const rawTo = new Int32Array(m)
  const rawPct = new Float64Array(m)
  const rawEdge = new Int32Array(m)
  for (let i = 0; i < m; i++) {
    const p = fill[c.from[i]!]!++
    rawTo[p] = c.to[i]!
    rawPct[p] = c.pct[i]!
    rawEdge[p] = i
  }
  // One edge per pair: seenAt[v] holds v's compacted position while its owner's run is being written.
  const outTo = new Int32Array(m)
  const outPct = new Float64Array(m)
  const keptEdge = new Int32Array(m)
  const seenAt = new Int32Array(n).fill(-1)
  const compactStart = new Int32Array(n + 1)
  let w = 0
  for (let u = 0; u < n; u++) {
    compactStart[u] = w
    for (let p = outStart[u]!; p < outStart[u + 1]!; p++) {
      const v = rawTo[p]!
      const at = seenAt[v]!
      if (at >= compactStart[u]!) {
        resolveDuplicate(at, p)
        continue
      }
      seenAt[v] = w
      outTo[w] = v
      outPct[w] = rawPct[p]!
      keptEdge[w] = rawEdge[p]!
      w++
    }
  }
  compactStart[n] = w

  function resolveDuplicate(at: number, p: number): void {
    const a = c.kept[keptEdge[at]!]!
    const b = c.kept[rawEdge[p]!]!
    const sa = a.startDate ?? ''
    const sb = b.startDate ?? ''
    const pa = outPct[at]!
    const pb = rawPct[p]!
    if (sb > sa || (sb === sa && (Number.isNaN(pa) || pb > pa))) {
      outPct[at] = pb
      keptEdge[at] = rawEdge[p]!
    }
    if (sa === sb && !(pa === pb || (Number.isNaN(pa) && Number.isNaN(pb)))) {
      const shares = [pa, pb].map((x) => (Number.isNaN(x) ? 'unknown' : `${x} %`)).join(' and ')
      log.add({
        code: 'conflicting-records',
        where: `${a.owner} -> ${a.owned}`,
        message: `${name(a.owner)} in ${name(a.owned)}: records in force on ${options.asOf} dated ${sa || 'undated'} give ${shares} (${a.source ?? '?'}, ${b.source ?? '?'}); the larger share is used`,
        nodes: [a.owner, a.owned],
      })
    }
  }

  const finalTo = outTo.slice(0, w)
  const finalPct = outPct.slice(0, w)
  const { inStart, inFrom, inPct } = reverse(n, compactStart, finalTo, finalPct)
  for (let v = 0; v < n; v++) {
    let sum = 0
    for (let p = inStart[v]!; p < inStart[v + 1]!; p++) if (!Number.isNaN(inPct[p]!)) sum += inPct[p]!
    if (sum > 100 + EPS) {
      const owners = []
      for (let p = inStart[v]!; p < inStart[v + 1]! && owners.length < 10; p++)
        owners.push(`${name(c.keys[inFrom[p]!]!)} ${Number.isNaN(inPct[p]!) ? '?' : inPct[p]} %`)
      log.add({
        code: 'over-100',
        where: c.keys[v]!,
        message: `holdings in ${name(c.keys[v]!)} add up to ${round(sum)} % (${owners.join(', ')})`,
        nodes: [c.keys[v]!],
      })
    }
  }
  for (const cycle of findCycles(n, compactStart, finalTo)) {
    const keys = cycle.slice(0, 20).map((i) => c.keys[i]!)
    const more = cycle.length > 20 ? ` and ${cycle.length - 20} more` : ''
    log.add({
      code: 'cycle',
      where: keys[0]!,
      message: `ownership cycle of ${cycle.length} entities: ${keys.map(name).join(' -> ')}${more}; each is visited once`,
      nodes: keys,
    })
  }
  return {
    asOf: options.asOf,
    keys: c.keys,
    index: c.index,
    outStart: compactStart,
    outTo: finalTo,
    outPct: finalPct,
    inStart,
    inFrom,
    inPct,
    edgeCount: w,
    notInForce: c.notInForce,
    issues: log.issues,
    issueCounts: log.counts,
  }
}

function reverse(n: number, start: Int32Array, to: Int32Array, pct: Float64Array) {
  const inStart = new Int32Array(n + 1)
  for (let p = 0; p < to.length; p++) inStart[to[p]! + 1]!++
  for (let v = 0; v < n; v++) inStart[v + 1]! += inStart[v]!
  const fill = inStart.slice(0, n)
  const inFrom = new Int32Array(to.length)
  const inPct = new Float64Array(to.length)
  for (let u = 0; u < n; u++) {
    for (let p = start[u]!; p < start[u + 1]!; p++) {
      const q = fill[to[p]!]!++
      inFrom[q] = u
      inPct[q] = pct[p]!
    }
  }
  return { inStart, inFrom, inPct }
}

export const round = (x: number): number => Math.round(x * 1000) / 1000
