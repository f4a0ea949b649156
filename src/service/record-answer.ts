import { canonicalJson } from '../audit/canonical-json.js'
import type { AnswerKind, AnswerRecord, VersionRef } from '../model/answer-record.js'
import { newId, sha256Hex } from '../model/ids.js'
import { VERSION } from '../version.js'
import type { DataInfo, Engine } from './engine-types.js'

/** The versions an engine answered from, as a record keeps them. */
export function versionRefs(data: readonly DataInfo[]): VersionRef[] {
  return data
    .filter((d): d is DataInfo & { versionId: string } => d.versionId !== undefined)
    .map((d) => ({ versionId: d.versionId, source: d.source, contentHash: d.contentHash }))
}

/** A record whose result hash is still to be computed (by whoever commits it, off the answering thread). */
export type RecordDraft = Omit<AnswerRecord, 'resultHash'> & { resultHash?: string }

export interface AnswerParts {
  kind: AnswerKind
  engine: Pick<Engine, 'data' | 'matcherVersion'>
  input: unknown
  settings: Record<string, unknown>
  result: unknown
  attention: boolean
  caller: string
  now?: Date
  /** The record's id and engine, when the record is rebuilt from what an answer recorded (screen-line.ts). */
  recorded?: { id: string; versions: VersionRef[]; engineVersion: string }
}

/** Builds the record of one answer; the caller stores it (one by one, or many in one transaction). */
export function answerRecord(parts: AnswerParts): AnswerRecord {
  return hashed(answerDraft(parts))
}

/** The record of one answer without its result hash. */
export function answerDraft(parts: AnswerParts): RecordDraft {
  const now = parts.now ?? new Date()
  const recorded = parts.recorded
  return {
    id: recorded?.id ?? newId('rec', now.getTime()),
    kind: parts.kind,
    createdAt: now.toISOString(),
    caller: parts.caller,
    input: parts.input,
    versions: recorded?.versions ?? versionRefs(parts.engine.data),
    settings: {
      engine: recorded?.engineVersion ?? VERSION,
      matcher: parts.engine.matcherVersion,
      ...parts.settings,
    },
    result: parts.result,
    attention: parts.attention,
  }
}

/** The record with its result hash: sha256 of the canonical JSON of `result`. */
export function hashed(draft: RecordDraft): AnswerRecord {
  return { ...draft, resultHash: draft.resultHash ?? sha256Hex(canonicalJson(draft.result)) }
}
