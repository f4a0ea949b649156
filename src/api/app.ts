import { OpenAPIHono } from '@hono/zod-openapi'
import { secureHeaders } from 'hono/secure-headers'
import { TcError } from '../errors.js'
import { BatchRunner } from '../service/batch-jobs.js'
import { engineCache } from '../service/engine-cache.js'
import { RecordWriter } from '../service/record-writer.js'
import { engineOrNotReady, type RouteContext } from './context.js'
import { errorResponse, toTcError, zodToTcError } from './http-errors.js'
import { authenticate, rateLimit } from './middleware/auth.js'
import { httpMetrics } from './middleware/http-metrics.js'
import { KeyCache } from './middleware/key-cache.js'
import { requestLog } from './middleware/request-log.js'
import { TokenBuckets } from './middleware/token-bucket.js'
import { registerAlerts } from './routes/alerts.js'
import { registerAllowRules } from './routes/allow-rules.js'
import { registerAudit } from './routes/audit.js'
import { registerBatches } from './routes/batches.js'
import { registerChanges } from './routes/changes.js'
import { registerCounterparties } from './routes/counterparties.js'
import { registerDetermine } from './routes/determine.js'
import { registerHealth } from './routes/health.js'
import { registerInvest } from './routes/invest.js'
import { registerKeys } from './routes/keys.js'
import { registerLists } from './routes/lists.js'
import { apiMetrics, registerMetrics } from './routes/metrics.js'
import { registerOpenApi } from './routes/openapi.js'
import { registerReports } from './routes/reports.js'
import { registerScreen } from './routes/screen.js'
import { registerWatchAlerts } from './routes/watch-alerts.js'
import { registerStaticUi } from './static-ui.js'
import { type ApiDeps, type ApiEnv, DEFAULT_API_OPTIONS } from './types.js'

export interface CreatedApp {
  app: OpenAPIHono<ApiEnv>
  /** Batch jobs running in this instance; `drain()` waits for them (graceful shutdown). */
  batches: BatchRunner
}

/**
 * The HTTP API over the library. Never listens by itself: `serve` wraps it in a server, tests call
 * `app.request()`. Every error leaves through one handler as `{"error":{"code","message","field"}}`.
 */
export function createApp(deps: ApiDeps): CreatedApp {
  const options = { ...DEFAULT_API_OPTIONS, ...deps.options }
  const ctx: RouteContext = {
    deps,
    options,
    batches: new BatchRunner(deps.store, deps.engineForVersions ?? engineCache(deps.store, deps.factories), {
      workers: options.batchWorkers,
    }),
    keyCache: new KeyCache(options.keyCacheMs),
    records: deps.records ?? new RecordWriter(deps.store),
    engine: engineOrNotReady(deps),
  }
  const app = new OpenAPIHono<ApiEnv>({
    defaultHook: (result) => {
      if (!result.success) throw zodToTcError(result.error, result.target)
    },
  })

  app.onError((e, c) => {
    const error = toTcError(e)
    if (error.status >= 500 && error.code !== 'TC_NOT_READY') deps.logError?.(e, c.get('requestId'))
    return errorResponse(c, error)
  })
  app.notFound((c) => errorResponse(c, new TcError('TC_NOT_FOUND', 'no such route', { field: 'path' })))

  const metrics = apiMetrics(deps)
  app.use('*', httpMetrics(metrics))
  app.use('*', requestLog(deps.log, options.logNames))
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  )
  const failures = new TokenBuckets(options.authFailuresPerMinute / 60, options.authFailuresPerMinute)
  const guard = [
    authenticate(deps.store.keys, ctx.keyCache, failures),
    rateLimit(options.rateLimit > 0 ? new TokenBuckets(options.rateLimit, options.rateLimit * 2) : undefined),
  ] as const
  app.use('/v1/*', ...guard)
  app.use('/openapi.json', ...guard)

  registerHealth(app, ctx)
  registerScreen(app, ctx)
  registerBatches(app, ctx)
  registerDetermine(app, ctx)
  registerInvest(app, ctx)
  registerAlerts(app, ctx)
  registerAudit(app, ctx)
  registerAllowRules(app, ctx)
  registerReports(app, ctx)
  registerCounterparties(app, ctx)
  registerWatchAlerts(app, ctx)
  registerLists(app, ctx)
  registerChanges(app, ctx)
  registerKeys(app, ctx)
  registerOpenApi(app)
  registerMetrics(app, deps, metrics, options.metricsToken)
  if (options.webRoot) registerStaticUi(app, options.webRoot)
  return { app, batches: ctx.batches }
}
