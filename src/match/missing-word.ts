import type { Alignment } from './align.js'
import { LISTED_PLACES } from './listed-place.js'
import { GENERIC_WEIGHT, weakness } from './score-name.js'
import type { Adjustment } from './types.js'
import type { Vocabulary } from './vocabulary.js'

/**
 * A match on one distinctive word while the listed name has another distinctive word the query lacks: "Kia
 * Corporation" and "KIA NIROU", "Coway" and "GRUPO KOVAY". The query names one word, the list a party of two;
 * the name score already charges the missing word, but one shared rare word and one missing rare word is as
 * likely another party as the listed one, so it costs a little more: enough to keep such a pair under the
 * default threshold unless other evidence (an agreeing country) lifts it.
 */
export function missingWord(
  a: Alignment,
  queryWeights: readonly number[],
  listed: Int32Array,
  vocabulary: Vocabulary,
): Adjustment | undefined {
  if (weakness(a, queryWeights, CLOSE_CREDIT) < 1) return undefined
  const missing = a.unmatchedListed
    .map((j) => listed[j]!)
    .filter((t) => vocabulary.weights[t]! >= GENERIC_WEIGHT && vocabulary.text[t]!.length > 1)
    // A place left out is a qualifier (listed-place.ts), not another party's name.
    .filter((t) => !LISTED_PLACES.has(vocabulary.text[t]!))
  if (missing.length === 0) return undefined
  const words = missing.map((t) => `"${vocabulary.text[t]}"`).join(', ')
  return {
    code: 'missing-word',
    effect: -MISSING_WORD_COST,
    text: `one distinctive word in common, listed ${words} missing −${MISSING_WORD_COST.toFixed(2)}`,
  }
}

export const MISSING_WORD_COST = 0.03
/**
 * Only a word matched exactly or with one typo in six letters or more counts as a word in common here: two words
 * two typos apart ("Electric" / "Electron") or one typo apart in five letters are as often two words.
 */
export const CLOSE_CREDIT = 0.75
