import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { TcError } from '../../errors.js'
import { type OwnershipFile, parseOwnershipText } from '../../ownership/ownership-text.js'

/**
 * The I/O edge of ownership: reads an FtM JSON-lines file or an owner,owned,percent,as_of CSV (gzipped or
 * not) and hands the text to the pure parser. Errors name the file.
 */
export async function readOwnershipFile(path: string): Promise<OwnershipFile> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (e) {
    throw new TcError('TC_BAD_FILE', `cannot read ownership graph: ${(e as Error).message}`, {
      field: path,
      cause: e,
    })
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes)
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes)
  const parsed = parseOwnershipText(text, basename(path))
  if (parsed.edges.length === 0 && parsed.issues.length > 0 && parsed.format === 'ownership-csv') {
    throw new TcError('TC_BAD_FILE', `no ownership rows: ${parsed.issues[0]!.message}`, {
      field: parsed.issues[0]!.where,
    })
  }
  return parsed
}
