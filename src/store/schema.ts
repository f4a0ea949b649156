/** Kysely table types: the one description of the schema that both SQLite and PostgreSQL code paths use. */

export interface ListVersionTable {
  id: string
  source: string
  format: string
  published: string | null
  retrieved: string
  content_hash: string
  record_count: number
  issue_count: number
  origin: string
  created_at: string
}

export interface EntityTable {
  version_id: string
  entity_id: string
  list: string
  name: string
  /** The canonical Entity as JSON. */
  data: string
}

export interface RelationTable {
  version_id: string
  seq: number
  data: string
}

export interface RowIssueTable {
  version_id: string
  seq: number
  location: string
  message: string
  action: string
}

export interface ActiveVersionTable {
  source: string
  version_id: string
  activated_at: string
}

export interface AnswerRecordTable {
  id: string
  kind: string
  created_at: string
  caller: string
  input: string
  versions: string
  settings: string
  result: string
  result_hash: string
  /** 1 when the answer needed attention (a match, a licence), for summaries. */
  attention: number
  /** A screening's subject (the review queue's key for the party); null for other answers. */
  subject_key: string | null
}

export interface AuditLogTable {
  seq: number
  at: string
  actor: string
  action: string
  subject: string
  details: string
  prev_hash: string
  hash: string
}

export interface AuditHeadTable {
  id: number
  seq: number
  hash: string
  anchor_seq: number
  anchor_hash: string
}

export interface ApiKeyTable {
  id: string
  name: string
  role: string
  prefix: string
  hash: string
  created_at: string
  created_by: string
  revoked_at: string | null
}

export interface BatchJobTable {
  id: string
  created_at: string
  caller: string
  status: string
  total_rows: number
  total_chunks: number
  options: string
  versions: string
  finished_at: string | null
  label: string | null
}

export interface BatchChunkTable {
  job_id: string
  seq: number
  status: string
  row_count: number
  lease_owner: string | null
  lease_expires_at: number | string | null
  attempts: number
  input: string
  result: string | null
  matched_rows: number
  bad_rows: number
  /** Epoch milliseconds when the chunk was completed; null until then. */
  done_at: number | string | null
}

export interface CounterpartyTable {
  id: string
  name: string
  type: string | null
  country: string | null
  dob: string | null
  created_at: string
  updated_at: string
}

/** Delta screening's counterparty index (store/watch-terms.ts). */
export interface WatchTermTable {
  counterparty_id: string
  term: string
}

export interface WatchTermKeyTable {
  key: number
  term: string
}

export interface WatchMatchTable {
  counterparty_id: string
  source: string
  entity_id: string
  list: string
  score: number
  version_id: string
  match: string
}

export interface WatchStateTable {
  source: string
  version_id: string
  screened_at: string
  settings: string
}

export interface WatchAlertTable {
  id: string
  counterparty_id: string
  entity_id: string
  list: string
  source: string
  score: number
  /** JSON array of ISO codes. */
  countries: string
  kind: string
  status: string
  created_at: string
  version_id: string
  previous_version_id: string | null
  details: string
}

export interface ListChangeTable {
  id: string
  source: string
  from_version_id: string
  to_version_id: string
  created_at: string
  summary: string
  diff: string
}

export interface WebhookDeliveryTable {
  id: string
  alert_id: string
  endpoint: string
  status: string
  attempts: number
  next_attempt_at: number | string
  lease_until: number | string | null
  last_error: string | null
  created_at: string
  delivered_at: string | null
}

export interface AlertTable {
  id: string
  version: number
  created_at: string
  updated_at: string
  kind: string
  status: string
  subject_key: string
  entity_id: string
  list: string
  score: number
  /** JSON array of ISO codes, filtered with LIKE '%"CN"%' on both engines. */
  countries: string
  assignee: string | null
  /** The whole Alert as JSON; the columns above are copies for filtering. */
  data: string
}

export interface AlertEventTable {
  alert_id: string
  seq: number
  at: string
  actor: string
  action: string
  details: string
}

export interface AllowRuleTable {
  id: string
  subject_key: string
  entity_id: string
  status: string
  expires_at: string | null
  data: string
}

export interface SettingTable {
  key: string
  /** JSON */
  value: string
  updated_at: string
  updated_by: string
}

export interface Database {
  list_versions: ListVersionTable
  entities: EntityTable
  relations: RelationTable
  row_issues: RowIssueTable
  active_versions: ActiveVersionTable
  answer_records: AnswerRecordTable
  audit_log: AuditLogTable
  audit_head: AuditHeadTable
  batch_jobs: BatchJobTable
  batch_chunks: BatchChunkTable
  api_keys: ApiKeyTable
  counterparties: CounterpartyTable
  watch_matches: WatchMatchTable
  watch_terms: WatchTermTable
  watch_term_keys: WatchTermKeyTable
  watch_state: WatchStateTable
  watch_alerts: WatchAlertTable
  list_changes: ListChangeTable
  webhook_deliveries: WebhookDeliveryTable
  alerts: AlertTable
  alert_events: AlertEventTable
  allow_rules: AllowRuleTable
  settings: SettingTable
}
