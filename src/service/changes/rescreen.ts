import { performance } from 'node:perf_hooks'
import { diffAndPair } from '../../changes/diff-versions.js'
import { planRescreen, type RescreenPlan } from '../../changes/rescreen-plan.js'
import { entryKeys } from '../../changes/token-keys.js'
import { TcError } from '../../errors.js'
import type { Counterparty } from '../../model/counterparty.js'
import type { Entity } from '../../model/entity.js'
import type { Store } from '../../store/store.js'
import type { LoadedEngine } from '../loaded-engine.js'
import { reviewWatchAlertsIn } from '../review-watch.js'
import { versionSide } from './diff-side.js'
import { recordChange } from './record-change.js'
import { type Ctx, group, type Outcome, reconcileInto, screenInto, stamp } from './screen-one.js'
import { counterpartyQuery, settingsOf, versionEngine, type WatchOptions } from './watch-context.js'

/** Delta candidates are found with a matcher over the changed entries alone, this far below the threshold. */
export const DELTA_MARGIN = 0.1
const PAGE = 5000

export interface RescreenOptions extends WatchOptions {
  mode?: 'delta' | 'full'
  /**
   * An engine already built over exactly the version in force of this source (a long-running process keeps
   * one); without it, one is built when the re-screen needs it.
   */
  engine?: LoadedEngine
}

export interface RescreenReport {
  source: string
  fromVersionId: string | null
  toVersionId: string
  mode: 'first' | 'delta' | 'full' | 'up-to-date'
  counterparties: number
  /** Counterparties screened against the whole version (delta: only the candidates). */
  screened: number
  /** Delta: counterparties the index brought for the changed entries' names (before the small matcher). */
  reached: number
  touchedEntries: number
  alerts: { new: number; cleared: number; changed: number }
  /** Wall-clock milliseconds per phase. */
  ms: { diff: number; screen: number; total: number }
  /** CPU milliseconds of this process per phase (steadier than wall time on a shared machine). */
  cpuMs: { diff: number; screen: number; total: number }
}

/**
 * Brings one source's monitoring up to the version in force. The first time, every counterparty is screened;
 * afterwards only what the change can affect (delta), or everything (full, for checks and benchmarks).
 * Matches, alerts and the new state commit together, so a crash repeats the work without double alerts.
 */
export async function rescreenSource(
  store: Store,
  source: string,
  options: RescreenOptions,
): Promise<RescreenReport> {
  const t0 = performance.now()
  const c0 = cpuNow()
  const active = (await store.activeVersions()).find((v) => v.source === source)
  if (!active) throw new TcError('TC_NOT_FOUND', `no version of ${source} in force`, { field: 'source' })
  const state = (await store.watch.states()).find((s) => s.source === source)
  const counterparties = await store.watch.count()
  const report = (mode: RescreenReport['mode'], rest: Partial<RescreenReport> = {}): RescreenReport => ({
    source,
    fromVersionId: state?.versionId ?? null,
    toVersionId: active.id,
    mode,
    counterparties,
    screened: 0,
    reached: 0,
    touchedEntries: 0,
    alerts: { new: 0, cleared: 0, changed: 0 },
    ms: { diff: 0, screen: 0, total: performance.now() - t0 },
    cpuMs: { diff: 0, screen: 0, total: cpuNow() - c0 },
    ...rest,
  })
  if (state?.versionId === active.id && options.mode !== 'full') return report('up-to-date')
  const entities = await store.loadEntities(active.id)
  // Built on first use: a delta that reaches no counterparty never needs the whole version's matcher.
  let built = options.engine?.data[0]?.versionId === active.id ? options.engine : undefined
  const engine = () => {
    built ??= versionEngine(active, entities, options.factories, store)
    return built
  }
  const threshold = options.threshold ?? options.factories.defaultThreshold
  const previous = state ? await store.getVersion(state.versionId) : undefined
  let plan: RescreenPlan | undefined
  const tDiff = performance.now()
  const cDiff = cpuNow()
  if (previous) {
    const paired = diffAndPair(
      versionSide(previous, await store.loadEntities(previous.id)),
      versionSide(active, entities),
    )
    if (previous.id !== active.id) await recordChange(store, previous, active, paired.diff, options.now())
    plan = planRescreen(paired)
  }
  const diffMs = performance.now() - tDiff
  const diffCpu = cpuNow() - cDiff
  const mode = !plan ? 'first' : (options.mode ?? 'delta')
  const tScreen = performance.now()
  const cScreen = cpuNow()
  const ctx = { store, source, engine, threshold, active, previous, plan, options }
  const outcome =
    mode === 'delta'
      ? await delta(
          ctx,
          entities.filter((e) => plan?.touched.has(e.id)),
        )
      : await full(ctx)
  const screenMs = performance.now() - tScreen
  const screenCpu = cpuNow() - cScreen
  const alerts = stamp(outcome.alerts, options.now())
  await store.watch.commit({
    source,
    upserts: outcome.upserts,
    deletes: outcome.deletes,
    alerts,
    endpoints: options.endpoints,
    alsoIn: async (trx) => {
      // A lookup over the version's entries, not engine(): a delta must not build the whole matcher for it.
      const byId = alerts.length ? new Map(entities.map((e) => [e.id, e])) : new Map()
      await reviewWatchAlertsIn(store, trx, alerts, (id) => byId.get(id), options.actor)
    },
    state: {
      source,
      versionId: active.id,
      screenedAt: options.now().toISOString(),
      settings: settingsOf(options.factories, threshold, mode),
    },
    actor: options.actor,
    now: options.now(),
  })
  const kinds = { new: 0, cleared: 0, changed: 0 }
  for (const a of alerts) kinds[a.kind]++
  return report(mode, {
    screened: outcome.screened,
    reached: outcome.reached ?? 0,
    touchedEntries: plan?.touched.size ?? entities.length,
    alerts: kinds,
    ms: { diff: diffMs, screen: screenMs, total: performance.now() - t0 },
    cpuMs: { diff: diffCpu, screen: screenCpu, total: cpuNow() - c0 },
  })
}

