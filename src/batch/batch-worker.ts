import { parentPort, workerData } from 'node:worker_threads'
import { buildMatcher } from '../match/build-matcher.js'
import type { MatcherSnapshot } from '../match/snapshot.js'
import type { ScreenQuery, SearchOptions } from '../match/types.js'
import type { Entity } from '../model/entity.js'

/**
 * A screening thread: builds its own index over the entities it was given (from the parent's snapshot when it
 * sent one), then answers chunks of queries
 * by sequence number ({seq, queries} in, {seq, results} out). Started by screen-batch.ts.
 */
const { entities, options, snapshot } = workerData as {
  entities: Entity[]
  options: SearchOptions
  snapshot?: MatcherSnapshot
}
const matcher = buildMatcher(entities, snapshot ? { snapshot } : {})
parentPort!.on('message', (msg: { seq: number; queries: ScreenQuery[] }) => {
  const results = msg.queries.map((q) => {
    try {
      return matcher.search(q, options)
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) }
    }
  })
  parentPort!.postMessage({ seq: msg.seq, results })
})
parentPort!.postMessage({ ready: true })
