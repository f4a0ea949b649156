import type { Caller } from '../auth/api-key.js'
import type { EarTables } from '../ear/tables.js'
import type { EngineForVersions } from '../service/batch-worker.js'
import type { Engine } from '../service/engine-types.js'
import type { EngineFactories } from '../service/open-engine.js'
import type { RecordSink } from '../service/record-commit.js'
import type { Store } from '../store/store.js'

/** One line per request, for operators. Never carries a screened name unless `logNames` is on. */
export interface RequestLog {
  at: string
  requestId: string
  method: string
  path: string
  status: number
  ms: number
  key?: string
  /** Only with `logNames`: the screened name, for deployments whose policy allows it. */
  name?: string
  error?: string
}

export interface ApiOptions {
  /** Largest JSON body, in bytes. */
  maxBodyBytes: number
  /** Largest batch upload, in bytes. */
  maxUploadBytes: number
  /** Requests per second per API key (a token bucket of twice that size); 0 turns the limit off. */
  rateLimit: number
  /** Failed authentications per minute per client address before 429. */
  authFailuresPerMinute: number
  /** How long a key lookup is cached; a revoked key stops working within this time on every instance. */
  keyCacheMs: number
  /** Log screened names (off by default: names of parties are personal data). */
  logNames: boolean
  /** Record every answer in the store (replayable; screening matches raise alerts). */
  record: boolean
  /** Folder of the built web UI (web/dist); no UI routes when absent. */
  webRoot: string | undefined
  /** Batch workers in this instance (0: only `tradecontrols worker` processes take chunks). */
  batchWorkers: number
  /** Bearer token that may read /metrics (besides admin keys); none: admin keys only. */
  metricsToken: string | undefined
  /** Webhook URLs that alerts raised by counterparty imports are queued for (`watch deliver` sends them). */
  webhookUrls: readonly string[]
}

export const DEFAULT_API_OPTIONS: ApiOptions = {
  maxBodyBytes: 64 * 1024,
  maxUploadBytes: 20 * 1024 * 1024,
  rateLimit: 200,
  authFailuresPerMinute: 30,
  keyCacheMs: 5_000,
  logNames: false,
  webRoot: undefined,
  record: true,
  batchWorkers: 1,
  metricsToken: undefined,
  webhookUrls: [],
}

/** What the app is made of. The app keeps no state of its own beyond caches; the store holds the rest. */
export interface ApiDeps {
  store: Store
  /** The engine in force, or undefined while the data is still loading (the API answers 503 then). */
  engine(): Engine | undefined
  now(): Date
  log(entry: RequestLog): void
  /** Called with errors that became a 500, for the operator's log. */
  logError?(error: unknown, requestId: string): void
  options?: Partial<ApiOptions>
  /** Readers and matcher: batch chunks are screened on engines over the versions their job pinned. */
  factories: EngineFactories
  /** The EAR tables for /v1/determine (default: the bundled ones, loaded once). */
  earTables?: () => Promise<EarTables>
  /** Where recorded answers go (default: a group commit that each answer waits for). */
  records?: RecordSink
  /** Overrides how a batch worker gets an engine for pinned versions (tests). */
  engineForVersions?: EngineForVersions
}

export interface ApiVariables {
  requestId: string
  caller: Caller
  /** Set by routes that may log a name (only used when logNames is on). */
  logName: string
}

export interface ApiEnv {
  Variables: ApiVariables
}