/** Every counterparty against the whole version; every stored match of the source reconsidered. */
async function full(ctx: Ctx): Promise<Outcome> {
  const stored = group(await ctx.store.watch.matches(ctx.source))
  const out: Outcome = { upserts: [], deletes: [], alerts: [], screened: 0 }
  const total = await ctx.store.watch.count()
  for (
    let page = await ctx.store.watch.page(undefined, PAGE);
    page.length;
    page = await ctx.store.watch.page(page.at(-1)?.id, PAGE)
  ) {
    for (const c of page) screenInto(out, ctx, c, stored.get(c.id) ?? [], () => true)
    ctx.options.onProgress?.(out.screened, total)
    await new Promise<void>((resolve) => setImmediate(resolve))
  }
  return out
}

/**
 * Only what the change can affect: counterparties whose names come near an added or changed entry, and
 * counterparties holding a match on a removed or changed entry. "Near" is found in two cuts: the store's
 * counterparty index asked for the changed entries' keys (a key in common is how the matcher finds a
 * candidate: changes/token-keys.ts), then the product matcher built over the changed entries alone, at the
 * threshold minus DELTA_MARGIN (it weighs words by a smaller corpus), for the counterparties the index brings.
 * So a delta costs in proportion to the change, not to the number of counterparties. Each candidate is then
 * screened against the whole version, so its scores are a full screening's.
 */
async function delta(ctx: Ctx, touched: readonly Entity[]): Promise<Outcome> {
  const plan = ctx.plan!
  const stored = group(await ctx.store.watch.matches(ctx.source, { entityIds: [...plan.affected] }))
  const reached = touched.length
    ? await ctx.store.watch.reachedBy(entryKeys(touched.flatMap((e) => e.names.map((n) => n.value))))
    : []
  const near = touched.length ? ctx.options.factories.buildMatcher(touched) : undefined
  const floor = Math.max(0, ctx.threshold - DELTA_MARGIN)
  const candidates = new Map<string, Counterparty>()
  for (const c of reached)
    if (stored.has(c.id) || near?.search(counterpartyQuery(c), { threshold: floor, limit: 1 }).length)
      candidates.set(c.id, c)
  const holders = [...stored.keys()].filter((id) => !candidates.has(id))
  for (const c of await ctx.store.watch.byIds(holders)) candidates.set(c.id, c)
  const out: Outcome = { upserts: [], deletes: [], alerts: [], screened: 0, reached: reached.length }
  for (const id of [...candidates.keys()].sort()) {
    const c = candidates.get(id)!
    // Nothing added or changed (only removals): no hit can be in scope, so there is nothing to screen.
    if (!near) reconcileInto(out, ctx, c, stored.get(id) ?? [], [])
    else screenInto(out, ctx, c, stored.get(id) ?? [], (e) => plan.touched.has(e))
  }
  return out
}

function cpuNow(): number {
  const c = process.cpuUsage()
  return (c.user + c.system) / 1000
}
