import type { Counterparty } from '../../model/counterparty.js'
import type { Store } from '../../store/store.js'
import { type CounterpartyScreening, screenCounterparties } from './screen-counterparties.js'
import type { WatchOptions } from './watch-context.js'

const PAGE = 5000

export interface CounterpartyImport {
  added: string[]
  updated: string[]
  unchanged: number
  /** With `replace`: the counterparties no longer monitored because they were not imported. */
  removed: string[]
  screening: CounterpartyScreening
}

/**
 * Adds or updates monitored counterparties (already validated, ids unique) and screens the added and changed
 * ones; with `replace`, also stops monitoring every counterparty not among them. What `watch import` and
 * `POST /v1/counterparties` do.
 */
export async function importCounterparties(
  store: Store,
  counterparties: readonly Counterparty[],
  options: WatchOptions & { replace?: boolean },
): Promise<CounterpartyImport> {
  const result = await store.watch.upsertCounterparties(counterparties, options.now())
  const removed: string[] = []
  if (options.replace) {
    const keep = new Set(counterparties.map((c) => c.id))
    for (
      let page = await store.watch.page(undefined, PAGE);
      page.length;
      page = await store.watch.page(page.at(-1)?.id, PAGE)
    )
      for (const c of page) if (!keep.has(c.id)) removed.push(c.id)
    await store.watch.removeCounterparties(removed)
  }
  const screening = await screenCounterparties(store, [...result.added, ...result.updated], options)
  return { ...result, removed, screening }
}
