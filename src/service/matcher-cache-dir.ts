import { homedir } from 'node:os'
import { join } from 'node:path'
import type { Store } from '../store/store.js'

/**
 * Where engines over a store keep their matcher snapshots: $TRADECONTROLS_CACHE_DIR ("off": nowhere), else
 * beside the embedded store's file (`<db>.cache/`), else, for PostgreSQL, the user's cache directory
 * ($XDG_CACHE_HOME/tradecontrols or ~/.cache/tradecontrols). An in-memory store keeps none.
 */
export function matcherCacheDir(
  store: Pick<Store, 'kind' | 'file'>,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const configured = env.TRADECONTROLS_CACHE_DIR
  if (configured === 'off') return undefined
  if (configured) return configured
  if (store.kind === 'sqlite') return store.file === undefined ? undefined : `${store.file}.cache`
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'tradecontrols')
}
