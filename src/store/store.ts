import type { Kysely } from 'kysely'
import type { Dataset, DatasetFormat, RowIssue } from '../model/dataset.js'
import type { Entity, Relation } from '../model/entity.js'
import type { AlertRepo } from './alert-repo.js'
import type { AuditRepo } from './audit-repo.js'
import type { ChangeRepo } from './change-repo.js'
import type { DeliveryRepo } from './delivery-repo.js'
import type { JobRepo } from './job-repo.js'
import type { KeyRepo } from './key-repo.js'
import type { RecordRepo } from './record-repo.js'
import type { Database } from './schema.js'
import type { SettingsRepo } from './settings-repo.js'
import type { WatchAlertRepo } from './watch-alert-repo.js'
import type { WatchRepo } from './watch-repo.js'

/** One stored publication of one source. */
export interface ListVersion {
  id: string
  source: string
  format: DatasetFormat
  published: string | undefined
  retrieved: string
  contentHash: string
  recordCount: number
  issueCount: number
  origin: string[]
  createdAt: string
  /** True when this version is the one in force for its source. */
  active: boolean
}

export interface ImportOptions {
  /** Make the new version the one in force for its source, in the same transaction. Default true. */
  activate?: boolean
  /** Who imported it, for the audit log. Default "system". */
  actor?: string
}

export interface ImportResult {
  version: ListVersion
  /** False when a version with the same content was already stored (the import was a no-op). */
  created: boolean
}

/**
 * The store contract. SQLite (embedded default) and PostgreSQL (multi-instance) implement it with the
 * same query code; one contract test suite runs against both.
 */
export interface Store {
  readonly kind: 'sqlite' | 'postgres'
  /** The embedded store's file (undefined in memory and on PostgreSQL): its record journal sits beside it. */
  readonly file?: string | undefined
  /** Recorded answers (screenings, determinations, investment checks). */
  readonly records: RecordRepo
  /** The hash-chained audit log. */
  readonly audit: AuditRepo
  /** The batch job queue shared by all workers. */
  readonly jobs: JobRepo
  /** The review queue: alerts, their history, allow rules. */
  readonly alerts: AlertRepo
  /** Shared, audited configuration. */
  readonly settings: SettingsRepo
  /** API keys (hashed) with their roles. */
  /** Monitored counterparties, their current matches, and the version each source was screened on. */
  readonly watch: WatchRepo
  /** Alerts raised when a list change affects a monitored counterparty (input to the review queue). */
  readonly watchAlerts: WatchAlertRepo
  /** Recorded diffs between consecutive versions: the change feed. */
  readonly changes: ChangeRepo
  /** The webhook outbox. */
  readonly deliveries: DeliveryRepo
  readonly keys: KeyRepo
  /**
   * Where the store can push news of a list-version switch (PostgreSQL LISTEN/NOTIFY), subscribes to it;
   * returns the unsubscribe function. Absent on the embedded store: poll `activeVersions` instead.
   */
  readonly subscribeVersions: ((onChange: () => void) => Promise<() => Promise<void>>) | undefined
  /** Stores a dataset as a new version; all or nothing. */
  importDataset(dataset: Dataset, options?: ImportOptions): Promise<ImportResult>
  listVersions(source?: string): Promise<ListVersion[]>
  activeVersions(): Promise<ListVersion[]>
  getVersion(id: string): Promise<ListVersion | undefined>
  activate(versionId: string, actor?: string): Promise<void>
  loadEntities(versionId: string): Promise<Entity[]>
  loadRelations(versionId: string): Promise<Relation[]>
  loadIssues(versionId: string): Promise<RowIssue[]>
  /** Number of entities per list code in a version, e.g. { EL: 3420, SDN: 19181 }. */
  countByList(versionId: string): Promise<Record<string, number>>
  /** The stored entity of a version by its stable id; older versions stay queryable. */
  getEntity(versionId: string, entityId: string): Promise<Entity | undefined>
  /** Runs `work` in one transaction on a store bound to it (alerts, audit, records commit together). */
  transaction<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T>
  close(): Promise<void>
}
