import type { AlignedPair, Alignment } from './align.js'
import { isKind } from './other-kind.js'
import type { PreparedQuery } from './query-tokens.js'
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
 * than "Company" or "Co." (`evidence`, asked only when the rest applies). A kind of business (other-kind.ts:
 * "steel", "cement", "software") is a common word here whatever its weight on the lists: many parties do what the
 * listed one does ("Nanjing Iron & Steel" / "ARFA IRON AND STEEL COMPANY"). A query of kinds alone ("Software
 * AG") names no party: against a listed name with any word of its own, not only a distinctive one, it costs as much,
 * waived by the same evidence.
 */
export function commonWords(
  a: Alignment,
  q: PreparedQuery,
  queryWeights: readonly number[],
  listed: Int32Array,
  vocabulary: Vocabulary,
  evidence: () => boolean,
): Adjustment | undefined {
  if (a.pairs.length === 0) return undefined
  if (q.tokens.every((t) => isKind(t.text))) {
    const other = a.unmatchedListed.map((j) => vocabulary.text[listed[j]!]!).find((t) => t.length > 1)
    return other === undefined || evidence() ? undefined : cost(`kind words only, listed "${other}" missing`)
  }
  const kind = (p: AlignedPair) => p.listed.every((j) => isKind(vocabulary.text[listed[j]!]!))
  if (!commonWordsOnly(a, queryWeights, kind)) return undefined
  const ownId = a.unmatchedListed
    .map((j) => listed[j]!)
    .find((id) => {
      const t = vocabulary.text[id]!
      // A place counts: where the names share only common words it qualifies no named party (listed-place.ts) and is
      // the listed party's own word ("Industrial Bank" / "MOSCOW INDUSTRIAL BANK").
      return vocabulary.weights[id]! >= GENERIC_WEIGHT && t.length > 1
    })
  if (ownId === undefined || evidence()) return undefined
  return cost(`common words only, listed "${vocabulary.text[ownId]}" missing`)
}

const cost = (text: string): Adjustment => ({
  code: 'common-words',
  effect: -COMMON_WORDS_COST,
  text: `${text} −${COMMON_WORDS_COST.toFixed(2)}`,
})
export const COMMON_WORDS_COST = 0.15
