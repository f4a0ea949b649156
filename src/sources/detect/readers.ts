import { TcError } from '../../errors.js'
import type { DatasetFormat } from '../../model/dataset.js'
import type { ReadResult, SourceFile } from '../common/types.js'
import { readCslCsv } from '../csl/read-csl-csv.js'
import { readCslJson } from '../csl/read-csl-json.js'
import { readDpl } from '../dpl/read-dpl.js'
import { type OfacCsvFiles, readOfacCsv } from '../ofac/read-ofac-csv.js'
import { readUkOfsi } from '../uk/read-uk-ofsi.js'
import { readUnXml } from '../un/read-un-xml.js'

export type { OfacCsvFiles as OfacFileSet } from '../ofac/read-ofac-csv.js'

type SingleFileFormat = Exclude<DatasetFormat, 'ofac-csv'>

const notYet =
  (format: string) =>
  async (file: SourceFile): Promise<ReadResult> => {
    throw new TcError('TC_UNKNOWN_FORMAT', `${format} is recognised but this version has no reader for it`, {
      field: file.name,
    })
  }

/** One reader per detected format. */
export const READERS: Record<SingleFileFormat, (file: SourceFile) => Promise<ReadResult>> & {
  ofacCsv: (files: OfacCsvFiles) => Promise<ReadResult>
} = {
  'csl-json': async (file) => readCslJson(file),
  'csl-csv': async (file) => readCslCsv(file),
  'ofac-xml': notYet('OFAC XML'),
  'ofac-enhanced-xml': notYet('OFAC Enhanced XML'),
  'un-xml': async (file) => readUnXml(file),
  'dpl-tsv': async (file) => readDpl(file),
  'uk-ofsi-csv': async (file) => readUkOfsi(file),
  'ftm-json': notYet('FollowTheMoney JSON'),
  ofacCsv: async (files) => readOfacCsv(files),
}
