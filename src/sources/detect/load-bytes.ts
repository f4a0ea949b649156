import { readFile } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'
import { TcError } from '../../errors.js'

const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b

/** Gunzips when the bytes start with the gzip magic number (1f 8b), whatever the file is called. */
export function maybeGunzip(bytes: Uint8Array, name: string): Uint8Array {
  if (!isGzip(bytes)) return bytes
  try {
    return gunzipSync(bytes)
  } catch (cause) {
    throw new TcError('TC_BAD_FILE', `corrupt gzip data: ${(cause as Error).message}`, { field: name, cause })
  }
}

/** Reads a file, naming it in the one-line error when it cannot be read. */
export async function loadFile(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path)
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(cause)
    throw new TcError('TC_BAD_FILE', `cannot read: ${why}`, { field: path, cause })
  }
}
