import { describe, expect, it } from 'vitest'
import { useTestApi } from '../../../test/support/api.js'

describe('authentication, roles and rate limits', () => {
  const api = useTestApi({ authFailuresPerMinute: 5 })

  it('refuses requests without a key, with a malformed key and with an unknown key', async () => {
    const none = await api().call('GET', '/v1/lists/status', { key: null })
    expect(none.status).toBe(401)
    expect(none.headers.get('www-authenticate')).toMatch(/Bearer/)
    expect((await none.json()).error).toMatchObject({ code: 'TC_UNAUTHORIZED', field: 'authorization' })
    expect((await api().call('GET', '/v1/me', { key: 'nope' })).status).toBe(401)
    const unknown = `tc_k0123456789_${'A'.repeat(43)}`
    expect((await api().call('GET', '/v1/me', { key: unknown })).status).toBe(401)
  })

  it('takes the key as a bearer token or as X-API-Key', async () => {
    const bearer = await api().call('GET', '/v1/me')
    expect(await bearer.json()).toMatchObject({ name: 'test screener', role: 'screener' })
    const header = await api().call('GET', '/v1/me', {
      key: null,
      headers: { 'x-api-key': api().keys.admin },
    })
    expect((await header.json()).role).toBe('admin')
  })

  it('keeps key management to admins', async () => {
    for (const role of ['screener', 'reviewer'] as const) {
      const res = await api().call('GET', '/v1/keys', { key: api().keys[role] })
      expect(res.status).toBe(403)
      expect((await res.json()).error.code).toBe('TC_FORBIDDEN')
    }
    expect((await api().call('GET', '/v1/keys', { key: api().keys.admin })).status).toBe(200)
  })

  it('lets an admin create and revoke keys; a revoked key stops working', async () => {
    const admin = api().keys.admin
    const created = await api().call('POST', '/v1/keys', {
      key: admin,
      json: { name: 'ERP', role: 'screener' },
    })
    expect(created.status).toBe(201)
    const { key, secret } = await created.json()
    expect(key).toMatchObject({ name: 'ERP', role: 'screener', revokedAt: null })
    expect((await api().call('GET', '/v1/me', { key: secret })).status).toBe(200)
    const listed = await (await api().call('GET', '/v1/keys', { key: admin })).json()
    expect(listed.keys.some((k: { id: string }) => k.id === key.id)).toBe(true)
    expect(JSON.stringify(listed)).not.toContain(secret)
    const revoked = await api().call('DELETE', `/v1/keys/${key.id}`, { key: admin })
    expect(revoked.status).toBe(200)
    expect((await api().call('GET', '/v1/me', { key: secret })).status).toBe(401)
    expect((await api().call('DELETE', `/v1/keys/${key.id}`, { key: admin })).status).toBe(409)
    expect((await api().call('DELETE', '/v1/keys/k0000000000', { key: admin })).status).toBe(404)
    const audit = await api().store.audit.list({ action: 'key.revoked' })
    expect(audit.at(-1)?.actor).toMatch(/^key:k[0-9a-f]{10} \(test admin\)$/)
  })

  it('validates key creation', async () => {
    const res = await api().call('POST', '/v1/keys', {
      key: api().keys.admin,
      json: { name: 'x', role: 'root' },
    })
    expect(res.status).toBe(400)
    expect((await res.json()).error.field).toBe('role')
  })

  it('slows down repeated failed authentications from one address with 429', async () => {
    let last = 0
    for (let i = 0; i < 10; i++) last = (await api().call('GET', '/v1/me', { key: 'wrong' })).status
    expect(last).toBe(429)
  })

  it('leaves /health and /ready open', async () => {
    expect((await api().call('GET', '/health', { key: null })).status).toBe(200)
    const ready = await api().call('GET', '/ready', { key: null })
    expect(await ready.json()).toMatchObject({
      ready: true,
      data: [{ source: 'us_csl', published: '2026-07-31' }],
    })
  })
})

describe('per-key rate limit', () => {
  const api = useTestApi({ rateLimit: 2 })

  it('answers 429 with Retry-After past the burst', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await api().call('GET', '/v1/me')).status)
    expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200])
    expect(statuses.at(-1)).toBe(429)
    const res = await api().call('GET', '/v1/me')
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/)
    // Another key has its own bucket.
    expect((await api().call('GET', '/v1/me', { key: api().keys.admin })).status).toBe(200)
  })
})
