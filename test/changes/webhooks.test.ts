import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WatchAlert } from '../../src/model/watch-alert.js'
import { deliverDue } from '../../src/service/changes/deliver-webhooks.js'
import type { KyselyStore } from '../../src/store/kysely-store.js'
import { openStore } from '../../src/store/open-store.js'
import { tempDb } from '../support/cli.js'
import { WebhookReceiver } from '../support/webhook-receiver.js'

const alert = (n: number): WatchAlert => ({
  id: `wal_test${n}`,
  counterpartyId: 'c1',
  entityId: `SDN:${n}`,
  list: 'SDN',
  source: 'ofac_sdn',
  score: 1,
  countries: [],
  kind: 'cleared',
  status: 'open',
  createdAt: '2024-05-03T12:00:00.000Z',
  versionId: 'v2',
  previousVersionId: 'v1',
  details: { counterpartyName: 'Acme', entityName: `ENTRY ${n}`, reason: 'delisted from SDN' },
})

describe('webhook delivery to a real local receiver', () => {
  const receiver = new WebhookReceiver('whsec_test')
  let store: KyselyStore
  let clock = Date.parse('2024-05-03T12:00:00Z')
  const options = () => ({
    endpoints: [{ url: receiver.url, secret: 'whsec_test' }],
    maxAttempts: 4,
    baseDelayMs: 60_000,
    now: () => clock,
    timeoutMs: 2_000,
  })

  beforeAll(async () => {
    store = await openStore(tempDb())
    await receiver.start() // learn a port, then go down
    await receiver.stop()
    await store.watch.upsertCounterparties([{ id: 'c1', name: 'Acme' }], new Date(clock))
    await store.watch.commit({
      source: 'ofac_sdn',
      upserts: [],
      deletes: [],
      alerts: [1, 2, 3].map(alert),
      endpoints: [receiver.url],
      actor: 'test',
      now: new Date(clock),
    })
  })
  afterAll(async () => {
    await receiver.stop()
    await store.close()
  })

  it('retries with backoff while the receiver is down, then delivers each alert exactly once', async () => {
    expect(await deliverDue(store, options())).toEqual({ delivered: 0, failed: 3, dead: 0 })
    expect(await deliverDue(store, options())).toEqual({ delivered: 0, failed: 0, dead: 0 }) // not due yet
    clock += 60_000
    expect(await deliverDue(store, options())).toEqual({ delivered: 0, failed: 3, dead: 0 })
    expect(await store.deliveries.nextDue()).toBe(clock + 120_000) // backoff doubled

    await receiver.start()
    receiver.loseAckOnce.add('wal_test2') // processed, but the 204 is lost: redelivered under the same key
    clock += 120_000
    expect(await deliverDue(store, options())).toEqual({ delivered: 2, failed: 1, dead: 0 })
    clock += 240_000
    expect(await deliverDue(store, options())).toEqual({ delivered: 1, failed: 0, dead: 0 })
    expect(receiver.received.sort()).toEqual(['wal_test1', 'wal_test2', 'wal_test2', 'wal_test3'])
    expect(receiver.processed.sort()).toEqual(['wal_test1', 'wal_test2', 'wal_test3'])
    expect(receiver.rejected).toEqual([])
    expect((await store.deliveries.list({ status: 'delivered' })).map((d) => d.attempts)).toEqual([3, 4, 3])
    clock += 10 * 3600_000
    expect(await deliverDue(store, options())).toEqual({ delivered: 0, failed: 0, dead: 0 })
  })

  it('dead-letters a delivery after the last attempt, and one whose endpoint is gone', async () => {
    await store.watch.commit({
      source: 'ofac_sdn',
      upserts: [],
      deletes: [],
      alerts: [alert(4)],
      endpoints: [receiver.url, 'http://127.0.0.1:9/gone'],
      actor: 'test',
      now: new Date(clock),
    })
    await receiver.stop()
    const results = []
    for (let i = 0; i < 4; i++) {
      results.push(await deliverDue(store, { ...options(), baseDelayMs: 0 }))
      clock += 1
    }
    expect(results[0]).toEqual({ delivered: 0, failed: 3, dead: 2 })
    const dead = await store.deliveries.list({ status: 'dead' })
    expect(
      dead.map((d) => [d.endpoint.endsWith('/gone') ? 'gone' : 'receiver', d.attempts, d.lastError]),
    ).toEqual([
      ['receiver', 4, 'no answer: ECONNREFUSED'],
      ['gone', 1, 'endpoint is no longer configured'],
    ])
  })
})
