import type { AuditEntry } from '../audit/chain.js'
import type { Alert, AlertEvent, AllowRule } from '../model/alert.js'
import type { AnswerRecord, VersionRef } from '../model/answer-record.js'
import type { Entity } from '../model/entity.js'
import { entityFacts } from '../review/entity-facts.js'
import type { ScreenAnswer, ScreenInput } from '../service/screen-replay.js'
import type { ListVersion } from '../store/store.js'
import type { AlertEvidence, DataVersion, ListedEntry, Screening } from './model.js'
import { buildTrail } from './trail.js'

/** Everything read from the store about one alert; the report is made from this alone. */
export interface AlertParts {
  alert: Alert
  events: readonly AlertEvent[]
  /** The recorded answer that raised the alert, when there is one. */
  record: AnswerRecord | undefined
  /** Stored list versions by id (those the answer used, or the alert's own). */
  versions: ReadonlyMap<string, ListVersion>
  /** The listed entry as stored in the version the answer used. */
  entity: { versionId: string; entity: Entity } | undefined
  /** Rules the alert made, and the rule that suppressed it. */
  rules: readonly AllowRule[]
  /** Audit entries whose subject is the alert or one of the rules. */
  audit: readonly AuditEntry[]
}

export function alertEvidence(parts: AlertParts): AlertEvidence {
  const { alert, record } = parts
  const answer = record?.kind === 'screen' ? (record.result as ScreenAnswer) : undefined
  const refs: VersionRef[] = record?.versions ?? []
  const versionIds = refs.length ? refs.map((r) => r.versionId) : alert.versionId ? [alert.versionId] : []
  return {
    alert,
    screening: record ? screening(record, answer?.matches.length ?? 0) : null,
    match: answer?.matches.find((m) => m.entityId === alert.entityId) ?? null,
    entry: parts.entity ? listedEntry(parts.entity.versionId, parts.entity.entity) : null,
    versions: versionIds.map((id) => dataVersion(id, parts.versions.get(id), refs)),
    rules: [...parts.rules],
    trail: buildTrail(parts.events, parts.rules, parts.audit),
  }
}

function screening(record: AnswerRecord, matchCount: number): Screening {
  const input = record.input as Partial<ScreenInput>
  const s = record.settings
  return {
    recordId: record.id,
    at: record.createdAt,
    caller: record.caller,
    query: input.query ?? { name: '' },
    options: input.options ?? {},
    engine: typeof s.engine === 'string' ? s.engine : null,
    matcher: typeof s.matcher === 'string' ? s.matcher : null,
    threshold: typeof s.threshold === 'number' ? s.threshold : null,
    resultHash: record.resultHash,
    matchCount,
  }
}

function listedEntry(versionId: string, e: Entity): ListedEntry {
  return {
    entityId: e.id,
    versionId,
    ...entityFacts(e),
    federalRegister: [...e.federalRegister],
    sourceUrl: e.sourceUrl ?? null,
  }
}

/** The stored version's facts; the record's own reference (source, hash) when the version was pruned. */
function dataVersion(id: string, v: ListVersion | undefined, refs: readonly VersionRef[]): DataVersion {
  const ref = refs.find((r) => r.versionId === id)
  return {
    versionId: id,
    source: v?.source ?? ref?.source ?? 'unknown',
    contentHash: v?.contentHash ?? ref?.contentHash ?? 'unknown',
    published: v?.published ?? null,
    retrieved: v?.retrieved ?? null,
    records: v?.recordCount ?? null,
  }
}
