import type { OpenAPIHono } from '@hono/zod-openapi'
import { TcError } from '../errors.js'
import type { BatchRunner } from '../service/batch-jobs.js'
import type { Engine } from '../service/engine-types.js'
import type { RecordSink } from '../service/record-commit.js'
import type { KeyCache } from './middleware/key-cache.js'
import type { ApiDeps, ApiEnv, ApiOptions } from './types.js'

/** What route modules get: the deps, the resolved options and the per-instance helpers. */
export interface RouteContext {
  deps: ApiDeps
  options: ApiOptions
  batches: BatchRunner
  keyCache: KeyCache
  /** Where recorded answers (screenings) go, shared by the requests of this instance. */
  records: RecordSink
  /** The engine in force, or a 503 TC_NOT_READY while the data loads. Taken once per request. */
  engine(): Engine
}

export type ApiApp = OpenAPIHono<ApiEnv>

export function engineOrNotReady(deps: ApiDeps): () => Engine {
  return () => {
    const engine = deps.engine()
    if (!engine)
      throw new TcError('TC_NOT_READY', 'the list data is still loading; retry shortly (see /ready)')
    return engine
  }
}

/** Security requirement for the OpenAPI document: every /v1 route takes an API key. */
export const SECURED = [{ apiKey: [] }]

/** How a key appears as the caller of records and jobs and the actor of audit entries. */
export const actorOf = (caller: { keyId: string; name: string }): string =>
  `key:${caller.keyId} (${caller.name})`
