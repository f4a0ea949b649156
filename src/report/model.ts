import type { ScreenQuery, SearchOptions } from '../match/types.js'
import type { Alert, AlertSubject, AllowRule } from '../model/alert.js'
import type { EntityFacts } from '../review/entity-facts.js'
import type { MatchJson } from '../service/screen-json.js'

/** Bumped when a field of the exported report changes meaning, so that readers of old exports can tell. */
export const REPORT_SCHEMA = 1

export interface ReportMeta {
  schema: number
  generatedAt: string
  generatedBy: string
  /** tradecontrols version that wrote the report. */
  engine: string
}

/** Where the hash-chained audit log stood when the report was made. */
export type ChainStatus =
  | { ok: true; entries: number; lastSeq: number; lastHash: string }
  | { ok: false; entries: number; firstBad: number; problem: string }

/** One list version an answer used, as stored. */
export interface DataVersion {
  versionId: string
  source: string
  contentHash: string
  published: string | null
  retrieved: string | null
  records: number | null
}

/** The recorded screening that raised an alert: the question, the settings and when. */
export interface Screening {
  recordId: string
  at: string
  caller: string
  query: ScreenQuery
  options: SearchOptions
  engine: string | null
  matcher: string | null
  threshold: number | null
  /** sha256 of the recorded answer, as replay checks it. */
  resultHash: string
  /** How many entries the same answer matched, this one included. */
  matchCount: number
}

/** The listed entry as it stood in the version the answer used. */
export interface ListedEntry extends EntityFacts {
  entityId: string
  versionId: string
  federalRegister: string[]
  sourceUrl: string | null
}

/** The audit-log entry that recorded a step: its place in the chain and its hash. */
export interface AuditRef {
  seq: number
  hash: string
  at: string
}

/** One step of an alert's history, in words, with who, when and its audit-log entry where it has one. */
export interface TrailStep {
  at: string
  actor: string
  /** raised, suppressed, assigned, decided, confirmed, confirmation-rejected, reopened, allow.created, ... */
  action: string
  text: string
  audit: AuditRef | null
}

export interface AlertEvidence {
  alert: Alert
  screening: Screening | null
  /** The match as the recorded answer gave it, with its explanation. */
  match: MatchJson | null
  entry: ListedEntry | null
  versions: DataVersion[]
  rules: AllowRule[]
  trail: TrailStep[]
}

/** One recorded screening of the counterparty, clear or not: when, by whom, on which data, what came back. */
export interface ScreeningLogEntry {
  recordId: string
  at: string
  caller: string
  name: string
  matchCount: number
  /** source published (version id), per list version the answer used. */
  data: string[]
  resultHash: string
}

/** Evidence for one alert, or for every alert of one counterparty (with every recorded screening of it). */
export interface EvidenceReport {
  kind: 'alert' | 'counterparty'
  meta: ReportMeta
  subject: AlertSubject
  alerts: AlertEvidence[]
  /** Counterparty reports: its recorded screenings, newest first (at most SCREENING_LOG_LIMIT). */
  screenings?: ScreeningLogEntry[]
  chain: ChainStatus
}

/** A counterparty report lists at most this many of its latest screenings. */
export const SCREENING_LOG_LIMIT = 1000
