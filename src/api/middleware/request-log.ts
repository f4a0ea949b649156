import { randomUUID } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import type { ApiEnv, RequestLog } from '../types.js'

const SAFE_ID = /^[\w.:-]{1,64}$/

/** Gives each request an id (kept from X-Request-Id when it is safe) and logs one line when it ends. */
export function requestLog(log: (entry: RequestLog) => void, logNames: boolean): MiddlewareHandler<ApiEnv> {
  return async function requestLogger(c, next) {
    const started = performance.now()
    const given = c.req.header('x-request-id')
    const requestId = given && SAFE_ID.test(given) ? given : randomUUID()
    c.set('requestId', requestId)
    c.header('X-Request-Id', requestId)
    await next()
    const entry: RequestLog = {
      at: new Date().toISOString(),
      requestId,
      method: c.req.method,
      // The path only: query strings could carry names.
      path: c.req.path.slice(0, 200),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 100) / 100,
    }
    const caller = c.get('caller')
    if (caller) entry.key = caller.keyId
    const name = c.get('logName')
    if (logNames && name) entry.name = name
    if (c.error) entry.error = c.error.message.slice(0, 200)
    log(entry)
  }
}
