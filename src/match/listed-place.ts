import { CITY_WORDS, COUNTRY_WORDS } from '../text/country-words.js'
import { PLACE_WORDS } from '../text/place-words.js'
import type { Alignment } from './align.js'
import { PLACE_SHARE, type PreparedQuery } from './query-tokens.js'
import { commonWordsOnly, nameScore } from './score-name.js'
import type { Adjustment } from './types.js'
import type { Vocabulary } from './vocabulary.js'

/** Places a listed name may carry as a qualifier: Chinese provinces and cities, countries, large cities. */
export const LISTED_PLACES: ReadonlySet<string> = new Set([...PLACE_WORDS, ...COUNTRY_WORDS, ...CITY_WORDS])
/** Countries among them: a country qualifies any place in it. */
export const COUNTRY_PLACES: ReadonlySet<string> = new Set(COUNTRY_WORDS)

/**
 * A place the listed name carries and the query leaves out ("VTB Bank" / "VTB Bank (Azerbaijan)", "EPK" / "EPK
 * Samara"): lists qualify a party by its country or city more often than invoices do, so the missing place
 * weighs as a query's place word does (PLACE_SHARE of the rarest word) instead of as a rare word, and the gain
 * is an adjustment. Not when the query names another place ("VTB Bank Georgia": another branch), nor when the
 * names share no name word beside it, or only common words ("Industrial Bank" / "Moscow Industrial Bank": no party
 * named to qualify, common-words.ts). Nor when the query's own place matched one of the listed name's and the
 * place left out is not a country: "Zhejiang University" against "Tianjin University, Zhejiang Research
 * Institute" names one of two places, and the other is the listed party's, not a qualifier the invoice dropped.
 */
export function listedPlace(
  q: PreparedQuery,
  a: Alignment,
  listed: Int32Array,
  vocabulary: Vocabulary,
  score: number,
  queryWeights: readonly number[],
): Adjustment | undefined {
  if (a.pairs.length === 0 || a.unmatchedListed.length === 0) return undefined
  // A place qualifies a party's name; names that share only common words name no party to qualify.
  if (commonWordsOnly(a, queryWeights)) return undefined
  if (a.unmatchedQuery.some((i) => LISTED_PLACES.has(q.tokens[i]!.text))) return undefined
  const ownPlace = a.pairs.some((p) => p.query.some((i) => LISTED_PLACES.has(q.tokens[i]!.text)))
  const cap = PLACE_SHARE * vocabulary.unknownWeight
  let total = 0
  for (const t of listed) total += vocabulary.weights[t]!
  let lighter = total
  const read: string[] = []
  for (const j of a.unmatchedListed) {
    const t = listed[j]!
    const w = vocabulary.weights[t]!
    const text = vocabulary.text[t]!
    if (w <= cap || !LISTED_PLACES.has(text) || (ownPlace && !COUNTRY_PLACES.has(text))) continue
    lighter -= w - cap
    read.push(`"${text}"`)
  }
  if (read.length === 0 || lighter <= 0) return undefined
  const listedCoverage = (a.listedCoverage * total) / lighter
  const effect = Math.round((nameScore({ ...a, listedCoverage }) - score) * 10_000) / 10_000
  if (effect <= 0) return undefined
  return {
    code: 'listed-place',
    effect,
    text: `listed place ${read.join(', ')} left out +${(Math.round(effect * 100) / 100).toFixed(2)}`,
  }
}
