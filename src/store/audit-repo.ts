import { type Kysely, sql } from 'kysely'
import {
  type AuditEntry,
  type AuditEvent,
  ChainVerifier,
  entryHash,
  type VerifyResult,
} from '../audit/chain.js'
import type { AuditLogTable, Database } from './schema.js'

const PAGE = 5000

/** The append-only, hash-chained audit log. Appends lock the chain head so concurrent writers never fork it. */
export class AuditRepo {
  readonly #db: Kysely<Database>

  constructor(db: Kysely<Database>) {
    this.#db = db
  }

  /** Appends in its own transaction. */
  append(event: AuditEvent, at?: string): Promise<AuditEntry> {
    return this.#db.transaction().execute((trx) => this.appendIn(trx, event, at))
  }

  /**
   * Appends inside the caller's transaction (pass the transaction), so an action and its audit entry
   * commit together.
   */
  async appendIn(
    trx: Kysely<Database>,
    event: AuditEvent,
    at = new Date().toISOString(),
  ): Promise<AuditEntry> {
    // The write comes first: it takes PostgreSQL's row lock or SQLite's write lock before anything is read.
    await trx.updateTable('audit_head').set({ seq: sql`seq + 1` }).where('id', '=', 1).execute()
    const head = await trx.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow()
    const base = { seq: Number(head.seq), at, ...event, prevHash: head.hash }
    const entry: AuditEntry = { ...base, hash: entryHash(base) }
    await trx.insertInto('audit_log').values(toRow(entry)).execute()
    await trx.updateTable('audit_head').set({ hash: entry.hash }).where('id', '=', 1).execute()
    return entry
  }

  async list(
    options: { afterSeq?: number; limit?: number; action?: string; subjects?: readonly string[] } = {},
  ): Promise<AuditEntry[]> {
    let q = this.#db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('seq')
      .limit(options.limit ?? 100)
    if (options.afterSeq !== undefined) q = q.where('seq', '>', options.afterSeq)
    if (options.action) q = q.where('action', '=', options.action)
    if (options.subjects) q = q.where('subject', 'in', options.subjects.length ? [...options.subjects] : [''])
    return (await q.execute()).map(fromRow)
  }

  /** Walks the whole chain from its anchor and checks that it ends where the head says. */
  async verify(): Promise<VerifyResult> {
    const head = await this.#db
      .selectFrom('audit_head')
      .selectAll()
      .where('id', '=', 1)
      .executeTakeFirstOrThrow()
    const anchor = { seq: Number(head.anchor_seq), hash: head.anchor_hash }
    const verifier = new ChainVerifier(anchor)
    for await (const entry of this.#walk()) {
      const failure = verifier.add(entry)
      if (failure) return failure
    }
    const result = verifier.result()
    if (!result.ok) return result
    if (result.lastSeq !== Number(head.seq) || result.lastHash !== head.hash) {
      const firstBad = result.lastSeq + 1
      return {
        ok: false,
        entries: result.entries,
        firstBad,
        problem: `entry ${firstBad} is missing (the chain head records ${head.seq} entries)`,
      }
    }
    return result
  }

  /**
   * Retention: removes entries older than `before` from the start of the chain and keeps the last removed
   * entry's hash as the new anchor, so the rest still verifies. The pruning itself is audited.
   */
  async prune(before: string, actor: string): Promise<{ removed: number; entry: AuditEntry }> {
    return this.#db.transaction().execute(async (trx) => {
      const last = await trx
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .where('at', '<', before)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst()
      let removed = 0
      if (last) {
        const del = await trx.deleteFrom('audit_log').where('seq', '<=', last.seq).executeTakeFirst()
        removed = Number(del.numDeletedRows)
        await trx
          .updateTable('audit_head')
          .set({ anchor_seq: last.seq, anchor_hash: last.hash })
          .where('id', '=', 1)
          .execute()
      }
      const entry = await this.appendIn(trx, {
        actor,
        action: 'audit.pruned',
        subject: 'audit_log',
        details: { before, removed, anchorSeq: last ? Number(last.seq) : null },
      })
      return { removed, entry }
    })
  }

  async *#walk(): AsyncGenerator<AuditEntry> {
    let after = -1
    for (;;) {
      const page = await this.#db
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(PAGE)
        .execute()
      for (const row of page) yield fromRow(row)
      if (page.length < PAGE) return
      after = Number(page[page.length - 1]!.seq)
    }
  }
}

function toRow(e: AuditEntry): AuditLogTable {
  return {
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    action: e.action,
    subject: e.subject,
    details: JSON.stringify(e.details),
    prev_hash: e.prevHash,
    hash: e.hash,
  }
}

function fromRow(r: AuditLogTable): AuditEntry {
  return {
    seq: Number(r.seq),
    at: r.at,
    actor: r.actor,
    action: r.action,
    subject: r.subject,
    details: JSON.parse(r.details) as Record<string, unknown>,
    prevHash: r.prev_hash,
    hash: r.hash,
  }
}
