import { PINYIN_SYLLABLE } from '../text/pinyin-word.js'
import { canonicalSpelling } from '../text/spelling.js'

/**
 * The distinct tokens of all indexed names, interned to ids, with their canonical spelling and a weight
 * from inverse document frequency: "china", "technology" or "al" weigh little, a rare surname a lot.
 */
export class Vocabulary {
  readonly ids = new Map<string, number>()
  readonly text: string[] = []
  readonly canonical: string[] = []
  readonly df: number[] = []
  weights: Float64Array = new Float64Array(0)
  /** Weight of a token the lists never use: as rare as it gets. */
  unknownWeight = 1

  intern(token: string, canonical = canonicalSpelling(token)): number {
    let id = this.ids.get(token)
    if (id === undefined) {
      id = this.text.length
      this.ids.set(token, id)
      this.text.push(token)
      this.canonical.push(canonical)
      this.df.push(0)
    }
    return id
  }

  /** Computes weights once every name is counted: (ln(1 + N/df))^1.5, single letters damped. */
  /**
   * With `reference`, weights come from another (larger) corpus's counts: a matcher over a handful of entities
   * (delta re-screening) then weighs "china" or "technology" as the full lists do.
   */
  finish(names: number, reference?: TokenStatistics): void {
    if (reference) {
      this.weights = Float64Array.from(this.text, (t) =>
        tokenWeight(t, reference.df(t) || 1, reference.names),
      )
      this.unknownWeight = tokenWeight('unknown', 1, reference.names)
      return
    }
    this.weights = new Float64Array(this.text.length)
    for (let i = 0; i < this.text.length; i++)
      this.weights[i] = tokenWeight(this.text[i]!, this.df[i]!, names)
    this.unknownWeight = tokenWeight('unknown', 1, names)
  }
}

/** Token counts of a corpus: how many names, and in how many of them a token occurs (0 when never). */
export interface TokenStatistics {
  names: number
  df(token: string): number
}

export function tokenWeight(token: string, df: number, names: number): number {
  const idf = Math.log(1 + names / Math.max(1, df))
  const w = idf ** WEIGHT_POWER
  if (/\d/.test(token)) return w
  if (token.length === 1) return Math.min(w, INITIAL_WEIGHT)
  return token.length <= 3 && !PINYIN_SYLLABLE.test(token) ? Math.min(w, ACRONYM_WEIGHT) : w
}

/** Sharpens the contrast between generic and distinctive words. */
export const WEIGHT_POWER = 1.5
/** An initial ("G." in "G.M. Beriev") never weighs more than this. */
export const INITIAL_WEIGHT = 4
/**
 * A word of two or three letters that is not a pinyin syllable (Chinese names are made of those) never weighs
 * more than this: rare on the lists, such acronyms ("TCL", "PTC") are common among the world's companies, so
 * the lists' counts overstate what they prove.
 */
export const ACRONYM_WEIGHT = 20
