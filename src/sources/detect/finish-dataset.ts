import { basename } from 'node:path'
import { TcError } from '../../errors.js'
import type { Dataset } from '../../model/dataset.js'
import { sha256Hex } from '../../model/ids.js'
import type { ReadResult, SourceFile } from '../common/types.js'

export interface ReadOptions {
  /** When this copy was fetched (ISO date-time); defaults to now. */
  retrieved?: string
}

/**
 * A reader's result as a Dataset. The hash covers the decompressed content, so a gzipped copy and the
 * original download hash alike; a multi-file OFAC set hashes its files' names and hashes in role order.
 */
export function finishDataset(result: ReadResult, files: SourceFile[], options: ReadOptions): Dataset {
  const contentHash =
    files.length === 1
      ? sha256Hex(files[0]!.bytes)
      : sha256Hex(files.map((f) => `${basename(f.name)}\0${sha256Hex(f.bytes)}`).join('\n'))
  return {
    ...result,
    retrieved: options.retrieved ?? new Date().toISOString(),
    contentHash,
    origin: files.map((f) => f.name),
  }
}

export const unknownFormat = (name: string, why: string): TcError =>
  new TcError('TC_UNKNOWN_FORMAT', why, { field: name })
