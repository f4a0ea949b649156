import { TcError } from '../../errors.js'
import type { DatasetFormat } from '../../model/dataset.js'
import type { ReadResult, SourceFile } from '../common/types.js'
import { readCslCsv } from '../csl/read-csl-csv.js'
import { readCslJson } from '../csl/read-csl-json.js'

/** The legacy OFAC CSV files of one publication; only the primary one is required. */
export interface OfacFileSet {
  primary: SourceFile
  alt?: SourceFile
  add?: SourceFile
  comments?: SourceFile
}

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
  ofacCsv: (files: OfacFileSet) => Promise<ReadResult>
} = {
  'csl-json': async (file) => readCslJson(file),
  'csl-csv': async (file) => readCslCsv(file),
  'ofac-xml': notYet('OFAC XML'),
  'ofac-enhanced-xml': notYet('OFAC Enhanced XML'),
  'un-xml': notYet('UN XML'),
  'dpl-tsv': notYet('BIS DPL'),
  'uk-ofsi-csv': notYet('UK OFSI CSV'),
  'ftm-json': notYet('FollowTheMoney JSON'),
  ofacCsv: async (files) => notYet('OFAC CSV')(files.primary),
}
