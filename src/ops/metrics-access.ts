import { createHash, timingSafeEqual } from 'node:crypto'
import { hashKey, keyIdOf } from '../auth/api-key.js'
import { roleAllows } from '../auth/roles.js'
import type { KeyRepo } from '../store/key-repo.js'

/**
 * Who may read /metrics: a scraper presenting the metrics token (`--metrics-token` or
 * TRADECONTROLS_METRICS_TOKEN) as `Authorization: Bearer TOKEN`, or an admin API key. Metrics carry no
 * screened names, but queue depths and versions are operational facts, so they are not public.
 */
export function metricsAccess(keys: KeyRepo, token: string | undefined) {
  const wanted = token ? digest(token) : undefined
  return async (authorization: string | undefined): Promise<boolean> => {
    const presented = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1]
    if (!presented) return false
    if (wanted && timingSafeEqual(digest(presented), wanted)) return true
    if (!keyIdOf(presented)) return false
    const key = await keys.findActiveByHash(hashKey(presented))
    return key !== undefined && roleAllows(key.role, 'admin')
  }
}

const digest = (s: string) => createHash('sha256').update(s).digest()
