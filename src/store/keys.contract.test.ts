import { beforeEach, describe, expect, it } from 'vitest'
import { STORE_ENGINES, useStore } from '../../test/support/store-engines.js'
import { hashKey } from '../auth/api-key.js'
import type { KyselyStore } from './kysely-store.js'

describe.each(STORE_ENGINES)('API keys and batch jobs on %s', (_kind, create) => {
  const getStore = useStore(create)
  let store: KyselyStore
  beforeEach(() => {
    store = getStore()
  })

  it('creates a key stored only as a hash, finds it by the hash of its text, and audits it', async () => {
    const { key, secret } = await store.keys.create({ name: 'ERP nightly', role: 'screener', actor: 'root' })
    expect(key).toMatchObject({ name: 'ERP nightly', role: 'screener', createdBy: 'root', revokedAt: null })
    expect(secret.startsWith(`${key.prefix}_`)).toBe(true)
    const stored = await store.db
      .selectFrom('api_keys')
      .selectAll()
      .where('id', '=', key.id)
      .executeTakeFirst()
    expect(JSON.stringify(stored)).not.toContain(secret)
    expect((await store.keys.findActiveByHash(hashKey(secret)))?.id).toBe(key.id)
    expect(await store.keys.findActiveByHash(hashKey(`${secret}x`))).toBeUndefined()
    const audit = await store.audit.list({ action: 'key.created' })
    expect(audit.at(-1)).toMatchObject({ actor: 'root', subject: key.id, details: { role: 'screener' } })
  })

  it('revokes a key: no longer found, listed only with revoked keys, audited, not twice', async () => {
    const { key, secret } = await store.keys.create({ name: 'temp', role: 'admin', actor: 'root' })
    const revoked = await store.keys.revoke(key.id, 'root')
    expect(revoked.revokedAt).not.toBeNull()
    expect(await store.keys.findActiveByHash(hashKey(secret))).toBeUndefined()
    expect((await store.keys.list()).some((k) => k.id === key.id)).toBe(false)
    expect((await store.keys.list({ includeRevoked: true })).some((k) => k.id === key.id)).toBe(true)
    expect((await store.audit.list({ action: 'key.revoked' })).at(-1)?.subject).toBe(key.id)
    await expect(store.keys.revoke(key.id, 'root')).rejects.toMatchObject({ code: 'TC_CONFLICT' })
    await expect(store.keys.revoke('k0000000000', 'root')).rejects.toMatchObject({ code: 'TC_NOT_FOUND' })
    expect((await store.audit.verify()).ok).toBe(true)
  })

  it('refuses bad names and roles', async () => {
    await expect(store.keys.create({ name: '', role: 'screener', actor: 'root' })).rejects.toMatchObject({
      field: 'name',
    })
    await expect(
      store.keys.create({ name: 'x', role: 'boss' as 'admin', actor: 'root' }),
    ).rejects.toMatchObject({ field: 'role' })
  })
})
