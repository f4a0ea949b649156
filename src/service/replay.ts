import { TcError } from '../errors.js'
import type { AnswerRecord } from '../model/answer-record.js'
import type { Store } from '../store/store.js'
import { VERSION } from '../version.js'
import type { Engine } from './engine-types.js'
import { findRecord } from './journaled-record.js'
import { type EngineFactories, engineFromVersions } from './open-engine.js'

/** Re-computes a recorded answer's result on an engine; one per answer kind. */
export type Recompute = (engine: Engine, record: AnswerRecord) => unknown | Promise<unknown>

/** Lists what differs between two results of the same kind, in words a reviewer can read. */
export type Compare = (recorded: unknown, replayed: unknown) => string[]

export interface ReplayKind {
  recompute: Recompute
  compare: Compare
}

export interface ReplayOutcome {
  recordId: string
  kind: string
  recordedAt: string
  /** The answer re-computed on the recorded versions is the recorded answer. */
  same: boolean
  differences: string[]
  /** The matcher or engine changed since the answer was recorded (a difference may come from that). */
  engineChanged: boolean
  result: unknown
  today: { versions: string[]; same: boolean; differences: string[]; result: unknown }
}

/**
 * Replays a record on exactly the list versions it used (their content hashes must still match), and on
 * today's versions, and reports both comparisons.
 */
export async function replayRecord(
  store: Store,
  factories: EngineFactories,
  kinds: Partial<Record<string, ReplayKind>>,
  recordId: string,
): Promise<ReplayOutcome> {
  const record = await findRecord(store, recordId)
  if (!record) throw new TcError('TC_NOT_FOUND', `no recorded answer ${recordId}`, { field: 'RECORD_ID' })
  const kind = kinds[record.kind]
  if (!kind)
    throw new TcError('TC_BAD_INPUT', `answers of kind ${record.kind} cannot be replayed here`, {
      field: 'RECORD_ID',
    })
  const versions = []
  for (const ref of record.versions) {
    const v = await store.getVersion(ref.versionId)
    if (!v)
      throw new TcError('TC_NOT_FOUND', `list version ${ref.versionId} is no longer stored`, {
        field: 'RECORD_ID',
      })
    if (v.contentHash !== ref.contentHash) {
      throw new TcError(
        'TC_CONFLICT',
        `list version ${ref.versionId} changed since the answer (content hash differs)`,
        { field: 'RECORD_ID' },
      )
    }
    versions.push(v)
  }
  const then = await engineFromVersions(store, versions, factories, { closeStore: false })
  const now = await engineFromVersions(store, await store.activeVersions(), factories, { closeStore: false })
  const result = await kind.recompute(then, record)
  const differences = kind.compare(record.result, result)
  const todayResult = await kind.recompute(now, record)
  const todayDifferences = kind.compare(record.result, todayResult)
  return {
    recordId: record.id,
    kind: record.kind,
    recordedAt: record.createdAt,
    same: differences.length === 0,
    differences,
    engineChanged: record.settings.matcher !== then.matcherVersion || record.settings.engine !== VERSION,
    result,
    today: {
      versions: now.data.map((d) => d.versionId ?? d.source),
      same: todayDifferences.length === 0,
      differences: todayDifferences,
      result: todayResult,
    },
  }
}
