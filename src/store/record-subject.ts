import type { ScreenQuery } from '../match/types.js'
import { subjectKey } from '../review/subject-key.js'

/** The subject key of a screening record's input ({query, options}); undefined for other answers. */
export function recordSubjectKey(kind: string, input: unknown): string | undefined {
  if (kind !== 'screen') return undefined
  const query = (input as { query?: ScreenQuery } | null)?.query
  return typeof query?.name === 'string' ? subjectKey(query) : undefined
}
