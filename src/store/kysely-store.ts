import { type Insertable, type Kysely, Migrator, sql, type Transaction } from 'kysely'
import { TcError } from '../errors.js'
import type { Dataset, DatasetFormat, RowIssue } from '../model/dataset.js'
import type { Entity, Relation } from '../model/entity.js'
import { AlertRepo } from './alert-repo.js'
import { AuditRepo } from './audit-repo.js'
import { ChangeRepo } from './change-repo.js'
import { DeliveryRepo } from './delivery-repo.js'
import { JobRepo } from './job-repo.js'
import { KeyRepo } from './key-repo.js'
import { migrationProvider } from './migrations/index.js'
import { RecordRepo } from './record-repo.js'
import type { Database, ListVersionTable } from './schema.js'
import { SettingsRepo } from './settings-repo.js'
import type { ImportOptions, ImportResult, ListVersion, Store } from './store.js'
import { versionId } from './version-id.js'
import { WatchAlertRepo } from './watch-alert-repo.js'
import { WatchRepo } from './watch-repo.js'

/** PostgreSQL channel on which a list-version switch is announced to every instance. */
export const VERSIONS_CHANNEL = 'tradecontrols_versions'

// Both engines accept 500 rows of 5 parameters in one statement (SQLite allows 32,766 parameters).
const BATCH = 500

/** The store over any Kysely dialect; the SQLite and PostgreSQL openers only differ in the dialect. */
export class KyselyStore implements Store {
  readonly kind: 'sqlite' | 'postgres'
  file: string | undefined = undefined
  readonly db: Kysely<Database>
  readonly records: RecordRepo
  readonly audit: AuditRepo
  readonly jobs: JobRepo
  readonly alerts: AlertRepo
  readonly settings: SettingsRepo
  readonly keys: KeyRepo
  readonly watch: WatchRepo
  readonly watchAlerts: WatchAlertRepo
  readonly changes: ChangeRepo
  readonly deliveries: DeliveryRepo

  /** Calls back when another process switches list versions; set by the PostgreSQL opener. */
  subscribeVersions: ((onChange: () => void) => Promise<() => Promise<void>>) | undefined

  constructor(db: Kysely<Database>, kind: 'sqlite' | 'postgres') {
    this.db = db
    this.kind = kind
    this.records = new RecordRepo(db)
    this.audit = new AuditRepo(db)
    this.jobs = new JobRepo(db, kind)
    this.alerts = new AlertRepo(db, kind)
    this.settings = new SettingsRepo(db, this.audit)
    this.keys = new KeyRepo(db, this.audit)
    this.watch = new WatchRepo(db, this.audit)
    this.watchAlerts = new WatchAlertRepo(db)
    this.changes = new ChangeRepo(db)
    this.deliveries = new DeliveryRepo(db)
  }

