/** Which list version an answer used: enough to load exactly that data again. */
export interface VersionRef {
  versionId: string
  source: string
  contentHash: string
}

export type AnswerKind = 'screen' | 'determine' | 'invest'

/**
 * A recorded answer: what was asked, on which data, by which engine and settings, what was answered and who
 * asked. Replay re-computes it from exactly these parts.
 */
export interface AnswerRecord {
  id: string
  kind: AnswerKind
  createdAt: string
  caller: string
  input: unknown
  versions: VersionRef[]
  /** Engine and matcher versions, threshold, lists, as-of date: everything besides data that shapes the answer. */
  settings: Record<string, unknown>
  result: unknown
  /** sha256 of the canonical JSON of `result`. */
  resultHash: string
  /** The answer needed attention: a match, a licence, a prohibition. */
  attention: boolean
}
