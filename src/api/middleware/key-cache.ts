import type { ApiKey } from '../../auth/api-key.js'

/**
 * Key lookups cached for a few seconds, so that a busy key costs one store read per interval, not per request.
 * Unknown keys are cached too (as null). A revocation takes effect everywhere within `ttlMs`.
 */
export class KeyCache {
  readonly #entries = new Map<string, { key: ApiKey | null; until: number }>()
  readonly #ttlMs: number
  readonly #maxEntries: number

  constructor(ttlMs: number, maxEntries = 10_000) {
    this.#ttlMs = ttlMs
    this.#maxEntries = maxEntries
  }

  async get(hash: string, load: (hash: string) => Promise<ApiKey | undefined>): Promise<ApiKey | null> {
    const now = Date.now()
    const hit = this.#entries.get(hash)
    if (hit && hit.until > now) return hit.key
    const key = (await load(hash)) ?? null
    if (this.#ttlMs > 0) {
      if (this.#entries.size >= this.#maxEntries) this.#entries.clear()
      this.#entries.set(hash, { key, until: now + this.#ttlMs })
    }
    return key
  }

  /** Drops every entry (after a revocation through this instance: no need to wait for the TTL here). */
  clear(): void {
    this.#entries.clear()
  }
}
