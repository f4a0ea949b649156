import type { Kysely } from 'kysely'
import { TcError } from '../errors.js'
import { type Alert, type AlertSubject, type AllowRule, OPEN_STATUSES } from '../model/alert.js'
import type { Entity } from '../model/entity.js'
import { newId } from '../model/ids.js'
import {
  describeFactChanges,
  type EntityFacts,
  entityFacts,
  factsFingerprint,
} from '../review/entity-facts.js'
import { assign, confirm, decide, type ReviewPolicy, reopen } from '../review/transitions.js'
import type { Database } from '../store/schema.js'
import type { Store } from '../store/store.js'
import type { MatchJson } from './screen-json.js'

/** Statuses in which an alert is still someone's work. */
const OPEN = new Set<string>(OPEN_STATUSES)

/** What raising an alert needs of a match: a screening's MatchJson, or a monitoring match. */
export type AlertMatch = Pick<MatchJson, 'source' | 'entityId' | 'name' | 'matchedName' | 'score'> & {
  countries?: string[]
}

export interface RaiseInput {
  subject: AlertSubject
  matches: readonly AlertMatch[]
  entity: (id: string) => Entity | undefined
  recordId?: string
  versionId?: (entityId: string) => string | undefined
  actor: string
  now?: Date
}

/**
 * Opens an alert per match, unless one is already open for the same subject and entry, the entry was
 * decided a true match, or an allow rule covers exactly that entry as it still is. A rule whose entry
 * changed or that expired lapses, and the alert opens with the reason.
 */
export function raiseAlerts(store: Store, input: RaiseInput): Promise<Alert[]> {
  return store.transaction((db) => raiseAlertsIn(store, db, input))
}

/**
 * raiseAlerts inside the caller's transaction (a batch chunk's alerts commit with its results; group commit
 * of many answers). A caller raising for several subjects locks them all first (store.alerts.lockSubjects).
 */
export function raiseAlertsIn(store: Store, db: Kysely<Database>, input: RaiseInput): Promise<Alert[]> {
  return raiseManyIn(store, db, [input])
}

/**
 * The alerts of many screenings at once: the latest alert of every (subject, entry) pair and the active
 * rules of every subject are read in one query each, not one per match, so recording many answers costs
 * a few queries per commit. The caller locks the subjects first (store.alerts.lockSubjects).
 */
export async function raiseManyIn(
  store: Store,
  db: Kysely<Database>,
  inputs: readonly RaiseInput[],
): Promise<Alert[]> {
  const keys = [...new Set(inputs.map((i) => i.subject.key))]
  await store.alerts.lockSubjects(keys, db)
  const latest = await store.alerts.latestForSubjects(keys, db)
  const rules = new Map<string, AllowRule>()
  for (let i = 0; i < keys.length; i += 500)
    // Ordered by id: the oldest active rule of a pair decides, as it always did.
    for (const rule of await store.alerts.rules(
      { status: 'active', subjectKeys: keys.slice(i, i + 500) },
      db,
    ))
      if (!rules.has(`${rule.subjectKey}\0${rule.entityId}`))
        rules.set(`${rule.subjectKey}\0${rule.entityId}`, rule)
  const raised: Alert[] = []
  for (const input of inputs) {
    const at = (input.now ?? new Date()).toISOString()
    for (const m of input.matches) {
      const pair = `${input.subject.key}\0${m.entityId}`
      const before = latest.get(pair)
      if (before && OPEN.has(before.alert.status)) continue
      if (before?.alert.status === 'closed' && before.alert.decision === 'true-match') continue
      const entity = input.entity(m.entityId)
      const alert: Alert = {
        id: newId('alr'),
        createdAt: at,
        updatedAt: at,
        kind: 'match',
        status: 'open',
        subject: input.subject,
        entityId: m.entityId,
        list: m.source,
        entityName: m.name,
        matchedName: m.matchedName,
        score: m.score,
        countries: m.countries ?? entity?.countries ?? [],
      }
      if (input.recordId) alert.recordId = input.recordId
      const versionId = input.versionId?.(m.entityId)
      if (versionId) alert.versionId = versionId
      const rule = rules.get(pair)
      const ended = rule ? ruleEnd(rule, entity, at) : undefined
      if (rule && !ended) {
        if (before?.alert.status === 'suppressed' && before.alert.ruleId === rule.id) continue
        alert.status = 'suppressed'
        alert.ruleId = rule.id
      } else if (rule && ended) {
        await endRule(store, db, rule, ended, input.actor, at)
        rules.delete(pair)
        alert.note = `allow rule ${rule.id} ${ended.status}: ${ended.reason}`
      }
      await store.alerts.insert(
        alert,
        {
          alertId: alert.id,
          at,
          actor: input.actor,
          action: alert.status === 'suppressed' ? 'suppressed' : 'raised',
          details: { score: m.score, ...(alert.note ? { note: alert.note } : {}) },
        },
        db,
      )
      latest.set(pair, { alert, version: 1 })
      raised.push(alert)
    }
  }
  return raised
}

