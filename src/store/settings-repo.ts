import type { Kysely } from 'kysely'
import { SETTINGS, type SettingKey, type Settings } from '../model/settings.js'
import type { AuditRepo } from './audit-repo.js'
import type { Database } from './schema.js'

/** Shared configuration: defaults unless set; every change is audited with the old and new value. */
export class SettingsRepo {
  readonly #db: Kysely<Database>
  readonly #audit: AuditRepo

  constructor(db: Kysely<Database>, audit: AuditRepo) {
    this.#db = db
    this.#audit = audit
  }

  async all(): Promise<Settings> {
    const rows = await this.#db.selectFrom('settings').selectAll().execute()
    const out = Object.fromEntries(Object.entries(SETTINGS).map(([k, v]) => [k, v.default])) as Record<
      string,
      unknown
    >
    for (const r of rows) if (Object.hasOwn(SETTINGS, r.key)) out[r.key] = JSON.parse(r.value)
    return out as Settings
  }

  async set(key: SettingKey, value: boolean | number, actor: string): Promise<void> {
    const at = new Date().toISOString()
    await this.#db.transaction().execute(async (trx) => {
      const old = await trx.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst()
      const previous = old ? (JSON.parse(old.value) as unknown) : SETTINGS[key].default
      await trx
        .insertInto('settings')
        .values({ key, value: JSON.stringify(value), updated_at: at, updated_by: actor })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: at, updated_by: actor }),
        )
        .execute()
      await this.#audit.appendIn(trx, {
        actor,
        action: 'config.changed',
        subject: key,
        details: { from: previous, to: value },
      })
    })
  }
}
