import type { Alignment } from './align.js'
import type { PreparedQuery } from './query-tokens.js'
import type { Adjustment, Explanation } from './types.js'
import type { Vocabulary } from './vocabulary.js'

const round = (x: number): number => Math.round(x * 10_000) / 10_000

/**
 * What an analyst needs to judge a match: the method, both names as compared, each token pair with its
 * similarity and weight, the words left unmatched on either side, and every adjustment with its effect.
 */
export function explain(
  q: PreparedQuery,
  listed: Int32Array,
  a: Alignment,
  vocabulary: Vocabulary,
  nameScore: number,
  adjustments: Adjustment[],
  exact: boolean,
): Explanation {
  const text = (j: number) => vocabulary.text[listed[j]!]!
  const identical =
    a.unmatchedQuery.length === 0 &&
    a.unmatchedListed.length === 0 &&
    a.pairs.every((p) => p.similarity === 1)
  const method = exact ? 'exact' : q.script !== 'Latn' ? 'transliterated' : identical ? 'normalised' : 'fuzzy'
  const explanation: Explanation = {
    method,
    normalisedQuery: q.tokens.map((t) => t.text).join(' '),
    normalisedName: Array.from(listed, (_, j) => text(j)).join(' '),
    tokens: a.pairs.map((p) => ({
      query: p.query.map((i) => q.tokens[i]!.text).join(' '),
      listed: p.listed.map(text).join(' '),
      similarity: round(p.similarity),
      weight: round(p.weight),
    })),
    nameScore: round(nameScore),
    adjustments,
  }
  if (a.unmatchedQuery.length) explanation.unmatchedQuery = a.unmatchedQuery.map((i) => q.tokens[i]!.text)
  if (a.unmatchedListed.length) explanation.unmatchedListed = a.unmatchedListed.map(text)
  return explanation
}
