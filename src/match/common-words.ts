import type { Alignment } from './align.js'
import { LISTED_PLACES } from './listed-place.js'
import { commonWordsOnly, GENERIC_WEIGHT } from './score-name.js'
import type { Adjustment } from './types.js'
import type { Vocabulary } from './vocabulary.js'

/**
 * A query made only of common words ("Korea Development Bank", "The Bank of East Asia") against a listed name
 * with a distinctive word of its own that the query lacks ("KOREA UNITED DEVELOPMENT BANK", "NORTH EAST ASIA
 * BANK"). Many real companies are named with common words alone, and the one word that names the listed party
 * is missing, so the match costs COMMON_WORDS_COST: about what a country that disagrees costs a name sharing two
 * distinctive words. A listed name with its one distinctive word dropped looks the same, so other evidence that
 * the query means this party waives the cost: its country is the party's, or a legal form agrees that is more
 * than "Company" or "Co." (`evidence`, asked only when the rest applies).
 */
export function commonWords(
  a: Alignment,
  queryWeights: readonly number[],
  listed: Int32Array,
  vocabulary: Vocabulary,
  evidence: () => boolean,
): Adjustment | undefined {
  if (!commonWordsOnly(a, queryWeights)) return undefined
  const ownId = a.unmatchedListed
    .map((j) => listed[j]!)
    .find((id) => {
      const t = vocabulary.text[id]!
      // A place left out is a qualifier (listed-place.ts), not the party's name.
      return vocabulary.weights[id]! >= GENERIC_WEIGHT && t.length > 1 && !LISTED_PLACES.has(t)
    })
  if (ownId === undefined || evidence()) return undefined
  const own = vocabulary.text[ownId]!
  return {
    code: 'common-words',
    effect: -COMMON_WORDS_COST,
    text: `common words only, listed "${own}" missing −${COMMON_WORDS_COST.toFixed(2)}`,
  }
}
export const COMMON_WORDS_COST = 0.15
