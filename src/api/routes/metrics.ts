import { TcError } from '../../errors.js'
import { registerDataMetrics } from '../../ops/data-metrics.js'
import { MetricsRegistry } from '../../ops/metrics.js'
import { metricsAccess } from '../../ops/metrics-access.js'
import { registerProcessMetrics } from '../../ops/process-metrics.js'
import { registerQueueMetrics } from '../../ops/store-metrics.js'
import type { ApiApp } from '../context.js'
import { clientAddress } from '../middleware/auth.js'
import { TokenBuckets } from '../middleware/token-bucket.js'
import type { ApiDeps } from '../types.js'

/** The metrics of one API instance: its requests and process, the shared queue, the data it answers with. */
export function apiMetrics(deps: ApiDeps): MetricsRegistry {
  const registry = new MetricsRegistry()
  registerProcessMetrics(registry, 'api')
  registerDataMetrics(registry, deps.engine, deps.now)
  registerQueueMetrics(registry, deps.store)
  return registry
}

/**
 * GET /metrics in the Prometheus text format, for the metrics token or an admin key (see docs/deploy.md).
 * Failed attempts are rate limited per client address, like the API's keys.
 */
export function registerMetrics(
  app: ApiApp,
  deps: ApiDeps,
  registry: MetricsRegistry,
  token: string | undefined,
): void {
  const allowed = metricsAccess(deps.store.keys, token)
  const failures = new TokenBuckets(0.5, 30)
  app.get('/metrics', async (c) => {
    if (!(await allowed(c.req.header('authorization')))) {
      const wait = failures.take(clientAddress(c))
      if (wait > 0) {
        c.header('Retry-After', String(Math.ceil(wait)))
        throw new TcError('TC_RATE_LIMITED', 'too many failed authentications; wait and retry')
      }
      throw new TcError(
        'TC_UNAUTHORIZED',
        'send the metrics token or an admin API key as "Authorization: Bearer ..."',
        { field: 'authorization' },
      )
    }
    c.header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
    c.header('Cache-Control', 'no-store')
    return c.body(await registry.render())
  })
}
