import { sql } from 'kysely'
import { beforeEach, describe, expect, it } from 'vitest'
import { STORE_ENGINES, useStore } from '../../test/support/store-engines.js'
import { entryKeys } from '../changes/token-keys.js'
import type { WatchMatch } from '../model/counterparty.js'
import type { WatchAlert } from '../model/watch-alert.js'
import type { KyselyStore } from './kysely-store.js'

const match = (counterpartyId: string, entityId: string, score = 0.9): WatchMatch => ({
  counterpartyId,
  source: 'ofac_sdn',
  entityId,
  list: 'SDN',
  score,
  versionId: 'v1',
  match: { entityId, score },
})

const alert = (id: string, counterpartyId: string, kind: WatchAlert['kind'] = 'new'): WatchAlert => ({
  id,
  counterpartyId,
  entityId: 'SDN:1',
  list: 'SDN',
  source: 'ofac_sdn',
  score: 0.9,
  countries: ['RU'],
  kind,
  status: 'open',
  createdAt: '2024-05-03T12:00:00.000Z',
  versionId: 'v2',
  previousVersionId: 'v1',
  details: { counterpartyName: 'Acme', entityName: 'ACME', reason: 'newly listed on SDN' },
})

describe.each(STORE_ENGINES)('Monitoring store on %s', (_kind, create) => {
  const getStore = useStore(create)
  let store: KyselyStore
  beforeEach(async () => {
    store = getStore()
    for (const t of [
      'webhook_deliveries',
      'watch_alerts',
      'watch_matches',
      'watch_state',
      'counterparties',
      'list_changes',
    ] as const) {
      await store.db.deleteFrom(t).execute()
    }
  })

  it('imports counterparties: new ones added, changed ones updated, the same ones left alone', async () => {
    const now = new Date('2024-05-01T00:00:00Z')
    const first = await store.watch.upsertCounterparties(
      [
        { id: 'c1', name: 'Acme', country: 'RU' },
        { id: 'c2', name: 'Bravo', type: 'person', dob: '1960' },
      ],
      now,
    )
    expect(first).toEqual({ added: ['c1', 'c2'], updated: [], unchanged: 0 })
    const second = await store.watch.upsertCounterparties(
      [
        { id: 'c1', name: 'Acme', country: 'RU' },
        { id: 'c2', name: 'Bravo Smith', type: 'person', dob: '1960' },
        { id: 'c3', name: 'Charlie' },
      ],
      now,
    )
    expect(second).toEqual({ added: ['c3'], updated: ['c2'], unchanged: 1 })
    expect(await store.watch.count()).toBe(3)
    expect(await store.watch.page(undefined, 2)).toEqual([
      { id: 'c1', name: 'Acme', country: 'RU' },
      { id: 'c2', name: 'Bravo Smith', type: 'person', dob: '1960' },
    ])
    expect((await store.watch.page('c2', 10)).map((c) => c.id)).toEqual(['c3'])
    expect((await store.watch.byIds(['c3', 'nope'])).map((c) => c.id)).toEqual(['c3'])
  })

  it('keeps the counterparty index with its counterparties: added, renamed, removed', async () => {
    const reached = async (...names: string[]) =>
      (await store.watch.reachedBy(entryKeys(names))).map((c) => c.id)
    await store.watch.upsertCounterparties(
      [
        { id: 'c1', name: 'Juan Morales' },
        { id: 'c2', name: 'Juan Cifuentes' },
        { id: 'c3', name: '...' },
      ],
      new Date(),
    )
    expect(await reached('MORALES CIFUENTES, Juan Jose')).toEqual(['c1', 'c2', 'c3'])
    expect(await reached('MORALEZ, Pedro')).toEqual(['c1', 'c3']) // one edit away
    expect(await reached('Kathryn Barr')).toEqual(['c3']) // a name without words reaches every entry
    await store.watch.upsertCounterparties([{ id: 'c1', name: 'Kathryn Bar' }], new Date())
    expect(await reached('MORALEZ, Pedro')).toEqual(['c3'])
    expect(await reached('Kathryn Barr')).toEqual(['c1', 'c3'])
    await store.watch.removeCounterparties(['c1', 'c3'])
    expect(await reached('Kathryn Barr', 'Juan')).toEqual(['c2'])
    expect(await store.db.selectFrom('watch_terms').select('term').execute()).toHaveLength(3)
  })

  it('indexes nothing from an import that fails', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({
      id: `c${String(i).padStart(3, '0')}`,
      name: 'Zed Quux',
    }))
    const twice = { id: 'dup', name: 'Zed Quux' }
    await expect(store.watch.upsertCounterparties([...rows, twice, twice], new Date())).rejects.toThrow()
    expect(await store.watch.count()).toBe(0)
    expect(await store.watch.reachedBy(entryKeys(['Zed Quux']))).toEqual([])
  })

  it('indexes counterparties stored before the index existed when it is created', async () => {
    await store.watch.upsertCounterparties([{ id: 'c1', name: 'Erick Ochoa' }], new Date())
    await store.db.schema.dropTable('watch_terms').execute()
    await store.db.schema.dropTable('watch_term_keys').execute()
    await sql`DELETE FROM kysely_migration WHERE name = '014-watch-terms'`.execute(store.db)
    await store.migrate()
    expect(await store.watch.reachedBy(entryKeys(['OCHOA VILLAGRAN, Erick Manuel']))).toEqual([
      { id: 'c1', name: 'Erick Ochoa' },
    ])
  })

  it('commits matches, alerts, deliveries, the version screened and an audit entry together', async () => {
    await store.watch.upsertCounterparties(
      [
        { id: 'c1', name: 'Acme' },
        { id: 'c2', name: 'Bravo' },
      ],
      new Date(),
    )
    const base = { source: 'ofac_sdn', endpoints: [], actor: 'test', now: new Date('2024-05-02T00:00:00Z') }
    await store.watch.commit({
      ...base,
      upserts: [match('c1', 'SDN:1'), match('c2', 'SDN:2')],
      deletes: [],
      alerts: [],
    })
    const now = new Date('2024-05-03T12:00:00Z')
    await store.watch.commit({
      ...base,
      now,
      upserts: [{ ...match('c1', 'SDN:1', 0.95), versionId: 'v2' }],
      deletes: [{ counterpartyId: 'c2', entityId: 'SDN:2' }],
      alerts: [alert('wa_1', 'c1', 'changed'), alert('wa_2', 'c2', 'cleared')],
      endpoints: ['http://a.example/hook', 'http://b.example/hook'],
      state: {
        source: 'ofac_sdn',
        versionId: 'v2',
        screenedAt: now.toISOString(),
        settings: { threshold: 0.8 },
      },
    })
    expect(await store.watch.matches('ofac_sdn')).toEqual([
      { ...match('c1', 'SDN:1', 0.95), versionId: 'v2' },
    ])
    expect(await store.watch.matches('ofac_sdn', { entityIds: ['SDN:1'] })).toHaveLength(1)
    expect(await store.watch.matches('ofac_sdn', { counterpartyIds: ['c2'] })).toEqual([])
    expect(await store.watch.matchCounts()).toEqual({ ofac_sdn: 1 })
    expect(await store.watch.states()).toEqual([
      { source: 'ofac_sdn', versionId: 'v2', screenedAt: now.toISOString(), settings: { threshold: 0.8 } },
    ])
    expect(await store.watchAlerts.list({ kind: 'cleared' })).toEqual([alert('wa_2', 'c2', 'cleared')])
    expect(await store.watchAlerts.counts()).toEqual([
      { status: 'open', kind: 'changed', n: 1 },
      { status: 'open', kind: 'cleared', n: 1 },
    ])
    expect(await store.deliveries.list({ status: 'pending' })).toHaveLength(4)
    const [entry] = await store.audit
      .list({ action: 'watch.screened', afterSeq: 0, limit: 100 })
      .then((l) => l.slice(-1))
    expect(entry).toMatchObject({
      subject: 'ofac_sdn',
      details: { versionId: 'v2', alerts: { new: 0, cleared: 1, changed: 1 } },
    })
    // The commit's clock (2024) dates the matches and alerts; the audit entry carries when it was written.
    expect(Date.parse(entry!.at)).toBeGreaterThan(now.getTime())
  })

  it('writes nothing when any part of a commit fails', async () => {
    await store.watch.upsertCounterparties([{ id: 'c1', name: 'Acme' }], new Date())
    const bad = {
      source: 'ofac_sdn',
      upserts: [match('c1', 'SDN:1')],
      deletes: [],
      alerts: [alert('wa_dup', 'c1'), alert('wa_dup', 'c1')],
      endpoints: ['http://a.example/hook'],
      state: { source: 'ofac_sdn', versionId: 'v9', screenedAt: 'x', settings: {} },
      actor: 'test',
      now: new Date(),
    }
    await expect(store.watch.commit(bad)).rejects.toThrow()
    expect(await store.watch.matches('ofac_sdn')).toEqual([])
    expect(await store.watchAlerts.list()).toEqual([])
    expect(await store.deliveries.list()).toEqual([])
    expect(await store.watch.states()).toEqual([])
  })

  it('leases due deliveries once, retries failures later and dead-letters the last one', async () => {
    await store.watch.upsertCounterparties([{ id: 'c1', name: 'Acme' }], new Date())
    const t0 = Date.parse('2024-05-03T12:00:00Z')
    await store.watch.commit({
      source: 'ofac_sdn',
      upserts: [],
      deletes: [],
      alerts: [alert('wa_1', 'c1'), alert('wa_2', 'c1')],
      endpoints: ['http://a.example/hook'],
      actor: 'test',
      now: new Date(t0),
    })
    const claimed = await store.deliveries.claimDue(t0, 10, 30_000)
    expect(claimed.map((c) => c.alert.id)).toEqual(['wa_1', 'wa_2'])
    expect(claimed[0]?.alert).toEqual(alert('wa_1', 'c1'))
    expect(await store.deliveries.claimDue(t0 + 1_000, 10, 30_000)).toEqual([])
    const [one, two] = claimed.map((c) => c.delivery)
    await store.deliveries.markDelivered(one!.id, '2024-05-03T12:00:01.000Z')
    await store.deliveries.markFailed(two!.id, 'HTTP 503', t0 + 60_000)
    expect(await store.deliveries.nextDue()).toBe(t0 + 60_000)
    expect(await store.deliveries.claimDue(t0 + 59_999, 10, 30_000)).toEqual([])
    const again = await store.deliveries.claimDue(t0 + 60_000, 10, 30_000)
    expect(again.map((c) => c.delivery)).toMatchObject([{ id: two!.id, attempts: 1, lastError: 'HTTP 503' }])
    await store.deliveries.markFailed(two!.id, 'HTTP 503', undefined)
    expect(await store.deliveries.list({ status: 'dead' })).toMatchObject([{ id: two!.id, attempts: 2 }])
    expect(await store.deliveries.list({ status: 'delivered' })).toMatchObject([{ id: one!.id, attempts: 1 }])
    expect(await store.deliveries.nextDue()).toBeUndefined()
  })

  it('records each list change once and lists them newest first', async () => {
    const diff = { summary: { added: 1 }, byList: {} } as never
    const change = (id: string, from: string, to: string, createdAt: string) => ({
      id,
      source: 'ofac_sdn',
      fromVersionId: from,
      toVersionId: to,
      createdAt,
      diff,
    })
    expect(await store.changes.record(change('ch1', 'v1', 'v2', '2024-05-02T00:00:00Z'))).toBe(true)
    expect(await store.changes.record(change('ch1b', 'v1', 'v2', '2024-05-02T00:00:01Z'))).toBe(false)
    expect(await store.changes.record(change('ch2', 'v2', 'v3', '2024-05-03T00:00:00Z'))).toBe(true)
    expect((await store.changes.list({ source: 'ofac_sdn' })).map((c) => c.id)).toEqual(['ch2', 'ch1'])
    expect((await store.changes.get('v1', 'v2'))?.diff).toEqual(diff)
  })
})
