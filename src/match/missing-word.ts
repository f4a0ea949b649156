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
 * default threshold unless other evidence (an agreeing country) lifts it. Against an organisation's name (not for
 * a person's query) two distinctive words in common while the listed name has two or more of its own cost the same:
 * "Golden Entertainment" and "GOLDEN SUN SKY ENTERTAINMENT". An invoice drops a word of a long name, seldom two
 * distinctive ones; a person's middle names are dropped often, so not for persons.
 */
export function missingWord(
  a: Alignment,
  queryWeights: readonly number[],
  listed: Int32Array,
  vocabulary: Vocabulary,
  organisation: boolean,
): Adjustment | undefined {
  const shared = weakness(a, queryWeights, CLOSE_CREDIT)
  if (shared === 0 || (shared < 1 && !organisation)) return undefined
  const missing = a.unmatchedListed
    .map((j) => listed[j]!)
    .filter((t) => vocabulary.weights[t]! >= GENERIC_WEIGHT && vocabulary.text[t]!.length > 1)
    // A place left out is a qualifier (listed-place.ts), not another party's name.
    .filter((t) => !LISTED_PLACES.has(vocabulary.text[t]!))
  // Two words in common: only where the listed name has two of its own, more than one dropped word.
  if (missing.length === 0 || (shared < 1 && missing.length < 2)) return undefined
  const words = missing.map((t) => `"${vocabulary.text[t]}"`).join(', ')
  return {
    code: 'missing-word',
    effect: -MISSING_WORD_COST,
    text: `${shared < 1 ? 'two distinctive words' : 'one distinctive word'} in common, listed ${words} missing −${MISSING_WORD_COST.toFixed(2)}`,
  }
}

export const MISSING_WORD_COST = 0.03
/**
 * Only a word matched exactly or with one typo in six letters or more counts as a word in common here: two words
 * two typos apart ("Electric" / "Electron") or one typo apart in five letters are as often two words.
 */
export const CLOSE_CREDIT = 0.75
