/**
 * Token buckets per key (an API key id or a client address): `rate` tokens a second up to `burst`. Buckets
 * live in this instance only, so N instances allow N times the rate; the store is not asked per request.
 */
export class TokenBuckets {
  readonly #buckets = new Map<string, { tokens: number; at: number }>()
  readonly #rate: number
  readonly #burst: number
  readonly #maxKeys: number

  constructor(rate: number, burst: number, maxKeys = 100_000) {
    this.#rate = rate
    this.#burst = burst
    this.#maxKeys = maxKeys
  }

  /** Takes one token; returns 0 when allowed, or the seconds to wait before the next token. */
  take(key: string, now = performance.now()): number {
    let b = this.#buckets.get(key)
    if (!b) {
      // Forget everyone rather than grow without bound under a flood of new keys or addresses.
      if (this.#buckets.size >= this.#maxKeys) this.#buckets.clear()
      b = { tokens: this.#burst, at: now }
      this.#buckets.set(key, b)
    }
    b.tokens = Math.min(this.#burst, b.tokens + ((now - b.at) / 1000) * this.#rate)
    b.at = now
    if (b.tokens >= 1) {
      b.tokens -= 1
      return 0
    }
    return (1 - b.tokens) / this.#rate
  }
}
