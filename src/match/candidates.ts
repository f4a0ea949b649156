import type { CandidateIndex } from './candidate-index.js'
import { hashSkipping } from './int-multimap.js'
import type { PreparedQuery } from './query-tokens.js'
import { LEFTOVER_SIMILARITY } from './token-similarity.js'
import type { Vocabulary } from './vocabulary.js'

export interface CandidateOptions {
  /** Names whose estimated score is below this are not scored. */
  minEstimate: number
  /** At most this many names are scored. */
  max: number
}

export const CANDIDATE_DEFAULTS: CandidateOptions = { minEstimate: 0.35, max: 300 }

/**
 * Names worth scoring: every name that shares a similar token with the query gets an estimate
 * 2·shared / (query weight + name weight) from the postings alone; the best are returned, best first.
 * `scratch` is a per-matcher accumulator (one slot per name), left zeroed after use.
 */
export function findCandidates(
  query: PreparedQuery,
  index: CandidateIndex,
  vocabulary: Vocabulary,
  nameWeights: Float64Array,
  scratch: Float64Array,
  options: CandidateOptions = CANDIDATE_DEFAULTS,
): number[] {
  const touched: number[] = []
  const add = (name: number, amount: number) => {
    if (scratch[name] === 0) touched.push(name)
    scratch[name]! += amount
  }
  let queryWeight = 0
  for (const q of query.tokens) {
    queryWeight += q.weight
    for (const t of q.similar) {
      const amount = vocabulary.weights[t]! * q.sims.get(t)!
      for (let p = index.start[t]!; p < index.start[t + 1]!; p++) add(index.postings[p]!, amount)
    }
    for (const t of q.leftovers) {
      const amount = vocabulary.weights[t]! * LEFTOVER_SIMILARITY
      for (let p = index.start[t]!; p < index.start[t + 1]!; p++) add(index.postings[p]!, amount)
    }
    for (const [a, b] of q.splits) {
      for (const t of [a, b]) {
        const amount = vocabulary.weights[t]!
        for (let p = index.start[t]!; p < index.start[t + 1]!; p++) add(index.postings[p]!, amount)
      }
    }
    index.joined.forEach(hashSkipping(q.text), (name) => add(name, q.weight))
  }
  for (const t of query.joined) {
    const amount = vocabulary.weights[t]!
    for (let p = index.start[t]!; p < index.start[t + 1]!; p++) add(index.postings[p]!, amount)
  }
  const scored: Array<[number, number]> = []
  for (const name of touched) {
    const estimate = (2 * Math.min(scratch[name]!, queryWeight)) / (queryWeight + nameWeights[name]!)
    scratch[name] = 0
    if (estimate >= options.minEstimate) scored.push([name, estimate])
  }
  scored.sort((a, b) => b[1] - a[1])
  return scored.slice(0, options.max).map(([name]) => name)
}
