import type { FieldChange } from './field-change.js'

/**
 * What an alert says happened to a counterparty's match when a list changed: a new possible match, a match
 * cleared (the entry was delisted or no longer matches), or a match whose listing changed (UVL -> EL, a new
 * licence policy, new aliases).
 */
export type WatchAlertKind = 'new' | 'cleared' | 'changed'

/** Alerts open when raised; the review queue (issue 8) moves them on. */
export type WatchAlertStatus = 'open' | (string & {})

export interface WatchAlertDetails {
  counterpartyName: string
  entityName: string
  matchedName?: string
  /** One line for people: "newly listed on EL", "delisted from UVL", "moved UVL -> EL (escalation)". */
  reason: string
  /** The entry's id on the previous version when the list re-identified it. */
  previousEntityId?: string
  previousScore?: number
  previousList?: string
  move?: { from: string; to: string; kind: string }
  changes?: FieldChange[]
  /** For a delisting: the lists of the new version that still name the party. */
  stillListedOn?: string[]
}

export interface WatchAlert {
  id: string
  counterpartyId: string
  entityId: string
  list: string
  source: string
  score: number
  /** Countries of the listed entry, for filtering a queue. */
  countries: string[]
  kind: WatchAlertKind
  status: WatchAlertStatus
  createdAt: string
  /** The list version whose arrival raised the alert. */
  versionId: string
  /** The version screened before it; absent for the first screening of a counterparty or source. */
  previousVersionId?: string
  details: WatchAlertDetails
}
