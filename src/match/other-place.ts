import type { Alignment } from './align.js'
import { LISTED_PLACES } from './listed-place.js'
import type { PreparedQuery } from './query-tokens.js'
import { nameScore } from './score-name.js'
import type { Adjustment } from './types.js'
import type { Vocabulary } from './vocabulary.js'

/**
 * A place of the query left unmatched while the listed name carries another, also unmatched: "Chongqing
 * University of Posts and Telecommunications" and "Beijing University of Posts and Telecommunications", "Dubai
 * Aluminium Company" and "Iran Aluminium Company". A query's place weighs little because lists leave places out
 * (query-tokens.ts); here the list did not leave it out but wrote another, so the query's place weighs as its own
 * word again, and the names disagree on it as two countries would (evidence.ts: 0.05, up to 0.30 when the names
 * share a single distinctive word). Both lost points are the adjustment.
 */
export function otherPlace(
  q: PreparedQuery,
  a: Alignment,
  listed: Int32Array,
  vocabulary: Vocabulary,
  score: number,
  weakness: number,
): Adjustment | undefined {
  if (a.pairs.length === 0) return undefined
  const own = a.unmatchedQuery.map((i) => q.tokens[i]!).filter((t) => LISTED_PLACES.has(t.text))
  if (own.length === 0) return undefined
  const other = a.unmatchedListed.map((j) => vocabulary.text[listed[j]!]!).find((t) => LISTED_PLACES.has(t))
  if (other === undefined) return undefined
  let heavier = 0
  for (const t of own) {
    const id = vocabulary.ids.get(t.text)
    heavier += Math.max(0, (id === undefined ? vocabulary.unknownWeight : vocabulary.weights[id]!) - t.weight)
  }
  const queryCoverage = (a.queryCoverage * a.queryWeight) / (a.queryWeight + heavier)
  const reweighed = nameScore({ ...a, queryCoverage }) - score
  const effect = Math.round((reweighed - (DISAGREEMENT + WEAK_DISAGREEMENT * weakness)) * 10_000) / 10_000
  return {
    code: 'other-place',
    effect,
    text: `place "${own[0]!.text}" vs listed "${other}" −${Math.abs(Math.round(effect * 100) / 100).toFixed(2)}`,
  }
}

/** As a country not among the listed party's (evidence.ts). */
const DISAGREEMENT = 0.05
const WEAK_DISAGREEMENT = 0.25
