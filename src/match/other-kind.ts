import type { Alignment } from './align.js'
import type { PreparedQuery } from './query-tokens.js'
import type { Adjustment } from './types.js'
import type { Vocabulary } from './vocabulary.js'

/**
 * Words that say what a business does, in groups of near kinds: a bank is not a trading house, an airline not a
 * technology company, but a petroleum company may write itself a petrochemical one.
 */
const KIND_GROUPS: readonly string[] = [
  'bank banking banks bankasi banca banco banque',
  'trading trade traders',
  'shipping shipmanagement maritime marine tankers navigation lines logistics transport freight express',
  'airlines airline airways air aviation aerospace aeronautical',
  // A maker of chips or software may write itself an electronics or a technology company, and so may a carrier.
  'electronics electronic electric electrical electron energy power technology technologies tech software ' +
    'semiconductor semiconductors microelectronics',
  'university institute academy college school',
  'petrochemical petrochemicals petroleum oil gas refinery refining chemical chemicals',
  'steel iron metallurgical metals metal',
  'mining mines minerals',
  'insurance',
  'pharmaceutical pharmaceuticals pharma',
  'construction contractors',
  'textile textiles garment garments',
  'foods food',
  'telecom telecommunications communications technology technologies tech',
  'cement',
  'hotel hotels',
  'finance financial investment investments securities',
  'machinery machine machines',
  'shipbuilding shipyard',
  'consulting consultancy consultants',
  'properties property realty',
]
const GROUPS = new Map<string, number[]>()
KIND_GROUPS.forEach((g, i) => {
  for (const w of g.split(' ')) GROUPS.set(w, [...(GROUPS.get(w) ?? []), i])
})

/** A word that says what a business does ("bank", "steel", "software"). */
export const isKind = (word: string): boolean => GROUPS.has(word)

const near = (a: string, b: string): boolean => GROUPS.get(a)!.some((g) => GROUPS.get(b)!.includes(g))

/**
 * A kind of business of the query left unmatched while the listed name carries another, also unmatched, and
 * neither name has a word of the other's kind: "Hua Xia Bank" and "HUAXIA TRADING", "East Asia Bank" and "EAST
 * ASIA TRADING". The names share their other words but say the parties do different things; they disagree on it
 * as two countries would (evidence.ts: 0.05, up to 0.30 when they share a single distinctive word). A listed name
 * with a word dropped has no word of its own left over, so such positives are not charged. A kind of the query
 * against a listed name that says none, sharing one distinctive word, costs 0.05.
 */
export function otherKind(
  q: PreparedQuery,
  a: Alignment,
  listed: Int32Array,
  vocabulary: Vocabulary,
  weakness: number,
): Adjustment | undefined {
  if (a.pairs.length === 0) return undefined
  const queryKinds = q.tokens.map((t) => t.text).filter((t) => GROUPS.has(t))
  if (queryKinds.length === 0) return undefined
  const listedKinds = [...listed].map((t) => vocabulary.text[t]!).filter((t) => GROUPS.has(t))
  const own = a.unmatchedQuery
    .map((i) => q.tokens[i]!.text)
    .find((t) => GROUPS.has(t) && !listedKinds.some((k) => near(t, k)))
  if (own === undefined) return undefined
  const other = a.unmatchedListed
    .map((j) => vocabulary.text[listed[j]!]!)
    .find((t) => GROUPS.has(t) && !queryKinds.some((k) => near(t, k)))
  if (other === undefined) {
    // The listed name says no kind and the names share one distinctive word: the kind is a word of the query's own,
    // and a listed name shortened on an invoice gains none (extra-word.ts); less than another kind costs.
    if (listedKinds.length > 0 || weakness < 1) return undefined
    return {
      code: 'other-kind',
      effect: -UNSTATED_KIND,
      text: `kind "${own}", the listed name says none −${UNSTATED_KIND.toFixed(2)}`,
    }
  }
  const effect = -(DISAGREEMENT + WEAK_DISAGREEMENT * weakness)
  return {
    code: 'other-kind',
    effect,
    text: `kind "${own}" vs listed "${other}" −${Math.abs(effect).toFixed(2)}`,
  }
}

/** As a country not among the listed party's (evidence.ts). */
const DISAGREEMENT = 0.05
const WEAK_DISAGREEMENT = 0.25
/** A kind of the query against a listed name of one shared distinctive word and no kind: "Jinshang Bank" / "JANE SHANG CO., LIMITED". */
const UNSTATED_KIND = 0.05
