import type { Alignment } from './align.js'
import { LISTED_PLACES } from './listed-place.js'
import { ORGANISATION_WORDS } from './organisation-name.js'
import type { PreparedQuery } from './query-tokens.js'
import { GENERIC_WEIGHT } from './score-name.js'
import type { Adjustment } from './types.js'
import type { Vocabulary } from './vocabulary.js'

/**
 * A query named by its place and kind only ("Zhejiang University", 浙江大学) against a listed name in which that
 * kind is another party's and the place qualifies what follows it: "Tianjin University, Zhejiang Research
 * Institute", "Beihang University Suzhou". The listed word before the kind ("Tianjin", "Beihang"), which the
 * query lacks, names the institution; the query's place is where its unit sits. The Entity List lists many such
 * units, and "Shenzhen University" or "Suzhou University" would otherwise meet them on a place and "university".
 * Where the place comes first in the listed name too ("Nanjing University of Science and Technology", "Hong
 * Kong Hanyuan Shipping"), the query may be the listed name with a word dropped, and nothing is charged; nor
 * when the query has a name word in common ("Huawei").
 */
export function placeNamed(
  q: PreparedQuery,
  a: Alignment,
  listed: Int32Array,
  vocabulary: Vocabulary,
): Adjustment | undefined {
  let place = -1
  let kind = -1
  for (const p of a.pairs) {
    for (const i of p.query) {
      const text = q.tokens[i]!.text
      if (LISTED_PLACES.has(text)) place = Math.max(place, ...p.listed)
      else if (ORGANISATION_WORDS.has(text)) kind = kind < 0 ? p.listed[0]! : Math.min(kind, p.listed[0]!)
      else if (p.weight >= GENERIC_WEIGHT) return undefined
    }
  }
  if (place < 0 || kind <= 0 || place < kind) return undefined
  const owner = listed[kind - 1]!
  if (!a.unmatchedListed.includes(kind - 1) || vocabulary.weights[owner]! < GENERIC_WEIGHT) return undefined
  const word = vocabulary.text[owner]!
  return {
    code: 'place-named',
    effect: -PLACE_NAMED_COST,
    text: `query named by place and kind, listed "${word} ${vocabulary.text[listed[kind]!]}" is another's −${PLACE_NAMED_COST.toFixed(2)}`,
  }
}

/** Keeps such a pair under the default threshold even with an agreeing country (0.79 → 0.71). */
export const PLACE_NAMED_COST = 0.08
