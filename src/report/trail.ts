import type { AuditEntry } from '../audit/chain.js'
import type { AlertEvent, AllowRule } from '../model/alert.js'
import type { AuditRef, TrailStep } from './model.js'

/**
 * The decision trail of one alert: its own history, the allow rules it made or was suppressed by, and for
 * each step the audit-log entry that recorded it. A step and its audit entry are written in one
 * transaction, in the same order, so the n-th "decided" event pairs with the n-th "alert.decided" entry.
 */
export function buildTrail(
  events: readonly AlertEvent[],
  rules: readonly AllowRule[],
  audit: readonly AuditEntry[],
): TrailStep[] {
  const pick = auditPicker(audit)
  const steps: TrailStep[] = []
  for (const e of events) {
    const entry = AUDITED.has(e.action) ? pick(e.alertId, `alert.${e.action}`) : undefined
    steps.push({ at: e.at, actor: e.actor, action: e.action, text: eventText(e), audit: ref(entry) })
  }
  for (const rule of rules) {
    const created = pick(rule.id, 'allow.created')
    steps.push({
      at: rule.createdAt,
      actor: rule.createdBy,
      action: 'allow.created',
      text: `allow rule ${rule.id} created for ${rule.entityId}${rule.expiresAt ? `, until ${rule.expiresAt.slice(0, 10)}` : ''}: ${rule.reason}`,
      audit: ref(created),
    })
    if (rule.status === 'active' || !rule.endedAt) continue
    const ended = pick(rule.id, `allow.${rule.status}`)
    steps.push({
      at: rule.endedAt,
      actor: ended?.actor ?? 'unknown',
      action: `allow.${rule.status}`,
      text: `allow rule ${rule.id} ${rule.status}: ${rule.endReason ?? ''}`.trim(),
      audit: ref(ended),
    })
  }
  // Same-instant steps keep the chain's order; steps that are not audited (raising) come first.
  const order = (s: TrailStep) => s.audit?.seq ?? -1
  return steps
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.at.localeCompare(b.s.at) || order(a.s) - order(b.s) || a.i - b.i)
    .map((x) => x.s)
}

/** Alert actions that review.ts audits (raising and suppressing live in the alert's history only). */
const AUDITED = new Set(['assigned', 'decided', 'confirmed', 'confirmation-rejected', 'reopened'])

function auditPicker(audit: readonly AuditEntry[]) {
  const used = new Set<number>()
  const sorted = [...audit].sort((a, b) => a.seq - b.seq)
  return (subject: string, action: string): AuditEntry | undefined => {
    const found = sorted.find((e) => e.subject === subject && e.action === action && !used.has(e.seq))
    if (found) used.add(found.seq)
    return found
  }
}

const ref = (e: AuditEntry | undefined): AuditRef | null =>
  e ? { seq: e.seq, hash: e.hash, at: e.at } : null

function eventText(e: AlertEvent): string {
  const d = e.details
  const str = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : '')
  switch (e.action) {
    case 'raised':
      return `alert raised, score ${d.score ?? '?'}${str('note') ? ` (${str('note')})` : ''}`
    case 'suppressed':
      return `suppressed by an allow rule, score ${d.score ?? '?'}`
    case 'assigned':
      return `assigned to ${str('assignee')}`
    case 'decided': {
      const waits = d.status === 'pending-confirmation' ? ' (release awaits a second reviewer)' : ''
      const allow = d.allow ? ' with an allow rule' : ''
      return `decided ${str('decision')}${allow}: ${str('reason')}${waits}`
    }
    case 'confirmed':
      return `release confirmed by a second reviewer: ${str('reason')}`
    case 'confirmation-rejected':
      return `release rejected by a second reviewer: ${str('reason')}`
    case 'reopened':
      return `re-opened (was ${str('previous')}): ${str('reason')}`
    default:
      return `${e.action} ${JSON.stringify(d)}`
  }
}
