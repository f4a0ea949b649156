import type { Counterparty, WatchMatch } from '../model/counterparty.js'
import type { WatchAlert, WatchAlertDetails } from '../model/watch-alert.js'
import type { RescreenPlan } from './rescreen-plan.js'
import type { ChangedEntry, MovedEntry } from './types.js'

/** A screening hit as answers spell it (list code in `source`), with the whole match kept for evidence. */
export interface Hit {
  entityId: string
  source: string
  name: string
  matchedName: string
  score: number
  countries?: string[]
}

/** An alert before it gets its id, time and status. */
export type AlertDraft = Omit<WatchAlert, 'id' | 'createdAt' | 'status'>

export interface ReconcileInput {
  counterparty: Counterparty
  /** The list source ("ofac_sdn"). */
  source: string
  versionId: string
  previousVersionId?: string
  /** Fresh hits within scope (delta: on touched entries; full: all). */
  hits: readonly Hit[]
  /** Stored matches within scope (delta: on affected entries; full: all of the source). */
  stored: readonly WatchMatch[]
  /** The list change; absent when there is no previous version to compare with. */
  plan?: RescreenPlan
}

export interface Reconciled {
  upserts: WatchMatch[]
  deletes: Array<{ counterpartyId: string; entityId: string }>
  alerts: AlertDraft[]
}

/**
 * Compares a counterparty's stored matches with its fresh hits: a hit without a stored match is a new
 * possible match; a stored match without a hit is cleared (delisted, or no longer matching); a match whose
 * entry changed or moved list is a changed match. Unchanged matches are re-confirmed silently.
 */
export function reconcile(input: ReconcileInput): Reconciled {
  const { counterparty: c, source, versionId, plan } = input
  const out: Reconciled = { upserts: [], deletes: [], alerts: [] }
  const storedByNewId = new Map<string, WatchMatch>()
  for (const r of input.stored) {
    if (plan?.removed.has(r.entityId)) continue
    storedByNewId.set(plan?.idMap.get(r.entityId) ?? r.entityId, r)
  }
  const base = (entityId: string, list: string, score: number, countries: string[]) => ({
    counterpartyId: c.id,
    entityId,
    list,
    source,
    score,
    countries,
    versionId,
    ...(input.previousVersionId ? { previousVersionId: input.previousVersionId } : {}),
  })
  const seen = new Set<string>()
  for (const h of input.hits) {
    seen.add(h.entityId)
    const prev = storedByNewId.get(h.entityId)
    out.upserts.push({
      counterpartyId: c.id,
      source,
      entityId: h.entityId,
      list: h.source,
      score: h.score,
      versionId,
      match: { ...h },
    })
    if (prev && prev.entityId !== h.entityId)
      out.deletes.push({ counterpartyId: c.id, entityId: prev.entityId })
    const change = plan?.changed.get(h.entityId)
    const details: WatchAlertDetails = {
      counterpartyName: c.name,
      entityName: h.name,
      matchedName: h.matchedName,
      reason: '',
    }
    if (!prev) {
      details.reason = plan?.added.has(h.entityId)
        ? `newly listed on ${h.source}`
        : change
          ? `matches since the entry changed (${describe(change)})`
          : `possible match on ${h.source}`
      if (change) withChange(details, change)
      out.alerts.push({ ...base(h.entityId, h.source, h.score, h.countries ?? []), kind: 'new', details })
    } else if (change) {
      details.reason = describe(change)
      withChange(details, change)
      withPrevious(details, prev, h.entityId)
      out.alerts.push({ ...base(h.entityId, h.source, h.score, h.countries ?? []), kind: 'changed', details })
    }
  }
  for (const r of input.stored) {
    const key = plan?.removed.has(r.entityId) ? undefined : (plan?.idMap.get(r.entityId) ?? r.entityId)
    if (key !== undefined && seen.has(key)) continue
    out.deletes.push({ counterpartyId: c.id, entityId: r.entityId })
    const m = r.match as { name?: string; matchedName?: string; countries?: string[] }
    const details: WatchAlertDetails = {
      counterpartyName: c.name,
      entityName: m.name ?? r.entityId,
      reason: '',
    }
    if (m.matchedName) details.matchedName = m.matchedName
    const removed = plan?.removed.get(r.entityId)
    const change = key ? plan?.changed.get(key) : undefined
    if (removed) {
      details.reason = `delisted from ${r.list}${removed.stillListedOn.length ? ` (still on ${removed.stillListedOn.join(', ')})` : ''}`
      details.stillListedOn = removed.stillListedOn
    } else if (change) {
      details.reason = `no longer matches since the entry changed (${describe(change)})`
      withChange(details, change)
    } else details.reason = 'no longer matches'
    out.alerts.push({ ...base(r.entityId, r.list, r.score, m.countries ?? []), kind: 'cleared', details })
  }
  return out
}

const isMove = (c: ChangedEntry | MovedEntry): c is MovedEntry => 'from' in c

function describe(c: ChangedEntry | MovedEntry): string {
  const fields = [...new Set(c.changes.filter((x) => !x.cosmetic).map((x) => x.field))]
  const what = fields.length ? `${fields.join(', ')} changed` : ''
  if (isMove(c)) return `moved ${c.from} -> ${c.to} (${c.kind})${what ? `; ${what}` : ''}`
  return what || 'entry changed'
}

function withChange(d: WatchAlertDetails, c: ChangedEntry | MovedEntry): void {
  const substantive = c.changes.filter((x) => !x.cosmetic)
  if (substantive.length) d.changes = substantive
  if (isMove(c)) d.move = { from: c.from, to: c.to, kind: c.kind }
  if (c.old.entityId !== c.new.entityId) d.previousEntityId = c.old.entityId
}

function withPrevious(d: WatchAlertDetails, prev: WatchMatch, newId: string): void {
  d.previousScore = prev.score
  if (prev.list !== (d.move?.to ?? prev.list)) d.previousList = prev.list
  if (prev.entityId !== newId) d.previousEntityId = prev.entityId
}
