import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { parse } from 'csv-parse'
import { badInput, isTcError, TcError } from '../errors.js'
import type { ScreenQuery } from '../match/types.js'
import { parseScreenQuery } from './query-schema.js'

export type BatchFormat = 'jsonl' | 'csv'

/** One input row: a valid query, or the reason it is not one (reported in the output, never dropped). */
export type BatchRow =
  | { line: number; id: string; query: ScreenQuery; error?: undefined }
  | { line: number; id: string; query?: undefined; error: TcError }

const COLUMNS = ['id', 'name', 'type', 'country', 'dob'] as const

export function batchFormatFor(path: string, explicit?: string): BatchFormat {
  if (explicit !== undefined) {
    if (explicit === 'jsonl' || explicit === 'csv') return explicit
    throw badInput('--format', `must be jsonl or csv, not "${explicit}"`)
  }
  if (/\.csv$/i.test(path)) return 'csv'
  if (/\.(jsonl|ndjson|json)$/i.test(path)) return 'jsonl'
  throw badInput(
    '--format',
    `cannot tell the format of ${path} from its name; give --format jsonl or --format csv`,
  )
}

/** Opens a batch file, failing early with a one-line error when it cannot be read. */
export async function openBatchFile(path: string): Promise<Readable> {
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => {
    throw new TcError('TC_BAD_FILE', `cannot read file (${e.code ?? e.message})`, { field: path })
  })
  if (!info.isFile()) throw new TcError('TC_BAD_FILE', 'is not a file', { field: path })
  return createReadStream(path)
}

export function readBatch(input: Readable, format: BatchFormat, file: string): AsyncGenerator<BatchRow> {
  return format === 'csv' ? readCsv(input, file) : readJsonl(input, file)
}

async function* readJsonl(input: Readable, file: string): AsyncGenerator<BatchRow> {
  input.setEncoding('utf8')
  let line = 0
  for await (const text of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    line++
    if (line === 1) assertTextFile(text, file)
    if (!text.trim()) continue
    yield rowFrom(line, file, undefined, () => {
      assertUtf8(text, `${file}:${line}`)
      try {
        return JSON.parse(text) as unknown
      } catch {
        throw badInput(`${file}:${line}`, 'is not valid JSON')
      }
    })
  }
}

async function* readCsv(input: Readable, file: string): AsyncGenerator<BatchRow> {
  // Ragged rows are kept (relax_column_count) so that each is reported in its place, in input order.
  const parser = input.pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }),
  )
  let header: string[] | undefined
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[]
      info: { lines: number }
    }>) {
      const line = info.lines
      if (!header) {
        assertTextFile(record.join(','), file)
        header = readHeader(record, file)
        continue
      }
      const cells = record
      const idHint = cells[header.indexOf('id')]?.trim()
      yield rowFrom(line, file, idHint, () => {
        assertUtf8(cells.join(','), `${file}:${line}`)
        if (cells.length !== header!.length) {
          throw badInput(`${file}:${line}`, `has ${cells.length} fields, the header has ${header!.length}`)
        }
        const obj: Record<string, string> = {}
        header!.forEach((col, i) => {
          const v = cells[i]?.trim()
          if (v && (COLUMNS as readonly string[]).includes(col)) obj[col] = v
        })
        return obj
      })
    }
  } catch (e) {
    if (isTcError(e)) throw e
    const where = (e as { lines?: number }).lines
    throw new TcError('TC_BAD_FILE', `is not valid CSV: ${(e as Error).message}`, {
      field: where ? `${file}:${where}` : file,
    })
  }
  if (!header)
    throw new TcError('TC_BAD_FILE', 'is empty: a CSV batch needs a header with a name column', {
      field: file,
    })
}

function readHeader(record: string[], file: string): string[] {
  const header = record.map((h) => h.trim().toLowerCase())
  if (!header.includes('name')) {
    throw new TcError('TC_BAD_FILE', `header has no "name" column (found: ${header.join(', ')})`, {
      field: `${file}:1`,
    })
  }
  return header
}

/** Rows without an id (or too broken to read one) are known by their line number. */
function rowFrom(line: number, file: string, idHint: string | undefined, read: () => unknown): BatchRow {
  let raw: unknown
  let id = idHint || String(line)
  try {
    raw = read()
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw badInput(`${file}:${line}`, 'is not a JSON object')
    }
    const { id: rawId, ...rest } = raw as Record<string, unknown>
    if (rawId !== undefined && rawId !== null && rawId !== '') id = String(rawId)
    return { line, id, query: parseScreenQuery(rest, `${file}:${line}: `) }
  } catch (e) {
    if (isTcError(e)) return { line, id, error: e }
    throw e
  }
}

/** UTF-16 files and binary data arrive here as replacement characters or NULs: refuse them at line 1. */
function assertTextFile(firstLine: string, file: string): void {
  if (/^\uFEFF?[\uFFFE\uFEFF]|\u0000/.test(firstLine) || firstLine.startsWith('\uFFFD\uFFFD')) {
    throw new TcError('TC_BAD_FILE', 'is not UTF-8 text (UTF-16 or binary?)', { field: file })
  }
}

/** A byte sequence that is not UTF-8 decodes to U+FFFD; say so instead of screening a mangled name. */
function assertUtf8(text: string, where: string): void {
  if (text.includes('\uFFFD')) throw badInput(where, 'is not valid UTF-8 (is the file in another encoding?)')
}
