import type { MiddlewareHandler } from 'hono'
import { matchedRoutes } from 'hono/route'
import type { MetricsRegistry } from '../../ops/metrics.js'
import type { ApiEnv } from '../types.js'

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

/**
 * Counts requests and times them by method, route pattern (never the raw path: ids and names would make a
 * series per request) and status. A streamed body (batch results) is timed to its first byte.
 */
export function httpMetrics(registry: MetricsRegistry): MiddlewareHandler<ApiEnv> {
  const requests = registry.counter(
    'tradecontrols_http_requests_total',
    'HTTP requests answered, by method, route and status',
  )
  const latency = registry.histogram(
    'tradecontrols_http_request_duration_seconds',
    'Time to answer an HTTP request, by method, route and status',
  )
  const inFlight = registry.gauge('tradecontrols_http_requests_in_flight', 'HTTP requests being answered now')
  let current = 0
  registry.onCollect(() => inFlight.set(current))
  return async function countRequest(c, next) {
    const started = performance.now()
    current++
    try {
      await next()
    } finally {
      current--
    }
    const labels = {
      method: METHODS.has(c.req.method) ? c.req.method : 'OTHER',
      route: routeLabel(matchedRoutes(c).at(-1)),
      status: String(c.res.status),
    }
    requests.inc(labels)
    latency.observe((performance.now() - started) / 1000, labels)
  }
}

/** The matched route's pattern; a request that only met middleware (`use`, method ALL) matched no route. */
function routeLabel(route: { method: string; path: string } | undefined): string {
  if (!route || route.method === 'ALL') return 'unmatched'
  return route.path.replace(/\{(\w+)\}/g, ':$1')
}
