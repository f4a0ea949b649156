import type { Kysely, Transaction } from 'kysely'
import { nameTerms, termKeys } from '../changes/token-keys.js'
import type { Counterparty } from '../model/counterparty.js'
import { counterpartyFromRow } from './counterparty-rows.js'
import type { Database } from './schema.js'

/** Rows per insert: two columns each, well under SQLite's and PostgreSQL's limits on bound values. */
const ROWS = 2000
const CHUNK = 500
/** Values per lookup: one statement for most changes, under both engines' limits on bound values. */
const LOOKUP = 5000

/**
 * The counterparty index of delta screening, written in the caller's transaction with the counterparties it
 * describes: each counterparty's name terms (changes/token-keys.ts), and the keys of every term not yet
 * indexed. A term's keys depend on the term alone, so they are stored once however many names use it, and
 * left in place when the last such name goes (a term without counterparties reaches nobody).
 */
export async function indexTerms(
  trx: Transaction<Database> | Kysely<Database>,
  rows: ReadonlyArray<{ id: string; name: string }>,
): Promise<void> {
  if (rows.length === 0) return
  const terms = rows.flatMap((c) => nameTerms(c.name).map((term) => ({ counterparty_id: c.id, term })))
  const distinct = [...new Set(terms.map((t) => t.term))]
  const known = new Set<string>()
  for (let i = 0; i < distinct.length; i += CHUNK) {
    const found = await trx
      .selectFrom('watch_terms')
      .select('term')
      .distinct()
      .where('term', 'in', distinct.slice(i, i + CHUNK))
      .execute()
    for (const r of found) known.add(r.term)
  }
  // In key order: the B-tree fills from one end instead of at random places.
  const keys = distinct
    .filter((t) => !known.has(t))
    .flatMap((term) => termKeys(term).map((key) => ({ key, term })))
    .sort((a, b) => a.key - b.key)
  for (let i = 0; i < keys.length; i += ROWS)
    await trx
      .insertInto('watch_term_keys')
      .values(keys.slice(i, i + ROWS))
      .onConflict((oc) => oc.doNothing())
      .execute()
  for (let i = 0; i < terms.length; i += ROWS)
    await trx
      .insertInto('watch_terms')
      .values(terms.slice(i, i + ROWS))
      .execute()
}

/** Forgets the terms of counterparties whose names changed (removal cascades from `counterparties`). */
export async function unindexTerms(trx: Transaction<Database>, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK)
    await trx
      .deleteFrom('watch_terms')
      .where('counterparty_id', 'in', ids.slice(i, i + CHUNK))
      .execute()
}

/** Counterparties with a name term holding one of `keys`, in id order. */
export async function reachedBy(db: Kysely<Database>, keys: readonly number[]): Promise<Counterparty[]> {
  // Two steps: the few distinct terms the keys reach, then the counterparties that use them.
  const terms = new Set<string>()
  for (let i = 0; i < keys.length; i += LOOKUP) {
    const rows = await db
      .selectFrom('watch_term_keys')
      .select('term')
      .distinct()
      .where('key', 'in', keys.slice(i, i + LOOKUP))
      .execute()
    for (const r of rows) terms.add(r.term)
  }
  const all = [...terms]
  const out = new Map<string, Counterparty>()
  for (let i = 0; i < all.length; i += LOOKUP) {
    const rows = await db
      .selectFrom('counterparties')
      .selectAll()
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('watch_terms')
          .select('counterparty_id')
          .where('term', 'in', all.slice(i, i + LOOKUP)),
      )
      .execute()
    for (const r of rows) out.set(r.id, counterpartyFromRow(r))
  }
  return [...out.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
