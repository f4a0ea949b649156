import { afterAll, describe, expect, it } from 'vitest'
import { tempDb, testFactories } from '../../test/support/cli.js'
import { dataset, entity } from '../../test/support/fixtures.js'
import { createTempDatabase } from '../../test/support/postgres.js'
import { openStore } from '../store/open-store.js'
import type { Store } from '../store/store.js'
import { EngineHolder } from './engine-holder.js'

const v1 = dataset('us_csl', '2026-07-31', [entity({ id: 'EL:a', list: 'EL', name: 'Alpha Trading' })])
const v2 = dataset('us_csl', '2026-08-07', [
  entity({ id: 'EL:a', list: 'EL', name: 'Alpha Trading' }),
  entity({ id: 'EL:b', list: 'EL', name: 'Beta Trading' }),
])

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('EngineHolder', () => {
  const cleanup: Array<() => Promise<void>> = []
  afterAll(async () => {
    for (const c of cleanup.reverse()) await c()
  })

  it('switches every instance on PostgreSQL when another process activates a version (NOTIFY)', async () => {
    const db = await createTempDatabase()
    cleanup.push(db.drop)
    const stores: Store[] = []
    for (let i = 0; i < 3; i++) stores.push(await openStore(db.url))
    cleanup.push(async () => {
      for (const s of stores) await s.close()
    })
    await stores[0]!.importDataset(v1)
    // Polling is off (an hour): only the notification can make them switch.
    const holders = [
      new EngineHolder(stores[1]!, testFactories, { pollMs: 3_600_000 }),
      new EngineHolder(stores[2]!, testFactories, { pollMs: 3_600_000 }),
    ]
    for (const h of holders) await h.start()
    cleanup.push(async () => {
      for (const h of holders) await h.stop()
    })
    const before = holders.map((h) => h.current())
    expect(before.every((e) => e.screen({ name: 'Beta Trading' }).matches.length === 0)).toBe(true)

    await stores[0]!.importDataset(v2)
    await until(() => holders.every((h) => h.current() !== before[holders.indexOf(h)]))
    for (const h of holders) {
      const engine = h.current()
      expect(engine.screen({ name: 'Beta Trading' }).matches[0]?.entityId).toBe('EL:b')
      expect(engine.data[0]?.published).toBe('2026-08-07')
    }
    // An engine taken before the switch still answers on its own versions: no mixed answer.
    expect(before[0]!.screen({ name: 'Beta Trading' }).matches).toEqual([])
    expect(before[0]!.data[0]?.published).toBe('2026-07-31')
  })

  it('follows the embedded store by polling, and is not ready before it has data', async () => {
    const url = tempDb()
    const store = await openStore(url)
    const writer = await openStore(url)
    cleanup.push(async () => {
      await store.close()
      await writer.close()
    })
    await writer.importDataset(v1)
    const holder = new EngineHolder(store, testFactories, { pollMs: 30 })
    expect(holder.ready).toBe(false)
    expect(() => holder.current()).toThrow('list data is still loading')
    await holder.start()
    cleanup.push(() => holder.stop())
    expect(holder.ready).toBe(true)
    await writer.importDataset(v2)
    await until(() => holder.current().data[0]?.published === '2026-08-07')
  })
})
