import { type Alignment, credit } from './align.js'
import { LISTED_PLACES } from './listed-place.js'
import { ORGANISATION_WORDS } from './organisation-name.js'
import { PLACE_SHARE, type PreparedQuery } from './query-tokens.js'
import { GENERIC_WEIGHT, nameScore } from './score-name.js'
import type { Adjustment } from './types.js'
import type { Vocabulary } from './vocabulary.js'

/**
 * A query named by its place and kind only ("Zhejiang University", 浙江大学, "Bank of Georgia") against a listed
 * name in which that kind is another party's and the place comes after it: "Tianjin University, Zhejiang
 * Research Institute", "Beihang University Suzhou", "VTB Bank Georgia". The listed word beside the kind
 * ("Tianjin", "Beihang", "VTB"), which the query lacks, names the party; the place only says where it or its unit
 * sits, so the place weighs there as a place word does (PLACE_SHARE of the rarest word) instead of as a rare
 * name word, and the loss is an adjustment. The Entity List lists many such units, and "Shenzhen University" or
 * "Suzhou University" would otherwise meet them on a place and "university". Where the place comes first in the
 * listed name ("Nanjing University of Science and Technology", "Hong Kong Hanyuan Shipping"), the query may be
 * the listed name with a word dropped, and nothing is charged; nor when the query has a name word in common.
 */
export function placeNamed(
  q: PreparedQuery,
  a: Alignment,
  listed: Int32Array,
  vocabulary: Vocabulary,
  score: number,
): Adjustment | undefined {
  let place: (typeof a.pairs)[number] | undefined
  let kind = -1
  for (const p of a.pairs) {
    for (const i of p.query) {
      const text = q.tokens[i]!.text
      if (LISTED_PLACES.has(text) || GIVEN_NAME_COUNTRIES.has(text)) place = p
      else if (ORGANISATION_WORDS.has(text)) kind = kind < 0 ? p.listed[0]! : Math.min(kind, p.listed[0]!)
      else if (p.weight >= GENERIC_WEIGHT) return undefined
    }
  }
  const at = place?.listed[0] ?? -1
  if (!place || kind < 0 || at < kind) return undefined
  // The party's own word stands beside its kind: before it in English and Chinese, after it in "Grupo X".
  const owner = [kind - 1, kind + 1].find(
    (j) =>
      j >= 0 && j < at && a.unmatchedListed.includes(j) && vocabulary.weights[listed[j]!]! >= GENERIC_WEIGHT,
  )
  const lighter = place.weight - PLACE_SHARE * vocabulary.unknownWeight
  if (owner === undefined || lighter <= 0) return undefined
  let listedWeight = 0
  for (const t of listed) listedWeight += vocabulary.weights[t]!
  const c = credit(place.similarity)
  const queryCoverage = (a.queryCoverage * a.queryWeight - c * lighter) / (a.queryWeight - lighter)
  const listedCoverage = (a.listedCoverage * listedWeight - c * lighter) / (listedWeight - lighter)
  const effect = Math.round((nameScore({ ...a, queryCoverage, listedCoverage }) - score) * 10_000) / 10_000
  if (effect >= 0) return undefined
  const words = [owner, kind].sort((x, y) => x - y).map((j) => vocabulary.text[listed[j]!])
  return {
    code: 'place-named',
    effect,
    text: `query named by place and kind, listed "${words.join(' ')}" is another's: "${vocabulary.text[listed[at]!]}" read as a place −${Math.abs(Math.round(effect * 100) / 100).toFixed(2)}`,
  }
}

/**
 * Countries that are also given names, left out of the listed places (a person's "Jordan" is no qualifier), are
 * places here: a query of place and kind words is no person's name.
 */
const GIVEN_NAME_COUNTRIES: ReadonlySet<string> = new Set(['georgia', 'jordan', 'israel', 'chad'])
