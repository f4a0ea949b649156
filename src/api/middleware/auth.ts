import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context, MiddlewareHandler } from 'hono'
import { hashKey, keyIdOf } from '../../auth/api-key.js'
import { type Role, roleAllows } from '../../auth/roles.js'
import { TcError } from '../../errors.js'
import type { KeyRepo } from '../../store/key-repo.js'
import type { ApiEnv } from '../types.js'
import type { KeyCache } from './key-cache.js'
import type { TokenBuckets } from './token-bucket.js'

/** The key from `Authorization: Bearer KEY` or `X-API-Key: KEY`. */
function presentedKey(c: Context<ApiEnv>): string | undefined {
  const auth = c.req.header('authorization')
  if (auth) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth)
    return m?.[1] ?? ''
  }
  return c.req.header('x-api-key')?.trim()
}

export function clientAddress(c: Context<ApiEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown' // app.request() in tests has no socket
  }
}

/**
 * Authenticates every request it guards and sets `caller`. Failed attempts are rate limited per client
 * address, so guessing costs time (the keys are 256-bit random, so it is for the server's sake).
 */
export function authenticate(
  keys: KeyRepo,
  cache: KeyCache,
  failures: TokenBuckets,
): MiddlewareHandler<ApiEnv> {
  return async function auth(c, next) {
    const text = presentedKey(c)
    const fail = (message: string): never => {
      const wait = failures.take(clientAddress(c))
      if (wait > 0) {
        c.header('Retry-After', String(Math.ceil(wait)))
        throw new TcError('TC_RATE_LIMITED', 'too many failed authentications; wait and retry')
      }
      throw new TcError('TC_UNAUTHORIZED', message, { field: 'authorization' })
    }
    if (!text) return fail('send an API key as "Authorization: Bearer KEY" or "X-API-Key: KEY"')
    if (!keyIdOf(text)) return fail('the API key is malformed')
    const key = await cache.get(hashKey(text), (h) => keys.findActiveByHash(h))
    if (!key) return fail('unknown or revoked API key')
    c.set('caller', { keyId: key.id, name: key.name, role: key.role })
    await next()
  }
}

/** Per-key request rate; 429 with Retry-After beyond it. */
export function rateLimit(buckets: TokenBuckets | undefined): MiddlewareHandler<ApiEnv> {
  return async function limit(c, next) {
    if (buckets) {
      const wait = buckets.take(c.get('caller').keyId)
      if (wait > 0) {
        c.header('Retry-After', String(Math.ceil(wait)))
        throw new TcError('TC_RATE_LIMITED', 'rate limit exceeded for this API key; retry later')
      }
    }
    await next()
  }
}

export function requireRole(role: Role): MiddlewareHandler<ApiEnv> {
  return async function roleGuard(c, next) {
    const caller = c.get('caller')
    if (!roleAllows(caller.role, role)) {
      throw new TcError('TC_FORBIDDEN', `needs the ${role} role; this key has ${caller.role}`)
    }
    await next()
  }
}
