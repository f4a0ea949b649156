import type { Alignment } from './align.js'
import { CLOSE_CREDIT } from './missing-word.js'
import type { PreparedQuery } from './query-tokens.js'
import { GENERIC_WEIGHT, weakness } from './score-name.js'
import type { Adjustment } from './types.js'

/**
 * The query's one distinctive word matches the listed name's only with a typo, and the query has a word of its own
 * the listed name lacks: "Nedbank Group" and "NDBANK", "Kingspan Group" and "KINGPAI TECHNOLOGY GROUP". A listed
 * name mistyped on an invoice keeps its other words and gains none, so a near spelling plus a word of the query's
 * own is as likely another party; like the missing-word cost (missing-word.ts), it costs a little more than the
 * name score charges.
 */
export function extraWord(
  q: PreparedQuery,
  a: Alignment,
  queryWeights: readonly number[],
): Adjustment | undefined {
  if (a.unmatchedQuery.length === 0 || weakness(a, queryWeights, CLOSE_CREDIT) < 1) return undefined
  let fuzzy: string | undefined
  for (const p of a.pairs) {
    if (p.initial || Math.min(p.weight, ...p.query.map((i) => queryWeights[i]!)) < GENERIC_WEIGHT) continue
    if (p.similarity >= 1) return undefined
    fuzzy = p.query.map((i) => q.tokens[i]!.text).join(' ')
  }
  if (fuzzy === undefined) return undefined
  const words = a.unmatchedQuery.map((i) => `"${q.tokens[i]!.text}"`).join(', ')
  return {
    code: 'extra-word',
    effect: -EXTRA_WORD_COST,
    text: `"${fuzzy}" matched with a typo, query ${words} not listed −${EXTRA_WORD_COST.toFixed(2)}`,
  }
}

export const EXTRA_WORD_COST = 0.03
