import { describe, expect, it } from 'vitest'
import { backoffDelay, signWebhook, verifyWebhook } from './webhook-signature.js'

describe('webhook signatures', () => {
  const body = '{"idempotencyKey":"wal_1"}'
  it('verifies what it signed and refuses tampering, other secrets and stale timestamps', () => {
    const header = signWebhook('s3cret', body, 1_700_000_000)
    expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/)
    expect(verifyWebhook('s3cret', body, header, 1_700_000_100)).toEqual({ ok: true })
    expect(verifyWebhook('s3cret', `${body} `, header, 1_700_000_100).ok).toBe(false)
    expect(verifyWebhook('other', body, header, 1_700_000_100).ok).toBe(false)
    expect(verifyWebhook('s3cret', body, header, 1_700_001_000)).toEqual({
      ok: false,
      reason: 'timestamp outside the tolerance',
    })
    expect(verifyWebhook('s3cret', body, undefined, 1_700_000_000).ok).toBe(false)
  })

  it('backs off exponentially up to a cap', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, 1000))).toEqual([1000, 2000, 4000, 8000])
    expect(backoffDelay(30, 1000, 60_000)).toBe(60_000)
  })
})
