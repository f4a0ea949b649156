import type { GraphIssue, GraphIssueCode, OwnershipEdge } from './types.js'

/**
 * The ownership records in force on one date, as compressed adjacency arrays in both directions
 * (owner -> owned and owned -> owner). Typed arrays keep a million edges in tens of megabytes.
 */
export interface OwnershipGraph {
  readonly asOf: string
  /** Node index -> key (entity id or name as the source gives it). */
  readonly keys: readonly string[]
  readonly index: ReadonlyMap<string, number>
  readonly outStart: Int32Array
  readonly outTo: Int32Array
  /** Percent of the edge; NaN when the source gives no share. */
  readonly outPct: Float64Array
  readonly inStart: Int32Array
  readonly inFrom: Int32Array
  readonly inPct: Float64Array
  readonly edgeCount: number
  /** Records dated outside asOf (not counted). */
  readonly notInForce: number
  /** The first issues of each kind (up to maxIssues in all); counts has them all. */
  readonly issues: GraphIssue[]
  readonly issueCounts: Partial<Record<GraphIssueCode, number>>
}

export interface GraphOptions {
  asOf: string
  /** Keep at most this many issue examples (default 1000); counts stay exact. */
  maxIssues?: number
  /** Display names for messages (keys are often opaque ids). */
  name?: (key: string) => string
}

/** Collects issues with a cap on the examples kept. */
export class IssueLog {
  readonly issues: GraphIssue[] = []
  readonly counts: Partial<Record<GraphIssueCode, number>> = {}
  constructor(private readonly max: number) {}
  add(issue: GraphIssue): void {
    this.counts[issue.code] = (this.counts[issue.code] ?? 0) + 1
    if (this.issues.length < this.max) this.issues.push(issue)
  }
}

export const inForce = (e: { startDate?: string; endDate?: string }, asOf: string): boolean =>
  (e.startDate === undefined || e.startDate <= asOf) && (e.endDate === undefined || asOf <= e.endDate)

/** Interns keys and keeps the records in force; bad shares and self-holdings are reported and left out. */
export function collectEdges(edges: Iterable<OwnershipEdge>, asOf: string, log: IssueLog) {
  const index = new Map<string, number>()
  const keys: string[] = []
  const intern = (k: string): number => {
    let i = index.get(k)
    if (i === undefined) {
      i = keys.length
      keys.push(k)
      index.set(k, i)
    }
    return i
  }
  const from: number[] = []
  const to: number[] = []
  const pct: number[] = []
  const kept: OwnershipEdge[] = []
  let notInForce = 0
  for (const e of edges) {
    const o = intern(e.owner)
    const d = intern(e.owned)
    const where = (): string => e.source ?? `${e.owner} -> ${e.owned}`
    if (e.percent !== undefined && !(Number.isFinite(e.percent) && e.percent >= 0 && e.percent <= 100)) {
      log.add({
        code: 'invalid-share',
        where: where(),
        message: `share ${e.percent} is not between 0 and 100 %`,
      })
      continue
    }
    if (o === d) {
      log.add({ code: 'self-ownership', where: where(), message: `${e.owner} is recorded as holding itself` })
      continue
    }
    if (!inForce(e, asOf)) {
      notInForce++
      continue
    }
    from.push(o)
    to.push(d)
    pct.push(e.percent ?? Number.NaN)
    kept.push(e)
  }
  return { index, keys, from, to, pct, kept, notInForce }
}
