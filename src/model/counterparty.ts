import type { EntityType } from './entity.js'

/** A customer or supplier the user monitors, under the user's own id; the columns of a screen batch. */
export interface Counterparty {
  id: string
  name: string
  type?: EntityType
  /** ISO 3166-1 alpha-2 */
  country?: string
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD" */
  dob?: string
}

/** A counterparty's current possible match with one listed entry of one source. */
export interface WatchMatch {
  counterpartyId: string
  /** The list source the entry came from ("us_csl", "ofac_sdn"): one entry can be in two sources. */
  source: string
  entityId: string
  list: string
  score: number
  /** The list version the match was last confirmed on. */
  versionId: string
  /** The match as screening answers spell it (MatchJson), for alerts and evidence. */
  match: Record<string, unknown>
}

/** Which version of a source the monitored counterparties were last screened against. */
export interface WatchState {
  source: string
  versionId: string
  screenedAt: string
  /** Matcher version and threshold the screening used. */
  settings: Record<string, unknown>
}
