import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Dataset } from '../../model/dataset.js'
import type { SourceFile } from '../common/types.js'
import { readOfacCsv } from '../ofac/read-ofac-csv.js'
import { detectFormat } from './detect-format.js'
import { finishDataset, type ReadOptions, unknownFormat } from './finish-dataset.js'
import { loadFile, maybeGunzip } from './load-bytes.js'
import { readOfacSet } from './read-ofac-set.js'
import { READERS } from './readers.js'
import { sniffText } from './sniff-text.js'

export type { ReadOptions } from './finish-dataset.js'

/** Reads one list file from memory (a download body, a test fixture), detecting its format from content. */
export async function readDatasetFromBytes(
  raw: Uint8Array,
  name: string,
  options: ReadOptions = {},
): Promise<Dataset> {
  const file = { name, bytes: maybeGunzip(raw, name) }
  const detection = detectFormat(sniffText(file.bytes, name))
  if (!detection) {
    const formats = 'CSL CSV/JSON, OFAC CSV/XML, UN XML, DPL, OFSI, FtM'
    throw unknownFormat(name, `not a list format tradecontrols reads (${formats})`)
  }
  if ('ofacPart' in detection) {
    const why = `an OFAC ${detection.ofacPart} file on its own; pass the folder that holds it with sdn.csv`
    throw unknownFormat(name, why)
  }
  const result =
    detection.format === 'ofac-csv' ? readOfacCsv({ primary: file }) : READERS[detection.format](file)
  return finishDataset(result, [file], options)
}

/**
 * Reads downloaded files as one dataset: a single file of any format, or an OFAC CSV set (sdn.csv with
 * alt.csv, add.csv, sdn_comments.csv, or the cons_* equivalents) told apart by content.
 */
export async function readDatasetFromFiles(files: SourceFile[], options: ReadOptions = {}): Promise<Dataset> {
  if (files.length === 1) return readDatasetFromBytes(files[0]!.bytes, files[0]!.name, options)
  const unzipped = files.map((f) => ({ name: f.name, bytes: maybeGunzip(f.bytes, f.name) }))
  return readOfacSet(unzipped, files.map((f) => f.name).join(', '), options)
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
  if (!isDir) return readDatasetFromBytes(await loadFile(path), path, options)
  const files: SourceFile[] = []
  for (const entry of (await readdir(path)).sort()) {
    const file = join(path, entry)
    if ((await stat(file)).isFile())
      files.push({ name: file, bytes: maybeGunzip(await loadFile(file), file) })
  }
  return readOfacSet(files, path, options)
}
