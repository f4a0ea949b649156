export { type BatchOptions, type BatchResult, screenBatch } from './batch/screen-batch.js'
export { ERROR_CODES, type ErrorCode, TcError } from './errors.js'
// Matching (issue 3): normalisation shared by ingest and query, the candidate index and the scorer.
export { buildMatcher, type IndexedMatcher, type MatcherOptions } from './match/build-matcher.js'
export { DEFAULT_THRESHOLD, MATCHER_VERSION } from './match/defaults.js'
export type { MatcherSnapshot } from './match/snapshot.js'
export type {
  Adjustment,
  Explanation,
  Match,
  Matcher,
  ScreenQuery,
  SearchOptions,
  TokenPair,
} from './match/types.js'
export type { Dataset, DatasetFormat, RowIssue } from './model/dataset.js'
export type { Address, Entity, EntityName, EntityType, ListCode, Relation } from './model/entity.js'
export type { ReadResult, SourceFile } from './sources/common/types.js'
export { readCslCsv } from './sources/csl/read-csl-csv.js'
export { readCslJson } from './sources/csl/read-csl-json.js'
export { detectFormat } from './sources/detect/detect-format.js'
export { type ReadOptions, readDataset, readDatasetFromBytes } from './sources/detect/read-dataset.js'
export { readDpl } from './sources/dpl/read-dpl.js'
export { type OfacCsvFiles, readOfacCsv } from './sources/ofac/read-ofac-csv.js'
export { readUkOfsi } from './sources/uk/read-uk-ofsi.js'
export { readUnXml } from './sources/un/read-un-xml.js'
export { type NormalisedName, normaliseName } from './text/normalise-name.js'
export { VERSION } from './version.js'
