import { afterAll, beforeAll } from 'vitest'
import type { KyselyStore } from '../../src/store/kysely-store.js'
import { openStore } from '../../src/store/open-store.js'
import { createTempDatabase } from './postgres.js'

/** Every store behaviour is tested on both engines: the embedded SQLite and a real PostgreSQL server. */
export const STORE_ENGINES: Array<[string, () => Promise<{ url: string; drop: () => Promise<void> }>]> = [
  ['sqlite', async () => ({ url: 'sqlite::memory:', drop: async () => undefined })],
  ['postgres', createTempDatabase],
]

/** Opens a fresh store of the given engine before the suite and drops it after; returns a getter. */
export function useStore(
  create: () => Promise<{ url: string; drop: () => Promise<void> }>,
): () => KyselyStore {
  let store: KyselyStore | undefined
  let drop: (() => Promise<void>) | undefined
  beforeAll(async () => {
    const db = await create()
    drop = db.drop
    store = await openStore(db.url)
  })
  afterAll(async () => {
    await store?.close()
    await drop?.()
  })
  return () => {
    if (!store) throw new Error('store not open yet')
    return store
  }
}
