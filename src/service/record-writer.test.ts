import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureEngine } from '../../test/support/api.js'
import type { KyselyStore } from '../store/kysely-store.js'
import { openStore } from '../store/open-store.js'
import { screeningRecord } from './record-screening.js'
import { RecordWriter } from './record-writer.js'

describe('RecordWriter', () => {
  let store: KyselyStore
  beforeAll(async () => {
    store = await openStore('sqlite::memory:')
  })
  afterAll(() => store.close())

  it('commits concurrent writes together and resolves each once its record is stored', async () => {
    const engine = fixtureEngine()
    const writer = new RecordWriter(store, 50)
    const records = Array.from({ length: 120 }, (_, i) =>
      screeningRecord(engine, { name: `n${i}` }, { threshold: 0.8 }, [], 'test', new Date()),
    )
    await Promise.all(records.map((r) => writer.write(r)))
    for (const r of [records[0]!, records[119]!]) expect((await store.records.get(r.id))?.id).toBe(r.id)
    const again = screeningRecord(engine, { name: 'later' }, { threshold: 0.8 }, [], 'test', new Date())
    await writer.write(again)
    expect(await store.records.get(again.id)).toBeDefined()
  })

  it('rejects the writes of a batch that fails', async () => {
    const engine = fixtureEngine()
    const writer = new RecordWriter(store)
    const r = screeningRecord(engine, { name: 'dup' }, { threshold: 0.8 }, [], 'test', new Date())
    await writer.write(r)
    await expect(writer.write(r)).rejects.toThrow()
  })
})
