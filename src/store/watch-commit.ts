import type { Kysely, Transaction } from 'kysely'
import type { WatchMatch, WatchState } from '../model/counterparty.js'
import type { WatchAlert } from '../model/watch-alert.js'
import type { AuditRepo } from './audit-repo.js'
import { matchToRow } from './counterparty-rows.js'
import { enqueueDeliveriesIn } from './delivery-repo.js'
import type { Database } from './schema.js'
import { insertWatchAlertsIn } from './watch-alert-rows.js'

const CHUNK = 200

/** The outcome of screening monitored counterparties against one version of one source. */
export interface WatchCommit {
  source: string
  /** Matches to write (insert or replace), keyed by counterparty, source and entity. */
  upserts: readonly WatchMatch[]
  /** Matches that no longer hold. */
  deletes: ReadonlyArray<{ counterpartyId: string; entityId: string }>
  alerts: readonly WatchAlert[]
  /** Webhook endpoints each alert is queued for. */
  endpoints: readonly string[]
  /** The version now screened, when the commit brings a source up to date. */
  state?: WatchState
  actor: string
  now: Date
  /** More writes that must commit with the outcome (the review-queue alerts of these watch alerts). */
  alsoIn?: (trx: Kysely<Database>) => Promise<void>
}

/** The writes of one screening outcome, inside the caller's transaction. */
export async function commitIn(trx: Transaction<Database>, audit: AuditRepo, c: WatchCommit): Promise<void> {
  for (let i = 0; i < c.deletes.length; i += CHUNK) {
    const part = c.deletes.slice(i, i + CHUNK)
    await trx
      .deleteFrom('watch_matches')
      .where('source', '=', c.source)
      .where((eb) =>
        eb.or(
          part.map((d) =>
            eb.and([eb('counterparty_id', '=', d.counterpartyId), eb('entity_id', '=', d.entityId)]),
          ),
        ),
      )
      .execute()
  }
  for (let i = 0; i < c.upserts.length; i += CHUNK) {
    await trx
      .insertInto('watch_matches')
      .values(c.upserts.slice(i, i + CHUNK).map(matchToRow))
      .onConflict((oc) =>
        oc.columns(['counterparty_id', 'source', 'entity_id']).doUpdateSet((eb) => ({
          list: eb.ref('excluded.list'),
          score: eb.ref('excluded.score'),
          version_id: eb.ref('excluded.version_id'),
          match: eb.ref('excluded.match'),
        })),
      )
      .execute()
  }
  await insertWatchAlertsIn(trx, c.alerts)
  await enqueueDeliveriesIn(trx, c.alerts, c.endpoints, c.now.getTime())
  if (c.state) {
    const s = {
      version_id: c.state.versionId,
      screened_at: c.state.screenedAt,
      settings: JSON.stringify(c.state.settings),
    }
    await trx
      .insertInto('watch_state')
      .values({ source: c.state.source, ...s })
      .onConflict((oc) => oc.column('source').doUpdateSet(s))
      .execute()
  }
  await c.alsoIn?.(trx)
  const kinds = { new: 0, cleared: 0, changed: 0 }
  for (const a of c.alerts) kinds[a.kind]++
  await audit.appendIn(
    trx,
    {
      actor: c.actor,
      action: 'watch.screened',
      subject: c.source,
      details: {
        versionId: c.state?.versionId ?? null,
        matchesWritten: c.upserts.length,
        matchesCleared: c.deletes.length,
        alerts: kinds,
      },
    },
    // Stamped when written, like every other entry (not with the caller's clock): times follow the chain.
  )
}
