import { badInput, TcError } from '../errors.js'
import type { Alert, AlertEvent, Decision } from '../model/alert.js'

export const DECISIONS: readonly Decision[] = ['true-match', 'false-positive', 'escalate']

export interface ReviewPolicy {
  /** A release (false positive) needs a second reviewer's confirmation. */
  fourEyes: boolean
}

type Change = { alert: Alert; event: Omit<AlertEvent, 'seq'> }

const MIN_REASON = 3

/** Decides an alert. Every decision needs a reason; a closed alert must be re-opened first. */
export function decide(
  alert: Alert,
  input: { decision: string; reason: string; actor: string; at: string },
  policy: ReviewPolicy,
): Change {
  if (!(DECISIONS as readonly string[]).includes(input.decision)) {
    throw badInput('decision', 'must be true-match, false-positive or escalate')
  }
  const reason = input.reason.trim()
  if (reason.length < MIN_REASON) throw badInput('reason', 'is required: say why')
  if (alert.status === 'closed' || alert.status === 'suppressed') {
    throw new TcError('TC_CONFLICT', `alert ${alert.id} is ${alert.status}; re-open it to decide again`, {
      field: 'alert',
    })
  }
  if (alert.status === 'pending-confirmation') {
    throw new TcError('TC_CONFLICT', `alert ${alert.id} awaits confirmation of its release`, {
      field: 'alert',
    })
  }
  const decision = input.decision as Decision
  const status =
    decision === 'escalate'
      ? 'escalated'
      : decision === 'false-positive' && policy.fourEyes
        ? 'pending-confirmation'
        : 'closed'
  const next: Alert = {
    ...alert,
    status,
    decision,
    decisionReason: reason,
    decidedBy: input.actor,
    decidedAt: input.at,
    updatedAt: input.at,
  }
  delete next.confirmedBy
  delete next.confirmedAt
  return {
    alert: next,
    event: {
      alertId: alert.id,
      at: input.at,
      actor: input.actor,
      action: 'decided',
      details: { decision, reason, status },
    },
  }
}

/** The second pair of eyes: another reviewer confirms (or rejects) a release. */
export function confirm(
  alert: Alert,
  input: { actor: string; at: string; approve: boolean; reason: string },
): Change {
  if (alert.status !== 'pending-confirmation') {
    throw new TcError(
      'TC_CONFLICT',
      `alert ${alert.id} is not awaiting confirmation (it is ${alert.status})`,
      { field: 'alert' },
    )
  }
  if (input.actor === alert.decidedBy) {
    throw new TcError(
      'TC_FORBIDDEN',
      'the reviewer who released an alert cannot also confirm it (four-eyes rule)',
      { field: 'actor' },
    )
  }
  const reason = input.reason.trim()
  if (reason.length < MIN_REASON) throw badInput('reason', 'is required: say why')
  const next: Alert = input.approve
    ? { ...alert, status: 'closed', confirmedBy: input.actor, confirmedAt: input.at, updatedAt: input.at }
    : { ...alert, status: 'open', updatedAt: input.at }
  if (!input.approve) {
    delete next.decision
    delete next.decisionReason
    delete next.decidedBy
    delete next.decidedAt
  }
  return {
    alert: next,
    event: {
      alertId: alert.id,
      at: input.at,
      actor: input.actor,
      action: input.approve ? 'confirmed' : 'confirmation-rejected',
      details: { reason },
    },
  }
}

export function assign(alert: Alert, input: { assignee: string; actor: string; at: string }): Change {
  const assignee = input.assignee.trim()
  if (!assignee) throw badInput('assignee', 'must not be empty')
  if (alert.status === 'closed' || alert.status === 'suppressed') {
    throw new TcError('TC_CONFLICT', `alert ${alert.id} is ${alert.status}`, { field: 'alert' })
  }
  return {
    alert: { ...alert, assignee, updatedAt: input.at },
    event: { alertId: alert.id, at: input.at, actor: input.actor, action: 'assigned', details: { assignee } },
  }
}

/** Re-opens a closed or suppressed alert, e.g. when the listed entry changed under an allow rule. */
export function reopen(alert: Alert, input: { actor: string; at: string; reason: string }): Change {
  const next: Alert = { ...alert, status: 'open', updatedAt: input.at, note: input.reason }
  for (const k of [
    'decision',
    'decisionReason',
    'decidedBy',
    'decidedAt',
    'confirmedBy',
    'confirmedAt',
    'ruleId',
  ] as const)
    delete next[k]
  return {
    alert: next,
    event: {
      alertId: alert.id,
      at: input.at,
      actor: input.actor,
      action: 'reopened',
      details: { reason: input.reason, previous: alert.status },
    },
  }
}
