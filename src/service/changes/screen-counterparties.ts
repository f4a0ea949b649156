import type { Store } from '../../store/store.js'
import { reviewWatchAlertsIn } from '../review-watch.js'
import { type RescreenReport, rescreenSource } from './rescreen.js'
import { group, type Outcome, screenInto, stamp } from './screen-one.js'
import { versionEngine, type WatchOptions } from './watch-context.js'

export interface CounterpartyScreening {
  /** Sources brought up to date first (a version arrived since the last screening). */
  caughtUp: RescreenReport[]
  screened: number
  alerts: { new: number; cleared: number; changed: number }
}

/**
 * Screens added or changed counterparties against every source in force. A source that was never screened
 * is screened for everyone; one whose version moved on is brought up to date first, so that alerts for
 * the list change and for the new counterparties stay apart.
 */
export async function screenCounterparties(
  store: Store,
  ids: readonly string[],
  options: WatchOptions,
): Promise<CounterpartyScreening> {
  const result: CounterpartyScreening = {
    caughtUp: [],
    screened: 0,
    alerts: { new: 0, cleared: 0, changed: 0 },
  }
  const states = new Map((await store.watch.states()).map((s) => [s.source, s]))
  for (const active of await store.activeVersions()) {
    const state = states.get(active.source)
    if (!state || state.versionId !== active.id) {
      const report = await rescreenSource(store, active.source, options)
      result.caughtUp.push(report)
      if (report.mode === 'first') {
        for (const k of ['new', 'cleared', 'changed'] as const) result.alerts[k] += report.alerts[k]
        result.screened = Math.max(result.screened, report.screened)
        continue
      }
    }
    if (ids.length === 0) continue
    const built = versionEngine(active, await store.loadEntities(active.id), options.factories, store)
    const engine = () => built
    const threshold = options.threshold ?? built.defaultThreshold
    const ctx = {
      store,
      source: active.source,
      engine,
      threshold,
      active,
      previous: undefined,
      plan: undefined,
      options,
    }
    const stored = group(await store.watch.matches(active.source, { counterpartyIds: ids }))
    const out: Outcome = { upserts: [], deletes: [], alerts: [], screened: 0 }
    for (const c of await store.watch.byIds(ids)) screenInto(out, ctx, c, stored.get(c.id) ?? [], () => true)
    const alerts = stamp(out.alerts, options.now())
    await store.watch.commit({
      source: active.source,
      upserts: out.upserts,
      deletes: out.deletes,
      alerts,
      endpoints: options.endpoints,
      actor: options.actor,
      now: options.now(),
      alsoIn: async (trx) => {
        await reviewWatchAlertsIn(store, trx, alerts, (id) => built.entity(id), options.actor)
      },
    })
    result.screened = Math.max(result.screened, out.screened)
    for (const a of alerts) result.alerts[a.kind]++
  }
  return result
}
