import type { Readable } from 'node:stream'
import { badInput } from '../../errors.js'
import type { Counterparty } from '../../model/counterparty.js'
import { type BatchFormat, batchFormatFor, openBatchFile, readBatch } from '../batch-input.js'

export interface CounterpartyFile {
  counterparties: Counterparty[]
  /** Rows without an id of their own, known by their line number (a re-import cannot update them). */
  withoutId: number
}

/**
 * Reads a counterparty file: the columns of a screen batch (id, name, type, country, dob), CSV or JSONL.
 * All or nothing: one bad row or a repeated id refuses the file, naming the line.
 */
export async function readCounterparties(path: string, format?: string): Promise<CounterpartyFile> {
  return readCounterpartiesFrom(await openBatchFile(path), batchFormatFor(path, format), path)
}

/** The same from a stream (an upload); `name` is how errors name the file. */
export async function readCounterpartiesFrom(
  input: Readable,
  format: BatchFormat,
  name: string,
): Promise<CounterpartyFile> {
  const rows = readBatch(input, format, name)
  const counterparties: Counterparty[] = []
  const lines = new Map<string, number>()
  let withoutId = 0
  let bad = 0
  let firstBad: Error | undefined
  for await (const row of rows) {
    if (row.error) {
      bad++
      firstBad ??= row.error
      continue
    }
    const seen = lines.get(row.id)
    if (seen !== undefined) throw badInput(`${name}:${row.line}:id`, `"${row.id}" is also on line ${seen}`)
    lines.set(row.id, row.line)
    if (row.id === String(row.line)) withoutId++
    counterparties.push({ id: row.id, ...row.query })
  }
  if (firstBad) {
    const more = bad > 1 ? ` (and ${bad - 1} more bad rows; nothing imported)` : ' (nothing imported)'
    throw badInput((firstBad as { field?: string }).field ?? name, `${firstBad.message}${more}`)
  }
  return { counterparties, withoutId }
}