/** Why a rule no longer holds on this entry as it is now, or undefined when it still does. */
function ruleEnd(
  rule: AllowRule,
  entity: Entity | undefined,
  at: string,
): { status: 'expired' | 'lapsed'; reason: string } | undefined {
  if (rule.expiresAt && rule.expiresAt <= at)
    return { status: 'expired', reason: `expired on ${rule.expiresAt.slice(0, 10)}` }
  if (!entity)
    return {
      status: 'lapsed',
      reason: 'the listed entry is no longer on its list (removed, or moved to another list)',
    }
  const facts = entityFacts(entity)
  if (factsFingerprint(facts) === rule.entityFingerprint) return undefined
  const changes = describeFactChanges(rule.entitySnapshot as EntityFacts, facts)
  return { status: 'lapsed', reason: `the listed entry changed: ${changes.join('; ')}` }
}

async function endRule(
  store: Store,
  db: Kysely<Database>,
  rule: AllowRule,
  end: { status: 'expired' | 'lapsed' | 'revoked'; reason: string },
  actor: string,
  at: string,
): Promise<void> {
  await store.alerts.updateRule({ ...rule, status: end.status, endedAt: at, endReason: end.reason }, db)
  await store.audit.appendIn(db, {
    actor,
    action: `allow.${end.status}`,
    subject: rule.id,
    details: { entityId: rule.entityId, subjectKey: rule.subjectKey, reason: end.reason },
  })
}

export interface DecideInput {
  decision: string
  reason: string
  actor: string
  /** With a false-positive: make it an allow rule for exactly this entry, optionally until a date. */
  allow?: { expiresAt?: string }
}

/** Decides an alert, audits it, and (for a confirmed or four-eyes-free release) creates the allow rule. */
export async function decideAlert(
  store: Store,
  id: string,
  input: DecideInput,
  policy: ReviewPolicy,
  entity: (id: string) => Entity | undefined,
  now = new Date(),
): Promise<Alert> {
  const at = now.toISOString()
  return store.transaction(async (db) => {
    const current = await mustGet(store, db, id)
    if (input.allow && input.decision !== 'false-positive')
      throw new TcError('TC_BAD_INPUT', 'an allow rule follows only a false-positive decision', {
        field: 'allow',
      })
    const change = decide(current.alert, { ...input, at }, policy)
    if (input.allow) change.event.details.allow = input.allow
    await store.alerts.update(change.alert, current.version, change.event, db)
    await store.audit.appendIn(db, {
      actor: input.actor,
      action: 'alert.decided',
      subject: id,
      details: {
        decision: change.alert.decision,
        reason: change.alert.decisionReason,
        status: change.alert.status,
        entityId: current.alert.entityId,
      },
    })
    if (input.allow && change.alert.status === 'closed')
      await createRule(store, db, change.alert, input.allow, entity, input.actor, at)
    return change.alert
  })
}

/** The second reviewer's confirmation of a release (four-eyes); the allow rule, if asked for, starts now. */
export async function confirmAlert(
  store: Store,
  id: string,
  input: { actor: string; approve: boolean; reason: string },
  entity: (id: string) => Entity | undefined,
  now = new Date(),
): Promise<Alert> {
  const at = now.toISOString()
  return store.transaction(async (db) => {
    const current = await mustGet(store, db, id)
    const change = confirm(current.alert, { ...input, at })
    await store.alerts.update(change.alert, current.version, change.event, db)
    await store.audit.appendIn(db, {
      actor: input.actor,
      action: input.approve ? 'alert.confirmed' : 'alert.confirmation-rejected',
      subject: id,
      details: { reason: input.reason },
    })
    if (input.approve) {
      const decided = (await store.alerts.events(id, db)).filter((e) => e.action === 'decided').at(-1)
      const allow = decided?.details.allow as { expiresAt?: string } | undefined
      if (allow) await createRule(store, db, change.alert, allow, entity, input.actor, at)
    }
    return change.alert
  })
}

