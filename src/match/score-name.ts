import type { AlignedPair, Alignment } from './align.js'
import { credit } from './align.js'

/**
 * The name score: a weighted harmonic mean (F-beta) of how much of the query found a partner and how much of
 * the listed name did, both weighted by token rarity. A query word the listed name does not have costs more
 * than a listed word the query leaves out: invoices add words less often than they drop them.
 */
export function nameScore(a: Alignment): number {
  const q = a.queryCoverage
  const l = a.listedCoverage
  const b2 = BETA * BETA
  return q + l > 0 ? ((1 + b2) * q * l) / (b2 * q + l) : 0
}

/** Below 1, the query's coverage counts more than the listed name's (an F-beta with query as precision). */
const BETA = 0.7

/**
 * How little the matched words prove on their own (0 strong .. 1 weak): a match on one distinctive word
 * ("Carvana", "Dover") is weak, two are half-way, three or more are strong. Generic words, and words paired
 * only as leftovers two typos apart, do not count. A word is distinctive when it is rare as both names write
 * it: "Grup" is rare on the lists, but the query's "Group" says what it is. `queryWeights` are the query
 * tokens' weights.
 */
export function weakness(a: Alignment, queryWeights: readonly number[], minCredit = 0.5): number {
  let distinctive = 0
  for (const p of a.pairs) {
    const weight = Math.min(p.weight, ...p.query.map((i) => queryWeights[i]!))
    if (weight >= GENERIC_WEIGHT && credit(p.similarity) > minCredit && !p.leftover) distinctive++
  }
  return distinctive <= 1 ? 1 : distinctive === 2 ? 0.5 : 0
}

/** Tokens lighter than this (in roughly one name in a hundred or more) are generic. */
export const GENERIC_WEIGHT = 10

/**
 * Whether every word the names share is common, as both write it (in more than about 35 listed names: "korea",
 * "development", "bank", "industrial", a place in the query): such a name is borne by many real parties.
 */
export function commonWordsOnly(
  a: Alignment,
  queryWeights: readonly number[],
  /** Pairs that count as common whatever their weight (common-words.ts: kinds of business). */
  commonAnyway?: (p: AlignedPair) => boolean,
): boolean {
  if (a.pairs.length === 0) return false
  for (const p of a.pairs) {
    if (p.leftover || p.initial) return false
    const weight = Math.min(p.weight, ...p.query.map((i) => queryWeights[i]!))
    if (weight >= COMMON_WEIGHT && !commonAnyway?.(p)) return false
  }
  return true
}

/** Words lighter than this (in more than about 35 listed names) are common. */
export const COMMON_WEIGHT = 20
