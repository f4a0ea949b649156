import { sql } from 'kysely'
import { beforeEach, describe, expect, it } from 'vitest'
import { dataset, entity } from '../../test/support/fixtures.js'
import { STORE_ENGINES, useStore } from '../../test/support/store-engines.js'
import type { KyselyStore } from './kysely-store.js'

const event = (n: number) => ({
  actor: 'ana',
  action: 'alert.decided',
  subject: `alert_${n}`,
  details: { reason: `reason ${n}` },
})

async function fill(store: KyselyStore, n: number): Promise<void> {
  for (let i = 1; i <= n; i++)
    await store.audit.append(event(i), `2026-11-29T10:00:${String(i).padStart(2, '0')}Z`)
}

async function freshChain(store: KyselyStore, n: number): Promise<void> {
  await store.db.deleteFrom('audit_log').execute()
  const genesis = '0'.repeat(64)
  await store.db
    .updateTable('audit_head')
    .set({ seq: 0, hash: genesis, anchor_seq: 0, anchor_hash: genesis })
    .execute()
  await fill(store, n)
}

describe.each(STORE_ENGINES)('Audit log on %s', (_kind, create) => {
  const getStore = useStore(create)
  let store: KyselyStore
  beforeEach(async () => {
    store = getStore()
    await freshChain(store, 6)
  })

  it('chains entries and verifies an intact log', async () => {
    const entries = await store.audit.list()
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6])
    expect(entries[1]!.prevHash).toBe(entries[0]!.hash)
    expect(await store.audit.verify()).toMatchObject({ ok: true, entries: 6, lastSeq: 6 })
  })

  it('catches an entry edited directly in the database', async () => {
    await store.db
      .updateTable('audit_log')
      .set({ details: '{"reason":"nothing to see"}' })
      .where('seq', '=', 3)
      .execute()
    expect(await store.audit.verify()).toMatchObject({
      ok: false,
      firstBad: 3,
      problem: 'entry 3 was altered (its content does not match its hash)',
    })
  })

  it('catches a deleted entry, in the middle and at the end', async () => {
    await store.db.deleteFrom('audit_log').where('seq', '=', 4).execute()
    expect(await store.audit.verify()).toMatchObject({
      ok: false,
      firstBad: 4,
      problem: 'entry 4 is missing',
    })
    await freshChain(store, 6)
    await store.db.deleteFrom('audit_log').where('seq', '=', 6).execute()
    expect(await store.audit.verify()).toMatchObject({ ok: false, firstBad: 6 })
  })

  it('catches two entries swapped', async () => {
    // Swap the seq numbers of rows 2 and 3 through a free number.
    await store.db.updateTable('audit_log').set({ seq: 1000 }).where('seq', '=', 2).execute()
    await store.db.updateTable('audit_log').set({ seq: 2 }).where('seq', '=', 3).execute()
    await store.db.updateTable('audit_log').set({ seq: 3 }).where('seq', '=', 1000).execute()
    expect(await store.audit.verify()).toMatchObject({ ok: false, firstBad: 2 })
  })

  it('prunes old entries and stays verifiable from the new anchor; the pruning is audited', async () => {
    const { removed, entry } = await store.audit.prune('2026-11-29T10:00:04Z', 'admin')
    expect(removed).toBe(3)
    expect(entry).toMatchObject({ seq: 7, action: 'audit.pruned', details: { removed: 3, anchorSeq: 3 } })
    expect((await store.audit.list()).map((e) => e.seq)).toEqual([4, 5, 6, 7])
    expect(await store.audit.verify()).toMatchObject({ ok: true, entries: 4, lastSeq: 7 })
  })

  it('never forks under concurrent appends', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => store.audit.append(event(100 + i))))
    const result = await store.audit.verify()
    expect(result).toMatchObject({ ok: true, entries: 46, lastSeq: 46 })
    const count = await store.db
      .selectFrom('audit_log')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(count.n)).toBe(46)
  })

  it('audits list activations in the same transaction as the switch', async () => {
    const { version } = await store.importDataset(
      dataset('un', '2026-02-27', [entity({ id: 'UN:1', list: 'UN', name: 'A' })]),
      { actor: 'updater' },
    )
    const last = (await store.audit.list({ action: 'list.activated' })).at(-1)
    expect(last).toMatchObject({
      actor: 'updater',
      subject: version.id,
      details: { source: 'un', previous: null },
    })
    expect(await store.audit.verify()).toMatchObject({ ok: true })
  })
})

describe.each(STORE_ENGINES)('Answer records on %s', (_kind, create) => {
  const getStore = useStore(create)

  it('stores a record once and reads it back whole', async () => {
    const store = getStore()
    const record = {
      id: 'rec_000000001aaaaaaaaaaaa',
      kind: 'screen' as const,
      createdAt: '2026-11-29T10:00:00.000Z',
      caller: 'ana',
      input: { name: 'Huawei' },
      versions: [{ versionId: 'us_csl-2026-07-31-x', source: 'us_csl', contentHash: 'abc' }],
      settings: { threshold: 0.8, engine: '0.1.0' },
      result: { matches: [{ source: 'EL', score: 0.97 }] },
      resultHash: 'h',
      attention: true,
    }
    await store.records.insert(record)
    expect(await store.records.get(record.id)).toEqual(record)
    await expect(store.records.insert(record)).rejects.toThrow()
    await store.records.insert({
      ...record,
      id: 'rec_000000002bbbbbbbbbbbb',
      attention: false,
      createdAt: '2026-11-29T11:00:00.000Z',
    })
    expect((await store.records.list()).map((r) => r.id)).toEqual([
      'rec_000000002bbbbbbbbbbbb',
      'rec_000000001aaaaaaaaaaaa',
    ])
    expect(await store.records.counts('2026-11-29', '2026-11-30')).toEqual([
      { kind: 'screen', total: 2, attention: 1 },
    ])
  })
})
