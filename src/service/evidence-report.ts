import { TcError } from '../errors.js'
import type { ScreenQuery } from '../match/types.js'
import type { Alert, AlertSubject } from '../model/alert.js'
import type { Entity } from '../model/entity.js'
import { alertEvidence } from '../report/alert-evidence.js'
import {
  type AlertEvidence,
  type ChainStatus,
  type EvidenceReport,
  REPORT_SCHEMA,
  type ReportMeta,
  SCREENING_LOG_LIMIT,
  type ScreeningLogEntry,
} from '../report/model.js'
import { subjectKey } from '../review/subject-key.js'
import type { ListVersion, Store } from '../store/store.js'
import { VERSION } from '../version.js'

/** Who asks for a report and when: stamped on it. */
export interface ReportContext {
  now: Date
  actor: string
}

/** A counterparty: a saved one by the user's id, or an ad-hoc screened party by its query. */
export type CounterpartyRef = { counterpartyId: string } | { query: ScreenQuery }

const PAGE = 500

export async function alertReport(
  store: Store,
  alertId: string,
  ctx: ReportContext,
): Promise<EvidenceReport> {
  const found = await store.alerts.get(alertId)
  if (!found) throw new TcError('TC_NOT_FOUND', `no alert ${alertId}`, { field: 'ALERT_ID' })
  return {
    kind: 'alert',
    meta: reportMeta(ctx),
    subject: found.alert.subject,
    alerts: [await gatherAlert(store, found.alert)],
    chain: await chainStatus(store),
  }
}

/** Every alert of one counterparty, oldest first, with the evidence of each. */
export async function counterpartyReport(
  store: Store,
  ref: CounterpartyRef,
  ctx: ReportContext,
): Promise<EvidenceReport> {
  const key = 'counterpartyId' in ref ? subjectKey({ name: '' }, ref.counterpartyId) : subjectKey(ref.query)
  const alerts: Alert[] = []
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.alerts.list({ subjectKey: key, limit: PAGE, offset })
    alerts.push(...page)
    if (page.length < PAGE) break
  }
  alerts.reverse()
  const screenings = await screeningLog(store, key)
  const first = alerts[0]
  if (!first && screenings.length === 0) {
    const field = 'counterpartyId' in ref ? '--id' : '--name'
    throw new TcError('TC_NOT_FOUND', `no screenings or alerts for this counterparty (subject key ${key})`, {
      field,
    })
  }
  const evidence: AlertEvidence[] = []
  for (const a of alerts) evidence.push(await gatherAlert(store, a))
  const subject: AlertSubject = first?.subject ?? {
    query: 'query' in ref ? ref.query : { name: screenings[0]!.name },
    key,
    ...('counterpartyId' in ref ? { counterpartyId: ref.counterpartyId } : {}),
  }
  return {
    kind: 'counterparty',
    meta: reportMeta(ctx),
    subject,
    alerts: evidence,
    screenings,
    chain: await chainStatus(store),
  }
}

/** Every recorded screening of a subject (the latest SCREENING_LOG_LIMIT), clear ones included. */
async function screeningLog(store: Store, key: string): Promise<ScreeningLogEntry[]> {
  const records = await store.records.list({ kind: 'screen', subjectKey: key, limit: SCREENING_LOG_LIMIT })
  const versions = new Map<string, ListVersion | undefined>()
  const out: ScreeningLogEntry[] = []
  for (const r of records) {
    const data: string[] = []
    for (const v of r.versions) {
      if (!versions.has(v.versionId)) versions.set(v.versionId, await store.getVersion(v.versionId))
      data.push(`${v.source} ${versions.get(v.versionId)?.published ?? 'undated'} (${v.versionId})`)
    }
    const input = r.input as { query?: { name?: string } }
    const result = r.result as { matches?: unknown[] }
    out.push({
      recordId: r.id,
      at: r.createdAt,
      caller: r.caller,
      name: input.query?.name ?? '',
      matchCount: result.matches?.length ?? 0,
      data,
      resultHash: r.resultHash,
    })
  }
  return out
}

export function reportMeta(ctx: ReportContext): ReportMeta {
  return {
    schema: REPORT_SCHEMA,
    generatedAt: ctx.now.toISOString(),
    generatedBy: ctx.actor,
    engine: VERSION,
  }
}

/** Verifies the whole chain now: the report says whether the log it cites is intact. */
export async function chainStatus(store: Store): Promise<ChainStatus> {
  const r = await store.audit.verify()
  return r.ok
    ? { ok: true, entries: r.entries, lastSeq: r.lastSeq, lastHash: r.lastHash }
    : { ok: false, entries: r.entries, firstBad: r.firstBad, problem: r.problem }
}

async function gatherAlert(store: Store, alert: Alert): Promise<AlertEvidence> {
  const record = alert.recordId ? await store.records.get(alert.recordId) : undefined
  const ids = record?.versions.map((v) => v.versionId) ?? (alert.versionId ? [alert.versionId] : [])
  const versions = new Map<string, ListVersion>()
  let entity: { versionId: string; entity: Entity } | undefined
  for (const id of ids) {
    const v = await store.getVersion(id)
    if (v) versions.set(id, v)
    const e = entity ? undefined : await store.getEntity(id, alert.entityId)
    if (e) entity = { versionId: id, entity: e }
  }
  const rules = (
    await store.alerts.rules({ subjectKey: alert.subject.key, entityId: alert.entityId })
  ).filter((r) => r.alertId === alert.id || r.id === alert.ruleId)
  const audit = await store.audit.list({ subjects: [alert.id, ...rules.map((r) => r.id)], limit: 100_000 })
  return alertEvidence({
    alert,
    events: await store.alerts.events(alert.id),
    record,
    versions,
    entity,
    rules,
    audit,
  })
}
