import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Webhook signing, Stripe-style: HMAC-SHA256 over "<unix seconds>.<body>" with the endpoint's secret, sent
 * as `X-Tradecontrols-Signature: t=<seconds>,v1=<hex>`. Receivers verify with the same function and refuse
 * old timestamps, so a captured request cannot be replayed later.
 */
export const SIGNATURE_HEADER = 'x-tradecontrols-signature'
export const IDEMPOTENCY_HEADER = 'idempotency-key'

export function signWebhook(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex')
  return `t=${unixSeconds},v1=${mac}`
}

export type VerifyResult = { ok: true } | { ok: false; reason: string }

/** Checks a signature header against the raw body; `toleranceSeconds` bounds the age of the timestamp. */
export function verifyWebhook(
  secret: string,
  body: string,
  header: string | undefined,
  nowSeconds: number,
  toleranceSeconds = 300,
): VerifyResult {
  const parts = Object.fromEntries(
    (header ?? '').split(',').map((p) => p.trim().split('=', 2) as [string, string]),
  )
  const t = Number(parts.t)
  if (!header || !Number.isInteger(t) || !parts.v1)
    return { ok: false, reason: 'missing or malformed signature' }
  if (Math.abs(nowSeconds - t) > toleranceSeconds)
    return { ok: false, reason: 'timestamp outside the tolerance' }
  const expected = Buffer.from(signWebhook(secret, body, t).split('v1=')[1]!, 'hex')
  const given = Buffer.from(parts.v1, 'hex')
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'signature does not match' }
  return { ok: true }
}

/** Exponential backoff: base, 2 x base, 4 x base ... capped; `attempt` counts failures so far (1 = first). */
export function backoffDelay(attempt: number, baseMs: number, maxMs = 6 * 3600_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1))
}
