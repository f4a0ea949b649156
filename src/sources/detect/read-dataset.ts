import { readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { TcError } from '../../errors.js'
import type { Dataset } from '../../model/dataset.js'
import { sha256Hex } from '../../model/ids.js'
import type { ReadResult, SourceFile } from '../common/types.js'
import { type OfacCsvFiles, readOfacCsv } from '../ofac/read-ofac-csv.js'
import { detectFormat, type OfacPart } from './detect-format.js'
import { loadFile, maybeGunzip } from './load-bytes.js'
import { READERS } from './readers.js'
import { sniffText } from './sniff-text.js'

export interface ReadOptions {
  /** When this copy was fetched (ISO date-time); defaults to now. */
  retrieved?: string
}

function finish(result: ReadResult, files: SourceFile[], origin: string[], options: ReadOptions): Dataset {
  // Hash the decompressed content so a gzipped copy and the original download hash alike.
  const hash =
    files.length === 1
      ? sha256Hex(files[0]!.bytes)
      : sha256Hex(files.map((f) => `${basename(f.name)}\0${sha256Hex(f.bytes)}`).join('\n'))
  return { ...result, retrieved: options.retrieved ?? new Date().toISOString(), contentHash: hash, origin }
}

const unknown = (name: string, why: string): TcError => new TcError('TC_UNKNOWN_FORMAT', why, { field: name })

/** Reads one list file from memory (a download body, a test fixture), detecting its format from content. */
export async function readDatasetFromBytes(
  raw: Uint8Array,
  name: string,
  options: ReadOptions = {},
): Promise<Dataset> {
  const file = { name, bytes: maybeGunzip(raw, name) }
  const detection = detectFormat(sniffText(file.bytes, name))
  if (!detection) {
    throw unknown(
      name,
      'not a list format tradecontrols reads (CSL CSV/JSON, OFAC CSV/XML, UN XML, DPL, OFSI, FtM)',
    )
  }
  if ('ofacPart' in detection) {
    throw unknown(
      name,
      `an OFAC ${detection.ofacPart} file on its own; pass the folder that holds it with sdn.csv`,
    )
  }
  const result =
    detection.format === 'ofac-csv' ? readOfacCsv({ primary: file }) : READERS[detection.format](file)
  return finish(result, [file], [name], options)
}

/** Reads an OFAC legacy CSV folder: one primary file (sdn.csv or cons_prim.csv) and its alt/add/comments. */
async function readOfacFolder(dir: string, options: ReadOptions): Promise<Dataset> {
  const set: Partial<OfacCsvFiles> = {}
  const primaries: string[] = []
  for (const entry of (await readdir(dir)).sort()) {
    const path = join(dir, entry)
    if (!(await stat(path)).isFile()) continue
    const bytes = maybeGunzip(await loadFile(path), path)
    let detection: ReturnType<typeof detectFormat>
    try {
      detection = detectFormat(sniffText(bytes, path))
    } catch {
      continue // a stray binary in the folder is not part of the list
    }
    const file = { name: path, bytes }
    if (detection && 'format' in detection && detection.format === 'ofac-csv') {
      primaries.push(path)
      set.primary = file
    } else if (detection && 'ofacPart' in detection) {
      set[detection.ofacPart satisfies OfacPart] = file
    }
  }
  if (primaries.length !== 1 || !set.primary) {
    const why =
      primaries.length === 0
        ? 'no OFAC sdn.csv or cons_prim.csv'
        : `several OFAC primary files (${primaries.join(', ')})`
    throw unknown(dir, `a folder is read as one OFAC CSV set, but it holds ${why}`)
  }
  const full = set as OfacCsvFiles
  const files = [full.primary, full.alt, full.add, full.comments].filter(
    (f): f is SourceFile => f !== undefined,
  )
  return finish(
    readOfacCsv(full),
    files,
    files.map((f) => f.name),
    options,
  )
}

/**
 * Reads a list file or an OFAC CSV folder into a Dataset. The format comes from the content, never the name;
 * gzip is undone transparently. Unreadable or unknown files throw a TcError naming the file; bad rows become
 * RowIssues in the result.
 */
export async function readDataset(path: string, options: ReadOptions = {}): Promise<Dataset> {
  let isDir = false
  try {
    isDir = (await stat(path)).isDirectory()
  } catch {
    // loadFile below reports the missing or unreadable path in one line
  }
  if (isDir) return readOfacFolder(path, options)
  return readDatasetFromBytes(await loadFile(path), path, options)
}
