export { type BatchOptions, type BatchResult, screenBatch } from './batch/screen-batch.js'
export { type JsonFeed, renderChangeFeed } from './changes/change-feed.js'
export { diffAndPair, diffVersions, hasChanges } from './changes/diff-versions.js'
export type { DiffSide, FieldChange, ListDiff, RecordedChange } from './changes/types.js'
export { signWebhook, verifyWebhook } from './changes/webhook-signature.js'
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
// Outbound investment (31 CFR 850, NS-CMIC) and ownership (OFAC 50 %, BIS Affiliates Rule).
export { ACTIVITIES, type Activity } from './invest/activities.js'
export { checkInvestment, type InvestDeps } from './invest/check-investment.js'
export { type InvestmentInput, parseInvestmentInput } from './invest/input.js'
export { INVEST_RULES, type InvestRules } from './invest/program-data.js'
export type { InvestDecision, InvestmentResult, Reason as InvestReason } from './invest/types.js'
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
export { type EngineOwnershipOptions, ownershipForEngine } from './ownership/engine-ownership.js'
export { edgesFromRelations } from './ownership/from-relations.js'
export { engineListing, listingOfEntity } from './ownership/listings.js'
export { type OwnershipFile, ownershipFromCsv, ownershipFromDataset } from './ownership/ownership-file.js'
export { type OwnedByResult, OwnershipIndex, type OwnershipSource } from './ownership/ownership-index.js'
export { type PartyOwnership, partyOwnership } from './ownership/party-ownership.js'
export { type RuleOverrides, ruleStatus } from './ownership/rule-status.js'
export { OWNERSHIP_RULES, type OwnershipRule } from './ownership/rules.js'
export type { ControlLink, NodeListing, OwnershipEdge } from './ownership/types.js'
export type { AlertEvidence, EvidenceReport, TrailStep } from './report/model.js'
export type { ReportFonts } from './report/pdf/fonts.js'
export { type RenderedReport, type ReportFormat, renderReport } from './report/render.js'
export type { SummaryReport } from './report/summary.js'
export { changeFeed, writeChangeFeeds } from './service/changes/change-feed.js'
export { loadChangesConfig, OFFICIAL_SOURCES } from './service/changes/config.js'
export { deliverDue } from './service/changes/deliver-webhooks.js'
export { type RescreenReport, rescreenSource } from './service/changes/rescreen.js'
export { screenCounterparties } from './service/changes/screen-counterparties.js'
export { type UpdateReport, updateSource } from './service/changes/update-source.js'
export { loadEarTables } from './service/ear-tables.js'
export { alertReport, type CounterpartyRef, counterpartyReport } from './service/evidence-report.js'
export { systemReportFonts } from './service/report-fonts.js'
export { periodSummary } from './service/summary-report.js'
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
export { readOwnershipFile } from './sources/ownership/read-ownership-file.js'
export { readUkOfsi } from './sources/uk/read-uk-ofsi.js'
export { readUnXml } from './sources/un/read-un-xml.js'
export { type NormalisedName, normaliseName } from './text/normalise-name.js'
export { VERSION } from './version.js'
