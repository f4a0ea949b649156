import type { SearchOptions } from '../match/types.js'
import type { BatchRow } from './batch-input.js'
import { type BatchResult, resultFor } from './batch-output.js'
import type { Engine } from './engine-types.js'
import { matchJson } from './screen-json.js'

/** A batch gives the event loop back after this many milliseconds of screening. */
const SLICE_MS = 10

/**
 * Screens rows in input order, one result per row (bad rows carry their error). Yields to the event loop
 * every SLICE_MS of work, so a server stays responsive during a large batch whatever a row costs.
 */
export async function* screenRows(
  engine: Engine,
  rows: AsyncIterable<BatchRow> | Iterable<BatchRow>,
  options: SearchOptions,
): AsyncGenerator<{ row: BatchRow; result: BatchResult }> {
  let sliceStart = performance.now()
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
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve))
      sliceStart = performance.now()
    }
  }
}