  async migrate(): Promise<void> {
    // Unordered: branches add migrations independently; each is idempotent in its own tables.
    const migrator = new Migrator({
      db: this.db,
      provider: migrationProvider,
      allowUnorderedMigrations: true,
    })
    const { error, results } = await migrator.migrateToLatest()
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
      throw new TcError('TC_STORE', `migration ${failed} failed: ${String(error)}`, { cause: error })
    }
  }

  async importDataset(dataset: Dataset, options: ImportOptions = {}): Promise<ImportResult> {
    const id = versionId(dataset)
    const activate = options.activate ?? true
    const actor = options.actor ?? 'system'
    return this.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('list_versions')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      if (existing) {
        if (activate) await this.#activateIn(trx, existing.source, id, actor)
        return { version: await this.#withActive(trx, existing), created: false }
      }
      const row: ListVersionTable = {
        id,
        source: dataset.source,
        format: dataset.format,
        published: dataset.published ?? null,
        retrieved: dataset.retrieved,
        content_hash: dataset.contentHash,
        record_count: dataset.entities.length,
        issue_count: dataset.issues.length,
        origin: JSON.stringify(dataset.origin),
        created_at: new Date().toISOString(),
      }
      await trx.insertInto('list_versions').values(row).execute()
      await insertBatched(trx, 'entities', uniqueEntities(dataset.entities), (e) => ({
        version_id: id,
        entity_id: e.id,
        list: e.list,
        name: e.name,
        data: JSON.stringify(e),
      }))
      await insertBatched(trx, 'relations', dataset.relations, (r, seq) => ({
        version_id: id,
        seq,
        data: JSON.stringify(r),
      }))
      await insertBatched(trx, 'row_issues', dataset.issues, (i, seq) => ({
        version_id: id,
        seq,
        location: i.where,
        message: i.message,
        action: i.action,
      }))
      if (activate) await this.#activateIn(trx, dataset.source, id, actor)
      return { version: await this.#withActive(trx, row), created: true }
    })
  }

  async listVersions(source?: string): Promise<ListVersion[]> {
    let q = this.db.selectFrom('list_versions').selectAll()
    if (source) q = q.where('source', '=', source)
    const rows = await q.orderBy('source').orderBy('published').orderBy('created_at').execute()
    const active = await this.#activeIds(this.db)
    return rows.map((r) => toVersion(r, active.has(r.id)))
  }

  async activeVersions(): Promise<ListVersion[]> {
    const rows = await this.db
      .selectFrom('active_versions')
      .innerJoin('list_versions', 'list_versions.id', 'active_versions.version_id')
      .selectAll('list_versions')
      .orderBy('list_versions.source')
      .execute()
    return rows.map((r) => toVersion(r, true))
  }

  async getVersion(id: string): Promise<ListVersion | undefined> {
    const row = await this.db.selectFrom('list_versions').selectAll().where('id', '=', id).executeTakeFirst()
    return row ? this.#withActive(this.db, row) : undefined
  }

  async activate(id: string, actor = 'system'): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('list_versions')
        .select('source')
        .where('id', '=', id)
        .executeTakeFirst()
      if (!row) throw new TcError('TC_NOT_FOUND', `no list version ${id}`, { field: 'version' })
      await this.#activateIn(trx, row.source, id, actor)
    })
  }

  /** Puts a version in force and audits the switch in the same transaction. */
  async #activateIn(trx: Transaction<Database>, source: string, id: string, actor: string): Promise<void> {
    const current = await trx
      .selectFrom('active_versions')
      .select('version_id')
      .where('source', '=', source)
      .executeTakeFirst()
    if (current?.version_id === id) return
    await setActive(trx, source, id)
    // Delivered on commit only: other instances hear of the switch once it is visible to them.
    if (this.kind === 'postgres') await sql`SELECT pg_notify(${VERSIONS_CHANNEL}, ${id})`.execute(trx)
    await this.audit.appendIn(trx, {
      actor,
      action: 'list.activated',
      subject: id,
      details: { source, previous: current?.version_id ?? null },
    })
  }

  async loadEntities(id: string): Promise<Entity[]> {
    // A fixed order (the primary key's): a matcher snapshot is only restored over entities in the order it was
    // taken, and PostgreSQL promises no order without one.
    const rows = await this.db
      .selectFrom('entities')
      .select('data')
      .where('version_id', '=', id)
      .orderBy('entity_id')
      .execute()
    return rows.map((r) => JSON.parse(r.data) as Entity)
  }

  async loadRelations(id: string): Promise<Relation[]> {
    const rows = await this.db
      .selectFrom('relations')
      .select('data')
      .where('version_id', '=', id)
      .orderBy('seq')
      .execute()
    return rows.map((r) => JSON.parse(r.data) as Relation)
  }

  async loadIssues(id: string): Promise<RowIssue[]> {
    const rows = await this.db
      .selectFrom('row_issues')
      .selectAll()
      .where('version_id', '=', id)
      .orderBy('seq')
      .execute()
    return rows.map((r) => ({
      where: r.location,
      message: r.message,
      action: r.action as RowIssue['action'],
    }))
  }

  async countByList(id: string): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('entities')
      .select(['list', (eb) => eb.fn.countAll<number>().as('n')])
      .where('version_id', '=', id)
      .groupBy('list')
      .orderBy('list')
      .execute()
    return Object.fromEntries(rows.map((r) => [r.list, Number(r.n)]))
  }

  async getEntity(id: string, entityId: string): Promise<Entity | undefined> {
    const row = await this.db
      .selectFrom('entities')
      .select('data')
      .where('version_id', '=', id)
      .where('entity_id', '=', entityId)
      .executeTakeFirst()
    return row ? (JSON.parse(row.data) as Entity) : undefined
  }

  transaction<T>(work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(trx))
  }

  async close(): Promise<void> {
    await this.db.destroy()
  }

  async #activeIds(db: Kysely<Database>): Promise<Set<string>> {
    const rows = await db.selectFrom('active_versions').select('version_id').execute()
    return new Set(rows.map((r) => r.version_id))
  }

  async #withActive(db: Kysely<Database>, row: ListVersionTable): Promise<ListVersion> {
    const active = await db
      .selectFrom('active_versions')
      .select('version_id')
      .where('source', '=', row.source)
      .executeTakeFirst()
    return toVersion(row, active?.version_id === row.id)
  }
}

async function setActive(trx: Transaction<Database>, source: string, id: string): Promise<void> {
  const activatedAt = new Date().toISOString()
  await trx
    .insertInto('active_versions')
    .values({ source, version_id: id, activated_at: activatedAt })
    .onConflict((oc) => oc.column('source').doUpdateSet({ version_id: id, activated_at: activatedAt }))
    .execute()
}

async function insertBatched<K extends 'entities' | 'relations' | 'row_issues', T>(
  trx: Transaction<Database>,
  table: K,
  items: readonly T[],
  toRow: (item: T, seq: number) => Insertable<Database[K]>,
): Promise<void> {
  for (let start = 0; start < items.length; start += BATCH) {
    const rows = items.slice(start, start + BATCH).map((item, i) => toRow(item, start + i))
    await trx.insertInto(table).values(rows).execute()
  }
}

/** Readers guarantee unique ids; a duplicate here would abort the whole import, so fail loudly first. */
function uniqueEntities(entities: readonly Entity[]): readonly Entity[] {
  const seen = new Set<string>()
  for (const e of entities) {
    if (seen.has(e.id)) throw new TcError('TC_BAD_FILE', `duplicate entity id ${e.id}`, { field: 'id' })
    seen.add(e.id)
  }
  return entities
}

function toVersion(r: ListVersionTable, active: boolean): ListVersion {
  return {
    id: r.id,
    source: r.source,
    format: r.format as DatasetFormat,
    published: r.published ?? undefined,
    retrieved: r.retrieved,
    contentHash: r.content_hash,
    recordCount: Number(r.record_count),
    issueCount: Number(r.issue_count),
    origin: JSON.parse(r.origin) as string[],
    createdAt: r.created_at,
    active,
  }
}
