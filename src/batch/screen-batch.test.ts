import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildMatcher } from '../match/build-matcher.js'
import { FIXTURE_ENTITIES } from '../match/testdata/fixture-entities.js'
import type { ScreenQuery } from '../match/types.js'
import { screenBatch } from './screen-batch.js'

const queries: ScreenQuery[] = Array.from({ length: 60 }, (_, i) =>
  i % 3 === 0
    ? { name: 'Huawie Technologies' }
    : i % 3 === 1
      ? { name: 'Apple Inc.' }
      : { name: `BUSH GEORGE ${i}` },
)
const collect = async <T>(g: AsyncIterable<T>) => {
  const out: T[] = []
  for await (const x of g) out.push(x)
  return out
}
// The worker threads run the built JavaScript (npm test builds before it tests).
const built = new URL('../../dist/batch/batch-worker.js', import.meta.url)

describe('screenBatch', () => {
  const matcher = buildMatcher(FIXTURE_ENTITIES)
  const expected = queries.map((q) => matcher.search(q))

  it('screens a small input in process, one result per query in order', async () => {
    const results = await collect(screenBatch(FIXTURE_ENTITIES, queries, { matcher }))
    expect(results).toEqual(expected)
  })

  it.runIf(existsSync(built))(
    'spreads a large input over worker threads and keeps the input order',
    async () => {
      async function* stream() {
        yield* queries
      }
      const results = await collect(
        screenBatch(FIXTURE_ENTITIES, stream(), {
          workers: 2,
          minParallel: 10,
          chunkSize: 7,
          workerScript: built,
        }),
      )
      expect(results).toEqual(expected)
    },
  )
})