export async function assignAlert(
  store: Store,
  id: string,
  input: { assignee: string; actor: string },
  now = new Date(),
): Promise<Alert> {
  return store.transaction(async (db) => {
    const current = await mustGet(store, db, id)
    const change = assign(current.alert, { ...input, at: now.toISOString() })
    await store.alerts.update(change.alert, current.version, change.event, db)
    await store.audit.appendIn(db, {
      actor: input.actor,
      action: 'alert.assigned',
      subject: id,
      details: { assignee: change.alert.assignee },
    })
    return change.alert
  })
}

export async function revokeRule(
  store: Store,
  ruleId: string,
  input: { actor: string; reason: string },
  now = new Date(),
): Promise<AllowRule> {
  return store.transaction(async (db) => {
    const rule = await store.alerts.getRule(ruleId, db)
    if (!rule) throw new TcError('TC_NOT_FOUND', `no allow rule ${ruleId}`, { field: 'rule' })
    if (rule.status !== 'active')
      throw new TcError('TC_CONFLICT', `allow rule ${ruleId} is ${rule.status}`, { field: 'rule' })
    if (input.reason.trim().length < 3)
      throw new TcError('TC_BAD_INPUT', 'is required: say why', { field: 'reason' })
    const end = { status: 'revoked' as const, reason: input.reason.trim() }
    const at = now.toISOString()
    await endRule(store, db, rule, end, input.actor, at)
    return { ...rule, status: end.status, endedAt: at, endReason: end.reason }
  })
}

/**
 * After a list update: every active rule is checked against the entry as it now is. A rule whose entry
 * changed, left its list or expired ends, and the alert it closed opens again with the reason.
 */
/** An allow rule that ended on a recheck, and the alert it reopened. */
export interface RecheckResult {
  rule: AllowRule
  reason: string
  reopened?: Alert
}

export async function recheckRules(
  store: Store,
  entity: (id: string) => Entity | undefined,
  actor: string,
  now = new Date(),
): Promise<RecheckResult[]> {
  const at = now.toISOString()
  const out: RecheckResult[] = []
  for (const rule of await store.alerts.rules({ status: 'active' })) {
    const ended = ruleEnd(rule, entity(rule.entityId), at)
    if (!ended) continue
    const reopened = await store.transaction(async (db) => {
      await endRule(store, db, rule, ended, actor, at)
      const source = rule.alertId ? await store.alerts.get(rule.alertId, db) : undefined
      if (!source) return undefined
      const change = reopen(source.alert, {
        actor,
        at,
        reason: `allow rule ${rule.id} ${ended.status}: ${ended.reason}`,
      })
      await store.alerts.update(change.alert, source.version, change.event, db)
      await store.audit.appendIn(db, {
        actor,
        action: 'alert.reopened',
        subject: source.alert.id,
        details: { rule: rule.id, reason: ended.reason },
      })
      return change.alert
    })
    out.push(reopened ? { rule, reason: ended.reason, reopened } : { rule, reason: ended.reason })
  }
  return out
}

async function createRule(
  store: Store,
  db: Kysely<Database>,
  alert: Alert,
  allow: { expiresAt?: string },
  entity: (id: string) => Entity | undefined,
  actor: string,
  at: string,
): Promise<AllowRule> {
  const listed = entity(alert.entityId)
  if (!listed)
    throw new TcError(
      'TC_CONFLICT',
      `listed entry ${alert.entityId} is not in the lists in force; no rule made`,
      { field: 'allow' },
    )
  const facts = entityFacts(listed)
  const rule: AllowRule = {
    id: newId('alw'),
    subjectKey: alert.subject.key,
    entityId: alert.entityId,
    entityFingerprint: factsFingerprint(facts),
    entitySnapshot: facts,
    createdBy: actor,
    createdAt: at,
    reason: alert.decisionReason ?? '',
    status: 'active',
    alertId: alert.id,
  }
  if (allow.expiresAt) rule.expiresAt = allow.expiresAt
  await store.alerts.insertRule(rule, db)
  await store.audit.appendIn(db, {
    actor,
    action: 'allow.created',
    subject: rule.id,
    details: {
      alertId: alert.id,
      entityId: rule.entityId,
      subjectKey: rule.subjectKey,
      expiresAt: rule.expiresAt ?? null,
      reason: rule.reason,
    },
  })
  return rule
}

async function mustGet(store: Store, db: Kysely<Database>, id: string) {
  const found = await store.alerts.get(id, db)
  if (!found) throw new TcError('TC_NOT_FOUND', `no alert ${id}`, { field: 'alert' })
  return found
}
