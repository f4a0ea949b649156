import type { ScreenQuery } from '../match/types.js'

/** Who or what was screened: a saved counterparty (with the user's own id), or an ad-hoc query. */
export interface AlertSubject {
  /** The user's counterparty id, when the subject is a saved counterparty. */
  counterpartyId?: string
  query: ScreenQuery
  /** Stable key of the subject for de-duplication and allow rules (see review/subject-key.ts). */
  key: string
}

/** new possible match; a match cleared because the entry left the list; a matched entry that changed. */
export type AlertKind = 'match' | 'cleared' | 'changed'

export type AlertStatus = 'open' | 'pending-confirmation' | 'escalated' | 'closed' | 'suppressed'
/** Statuses in which an alert is still someone's work. */
export const OPEN_STATUSES: readonly AlertStatus[] = ['open', 'escalated', 'pending-confirmation']

/** true-match: block, or a licence is needed; false-positive: release; escalate: to a senior reviewer. */
export type Decision = 'true-match' | 'false-positive' | 'escalate'

export interface Alert {
  id: string
  createdAt: string
  updatedAt: string
  kind: AlertKind
  status: AlertStatus
  subject: AlertSubject
  entityId: string
  list: string
  entityName: string
  matchedName: string
  score: number
  /** Country codes of the listed entry, for filtering the queue. */
  countries: string[]
  /** The recorded answer that raised the alert, when there is one. */
  recordId?: string
  /** The list version the match was made on. */
  versionId?: string
  /** Why it was raised, in words (e.g. "moved from UVL to EL"). */
  note?: string
  assignee?: string
  decision?: Decision
  decisionReason?: string
  decidedBy?: string
  decidedAt?: string
  confirmedBy?: string
  confirmedAt?: string
  /** The allow rule that suppressed it. */
  ruleId?: string
}

export interface AlertEvent {
  alertId: string
  seq: number
  at: string
  actor: string
  /** raised, assigned, decided, confirmed, reopened, suppressed */
  action: string
  details: Record<string, unknown>
}

/**
 * A false positive made durable: this subject is not that one listed entry. It holds while the entry stays
 * as it was when the rule was made; any change to the entry re-opens the alert.
 */
export interface AllowRule {
  id: string
  subjectKey: string
  /** The one listed entry the rule covers; never any other. */
  entityId: string
  /** Fingerprint of the entry's material facts when the rule was made. */
  entityFingerprint: string
  /** The entry as it was, to say what changed when the rule lapses. */
  entitySnapshot: unknown
  createdBy: string
  createdAt: string
  reason: string
  expiresAt?: string
  status: 'active' | 'expired' | 'revoked' | 'lapsed'
  endedAt?: string
  endReason?: string
  /** The alert whose decision made the rule. */
  alertId?: string
}
