import type { Dataset } from '../../model/dataset.js'
import type { SourceFile } from '../common/types.js'
import { type OfacCsvFiles, readOfacCsv } from '../ofac/read-ofac-csv.js'
import { detectFormat } from './detect-format.js'
import { finishDataset, type ReadOptions, unknownFormat } from './finish-dataset.js'
import { sniffText } from './sniff-text.js'

/**
 * Reads several files as one OFAC legacy CSV set: exactly one primary (sdn.csv or cons_prim.csv by content)
 * and any alt/add/comments files; files of no OFAC shape (a README, a stray binary) are ignored. `where`
 * names the folder or file list in errors.
 */
export function readOfacSet(files: SourceFile[], where: string, options: ReadOptions): Dataset {
  const set: Partial<OfacCsvFiles> = {}
  const primaries: string[] = []
  for (const file of files) {
    let detection: ReturnType<typeof detectFormat>
    try {
      detection = detectFormat(sniffText(file.bytes, file.name))
    } catch {
      continue
    }
    if (detection && 'format' in detection && detection.format === 'ofac-csv') {
      primaries.push(file.name)
      set.primary = file
    } else if (detection && 'ofacPart' in detection) {
      set[detection.ofacPart] = file
    }
  }
  if (primaries.length !== 1 || !set.primary) {
    const why =
      primaries.length === 0
        ? 'no OFAC sdn.csv or cons_prim.csv'
        : `several OFAC primary files (${primaries.join(', ')})`
    throw unknownFormat(where, `a folder or file set is read as one OFAC CSV set, but it holds ${why}`)
  }
  const full = set as OfacCsvFiles
  const used = [full.primary, full.alt, full.add, full.comments].filter(
    (f): f is SourceFile => f !== undefined,
  )
  return finishDataset(readOfacCsv(full), used, options)
}
