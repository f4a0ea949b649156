import type { Kysely } from 'kysely'
import { type ApiKey, generateKey, validKeyName } from '../auth/api-key.js'
import { isRole, type Role } from '../auth/roles.js'
import { TcError } from '../errors.js'
import type { AuditRepo } from './audit-repo.js'
import type { ApiKeyTable, Database } from './schema.js'

/** API keys: created with their audit entry in one transaction, looked up by hash, revoked (never deleted). */
export class KeyRepo {
  readonly #db: Kysely<Database>
  readonly #audit: AuditRepo

  constructor(db: Kysely<Database>, audit: AuditRepo) {
    this.#db = db
    this.#audit = audit
  }

  /** Returns the stored key and its text; the text exists only in this return value. */
  async create(input: { name: string; role: Role; actor: string }): Promise<{ key: ApiKey; secret: string }> {
    if (!isRole(input.role))
      throw new TcError('TC_BAD_INPUT', 'must be screener, reviewer or admin', { field: 'role' })
    const name = validKeyName(input.name)
    const generated = generateKey()
    const row: ApiKeyTable = {
      id: generated.id,
      name,
      role: input.role,
      prefix: generated.prefix,
      hash: generated.hash,
      created_at: new Date().toISOString(),
      created_by: input.actor,
      revoked_at: null,
    }
    await this.#db.transaction().execute(async (trx) => {
      await trx.insertInto('api_keys').values(row).execute()
      await this.#audit.appendIn(trx, {
        actor: input.actor,
        action: 'key.created',
        subject: row.id,
        details: { name, role: row.role, prefix: row.prefix },
      })
    })
    return { key: toKey(row), secret: generated.text }
  }

  async list(options: { includeRevoked?: boolean } = {}): Promise<ApiKey[]> {
    let q = this.#db.selectFrom('api_keys').selectAll().orderBy('created_at').orderBy('id')
    if (!options.includeRevoked) q = q.where('revoked_at', 'is', null)
    return (await q.execute()).map(toKey)
  }

  async get(id: string): Promise<ApiKey | undefined> {
    const row = await this.#db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst()
    return row ? toKey(row) : undefined
  }

  /** The key in force with this hash; revoked and unknown keys are both undefined. */
  async findActiveByHash(hash: string): Promise<ApiKey | undefined> {
    const row = await this.#db
      .selectFrom('api_keys')
      .selectAll()
      .where('hash', '=', hash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst()
    return row ? toKey(row) : undefined
  }

  async revoke(id: string, actor: string): Promise<ApiKey> {
    return this.#db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst()
      if (!row) throw new TcError('TC_NOT_FOUND', `no API key ${id}`, { field: 'id' })
      if (row.revoked_at) throw new TcError('TC_CONFLICT', `key ${id} was already revoked`, { field: 'id' })
      const revokedAt = new Date().toISOString()
      await trx.updateTable('api_keys').set({ revoked_at: revokedAt }).where('id', '=', id).execute()
      await this.#audit.appendIn(trx, {
        actor,
        action: 'key.revoked',
        subject: id,
        details: { name: row.name, role: row.role },
      })
      return toKey({ ...row, revoked_at: revokedAt })
    })
  }
}

function toKey(r: ApiKeyTable): ApiKey {
  return {
    id: r.id,
    name: r.name,
    role: r.role as Role,
    prefix: r.prefix,
    createdAt: r.created_at,
    createdBy: r.created_by,
    revokedAt: r.revoked_at,
  }
}
