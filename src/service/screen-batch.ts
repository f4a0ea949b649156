import type { SearchOptions } from '../match/types.js'
import type { BatchRow } from './batch-input.js'
import { type BatchResult, resultFor } from './batch-output.js'
import type { Engine } from './engine-types.js'
import { matchJson } from './screen-json.js'

/**
 * Screens rows in input order, one result per row (bad rows carry their error). Yields to the event loop
 * every few hundred rows so a server stays responsive during a large batch.
 */
export async function* screenRows(
  engine: Engine,
  rows: AsyncIterable<BatchRow> | Iterable<BatchRow>,
  options: SearchOptions,
): AsyncGenerator<{ row: BatchRow; result: BatchResult }> {
  let n = 0
  for await (const row of rows) {
    if (row.error) {
      yield { row, result: resultFor(row, undefined) }
      continue
    }
    const { matches } = engine.screen(row.query, options)
    yield {
      row,
      result: resultFor(
        row,
        matches.map((m) => matchJson(m, engine.entity(m.entityId))),
      ),
    }
    if (++n % 256 === 0) await new Promise<void>((resolve) => setImmediate(resolve))
  }
}
