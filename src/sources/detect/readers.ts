import type { DatasetFormat } from '../../model/dataset.js'
import type { ReadResult, SourceFile } from '../common/types.js'
import { readCslCsv } from '../csl/read-csl-csv.js'
import { readCslJson } from '../csl/read-csl-json.js'
import { readDpl } from '../dpl/read-dpl.js'
import { readFtm } from '../ftm/read-ftm.js'
import { readOfacEnhanced } from '../ofac/read-ofac-enhanced.js'
import { readOfacXml } from '../ofac/read-ofac-xml.js'
import { readUkOfsi } from '../uk/read-uk-ofsi.js'
import { readUnXml } from '../un/read-un-xml.js'

/** The reader of each single-file format; 'ofac-csv' sets are read by readOfacCsv with their companions. */
export const READERS: Record<Exclude<DatasetFormat, 'ofac-csv'>, (file: SourceFile) => ReadResult> = {
  'csl-json': readCslJson,
  'csl-csv': readCslCsv,
  'ofac-xml': readOfacXml,
  'ofac-enhanced-xml': readOfacEnhanced,
  'un-xml': readUnXml,
  'dpl-tsv': readDpl,
  'uk-ofsi-csv': readUkOfsi,
  'ftm-json': readFtm,
}
