import type { EntityType, ListCode } from '../model/entity.js'

/** What a user asks to screen: the CLI contract's query fields. */
export interface ScreenQuery {
  name: string
  type?: EntityType
  /** ISO 3166-1 alpha-2 */
  country?: string
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD" */
  dob?: string
  /** Identifiers known for the party (passport, tax id, IMO ...); one equal to a listed one raises the score. */
  identifiers?: readonly string[]
}

export interface SearchOptions {
  /** Matches below this score are not returned (0..1). */
  threshold?: number
  /** Only entities on these lists. */
  lists?: readonly ListCode[]
  /** At most this many matches (best first). */
  limit?: number
}

/** One step of an explanation: a token pair, or an adjustment with its signed effect on the score. */
export interface TokenPair {
  query: string
  listed: string
  similarity: number
  /** Weight of the listed token (rare tokens weigh more than "china" or "technology"). */
  weight: number
}

export interface Adjustment {
  /** Machine-readable, e.g. "country", "dob", "type", "unmatched-query-token", "weak-alias". */
  code: string
  /** Signed effect on the score, e.g. +0.05 or -0.15. */
  effect: number
  /** Human-readable, e.g. "country CN agrees +0.05". */
  text: string
}

export interface Explanation {
  /** How the query and the matched name relate: "exact", "normalised", "fuzzy", "transliterated", ... */
  method: string
  /** The query and the listed name after normalisation, as the scorer compared them. */
  normalisedQuery: string
  normalisedName: string
  tokens: TokenPair[]
  /** Score from the names alone, before adjustments. */
  nameScore: number
  adjustments: Adjustment[]
  /** Query tokens that found no partner in the matched name (they lower the name score). */
  unmatchedQuery?: string[]
  /** Tokens of the matched name that the query does not have (they lower it less). */
  unmatchedListed?: string[]
}

export interface Match {
  /** Stable entity id ("EL:h3f...", "SDN:12345"). */
  entityId: string
  list: ListCode
  sourceId: string
  /** The listed primary name. */
  name: string
  /** The name or alias that matched. */
  matchedName: string
  score: number
  explanation: Explanation
}

/** The matcher's face: build once over a snapshot's entities, then search many times. */
export interface Matcher {
  search(query: ScreenQuery, options?: SearchOptions): Match[]
  /** Number of names indexed. */
  readonly size: number
}
