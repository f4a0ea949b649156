import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { TcError } from '../../errors.js'
import { type OwnershipFile, ownershipFromCsv, ownershipFromDataset } from '../../ownership/ownership-file.js'
import { readFtm } from '../ftm/read-ftm.js'

/**
 * The I/O edge of ownership: reads a FollowTheMoney JSON-lines file (through the FtM reader) or an
 * owner,owned,percent,as_of CSV, gzipped or not, and hands it to the pure mappers. Errors name the file.
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
  const name = basename(path)
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '')
  if (/^\s*\{/.test(text)) return ownershipFromDataset(readFtm({ name, bytes: new Uint8Array(bytes) }))
  const parsed = ownershipFromCsv(text, name)
  if (parsed.edges.length === 0 && parsed.issues.length > 0) {
    const first = parsed.issues[0]!
    throw new TcError('TC_BAD_FILE', `no ownership rows: ${first.message}`, { field: first.where })
  }
  return parsed
}
