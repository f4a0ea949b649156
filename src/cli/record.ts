import type { AnswerKind } from '../model/answer-record.js'
import { answerRecord } from '../service/record-answer.js'
import type { CliDeps, EngineHandle } from './io.js'

/**
 * Records an answer in the store the command used, or in the default store when it screened nothing, and
 * returns its id. Answers over --dataset files are not recorded: they cannot be replayed.
 */
export async function recordAnswer(
  deps: CliDeps,
  db: string | undefined,
  engine: EngineHandle | undefined,
  parts: {
    kind: AnswerKind
    input: unknown
    settings: Record<string, unknown>
    result: unknown
    attention: boolean
  },
): Promise<string | undefined> {
  if (engine && !engine.store) return undefined
  const record = answerRecord({
    ...parts,
    engine: engine ?? { data: [], matcherVersion: 'none' },
    caller: deps.actor,
    now: deps.now(),
  })
  if (engine?.store) {
    await engine.store.records.insert(record)
    return record.id
  }
  const store = await deps.openStore(db === undefined ? {} : { db })
  try {
    await store.records.insert(record)
  } finally {
    await store.close()
  }
  return record.id
}
