import type { AlertDraft, Hit } from '../../changes/reconcile.js'
import { reconcile } from '../../changes/reconcile.js'
import type { RescreenPlan } from '../../changes/rescreen-plan.js'
import type { Counterparty, WatchMatch } from '../../model/counterparty.js'
import type { WatchAlert } from '../../model/watch-alert.js'
import type { ListVersion, Store } from '../../store/store.js'
import type { LoadedEngine } from '../loaded-engine.js'
import { matchJson } from '../screen-json.js'
import { counterpartyQuery, type WatchOptions } from './watch-context.js'

/** One source's screening at one version: what each counterparty is screened with and reconciled against. */
export interface Ctx {
  store: Store
  source: string
  /** The whole version's engine, built on first use. */
  engine: () => LoadedEngine
  threshold: number
  active: ListVersion
  previous: ListVersion | undefined
  plan: RescreenPlan | undefined
  options: WatchOptions
}

export interface Outcome {
  upserts: WatchMatch[]
  deletes: Array<{ counterpartyId: string; entityId: string }>
  alerts: AlertDraft[]
  screened: number
  /** Delta: counterparties its index brought. */
  reached?: number
}

/** Screens one counterparty against the whole version and reconciles the hits within scope into `out`. */
export function screenInto(
  out: Outcome,
  ctx: Ctx,
  c: Counterparty,
  stored: WatchMatch[],
  inScope: (entityId: string) => boolean,
): void {
  const engine = ctx.engine()
  const { matches } = engine.screen(counterpartyQuery(c), { threshold: ctx.threshold })
  const hits: Hit[] = matches
    .filter((m) => inScope(m.entityId))
    .map((m) => matchJson(m, engine.entity(m.entityId)))
  out.screened++
  reconcileInto(out, ctx, c, stored, hits)
}

/** Reconciles a counterparty's stored matches with hits already found, into `out`. */
export function reconcileInto(
  out: Outcome,
  ctx: Ctx,
  c: Counterparty,
  stored: WatchMatch[],
  hits: Hit[],
): void {
  const r = reconcile({
    counterparty: c,
    source: ctx.source,
    versionId: ctx.active.id,
    ...(ctx.previous ? { previousVersionId: ctx.previous.id } : {}),
    hits,
    stored,
    ...(ctx.plan ? { plan: ctx.plan } : {}),
  })
  for (const u of r.upserts) out.upserts.push(u)
  for (const d of r.deletes) out.deletes.push(d)
  for (const a of r.alerts) out.alerts.push(a)
}

export function group(rows: readonly WatchMatch[]): Map<string, WatchMatch[]> {
  const out = new Map<string, WatchMatch[]>()
  for (const r of rows) {
    const list = out.get(r.counterpartyId)
    if (list) list.push(r)
    else out.set(r.counterpartyId, [r])
  }
  return out
}

/** Alerts get ids that sort in the order they were raised, within one commit too. */
export function stamp(drafts: readonly AlertDraft[], now: Date): WatchAlert[] {
  const time = now.getTime().toString(36).padStart(9, '0')
  const salt = Math.random().toString(16).slice(2, 8).padEnd(6, '0')
  return drafts.map((d, i) => ({
    ...d,
    id: `wal_${time}${salt}${i.toString(36).padStart(5, '0')}`,
    createdAt: now.toISOString(),
    status: 'open',
  }))
}
