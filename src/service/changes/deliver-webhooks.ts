import {
  backoffDelay,
  IDEMPOTENCY_HEADER,
  SIGNATURE_HEADER,
  signWebhook,
} from '../../changes/webhook-signature.js'
import type { Store } from '../../store/store.js'
import type { WebhookEndpoint } from './config.js'

export interface DeliverOptions {
  endpoints: readonly WebhookEndpoint[]
  /** After this many failed attempts a delivery is dead-lettered. */
  maxAttempts: number
  baseDelayMs: number
  maxDelayMs?: number
  timeoutMs?: number
  fetch?: typeof fetch
  now?: () => number
}

export interface DeliverReport {
  delivered: number
  failed: number
  dead: number
}

/**
 * Sends the webhook deliveries that are due, each signed and carrying its alert id as the idempotency key.
 * A failure is retried later with exponential backoff; after `maxAttempts` it becomes a dead letter. A
 * receiver that answered but whose answer was lost gets the alert again under the same key, so it can
 * process each alert exactly once.
 */
export async function deliverDue(store: Store, options: DeliverOptions): Promise<DeliverReport> {
  const now = options.now ?? Date.now
  const send = options.fetch ?? fetch
  const report = { delivered: 0, failed: 0, dead: 0 }
  const secrets = new Map(options.endpoints.map((e) => [e.url, e.secret]))
  for (;;) {
    const batch = await store.deliveries.claimDue(now(), 50, (options.timeoutMs ?? 10_000) * 3)
    if (batch.length === 0) return report
    for (const { delivery, alert } of batch) {
      const secret = secrets.get(delivery.endpoint)
      let error: string | undefined
      if (secret === undefined) error = 'endpoint is no longer configured'
      else {
        const body = JSON.stringify({
          type: `watch.alert.${alert.kind}`,
          idempotencyKey: alert.id,
          delivery: delivery.id,
          alert,
        })
        try {
          const response = await send(delivery.endpoint, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              [IDEMPOTENCY_HEADER]: alert.id,
              [SIGNATURE_HEADER]: signWebhook(secret, body, Math.floor(now() / 1000)),
              'x-tradecontrols-delivery': delivery.id,
              'x-tradecontrols-attempt': String(delivery.attempts + 1),
            },
            body,
            signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
          })
          await response.arrayBuffer().catch(() => undefined)
          if (!response.ok) error = `HTTP ${response.status}`
        } catch (e) {
          const err = e as Error & { cause?: { code?: string; message?: string } }
          error =
            err.name === 'TimeoutError'
              ? 'timed out'
              : `no answer: ${err.cause?.code ?? err.cause?.message ?? err.message}`
        }
      }
      if (error === undefined) {
        await store.deliveries.markDelivered(delivery.id, new Date(now()).toISOString())
        report.delivered++
      } else if (secret === undefined || delivery.attempts + 1 >= options.maxAttempts) {
        await store.deliveries.markFailed(delivery.id, error, undefined)
        report.dead++
      } else {
        const retryAt = now() + backoffDelay(delivery.attempts + 1, options.baseDelayMs, options.maxDelayMs)
        await store.deliveries.markFailed(delivery.id, error, retryAt)
        report.failed++
      }
    }
  }
}
