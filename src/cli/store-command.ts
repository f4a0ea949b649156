import type { Store } from '../store/store.js'
import type { CliDeps } from './io.js'

/** Opens the store for one command and always closes it. */
export async function withStore<T>(
  deps: CliDeps,
  db: string | undefined,
  use: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await deps.openStore(db === undefined ? {} : { db })
  try {
    return await use(store)
  } finally {
    await store.close()
  }
}

export const DB_OPTION = ['--db <url>', 'store: sqlite:PATH (default) or postgres://...'] as const
