export { DATED_RULES } from './ear/dated-rules.js'
export { type DetermineDeps, determine } from './ear/determine.js'
export { END_USE_CODES } from './ear/end-use.js'
export { formatDetermination } from './ear/format.js'
export type { RawEarData } from './ear/raw-types.js'
export { buildEarTables, type CclReport, type EarTables } from './ear/tables.js'
export type {
  Decision,
  Determination,
  DetermineInput,
  LicenseExceptionCandidate,
  PartyInput,
  PartyScreener,
  Question,
  Reason,
} from './ear/types.js'
export { ERROR_CODES, type ErrorCode, TcError } from './errors.js'
export type { Dataset, DatasetFormat, RowIssue } from './model/dataset.js'
export type { Address, Entity, EntityName, EntityType, ListCode, Relation } from './model/entity.js'
export { loadEarTables } from './service/ear-tables.js'
export type { ReadResult, SourceFile } from './sources/common/types.js'
export { readCslCsv } from './sources/csl/read-csl-csv.js'
export { readCslJson } from './sources/csl/read-csl-json.js'
export { detectFormat } from './sources/detect/detect-format.js'
export {
  type ReadOptions,
  readDataset,
  readDatasetFromBytes,
  readDatasetFromFiles,
} from './sources/detect/read-dataset.js'
export { readDpl } from './sources/dpl/read-dpl.js'
export { readFtm } from './sources/ftm/read-ftm.js'
export { type OfacCsvFiles, readOfacCsv } from './sources/ofac/read-ofac-csv.js'
export { readOfacEnhanced } from './sources/ofac/read-ofac-enhanced.js'
export { readOfacXml } from './sources/ofac/read-ofac-xml.js'
export { readUkOfsi } from './sources/uk/read-uk-ofsi.js'
export { readUnXml } from './sources/un/read-un-xml.js'
export { VERSION } from './version.js'
