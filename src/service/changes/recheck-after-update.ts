import { diffAndPair } from '../../changes/diff-versions.js'
import type { Entity } from '../../model/entity.js'
import type { ListVersion, Store } from '../../store/store.js'
import { type RecheckResult, recheckRules } from '../review.js'
import { versionSide } from './diff-side.js'

/**
 * After a source's new version is in force, every active allow rule is checked against what is listed now.
 * A rule follows its entry when the new version spells the entry's id differently (the diff pairs them);
 * it lapses when the entry was dropped or its facts changed (its alert reopens), and expires past its date.
 * Entries of other sources are looked up in their versions in force, so their rules stay.
 */
export async function recheckAfterUpdate(
  store: Store,
  previous: ListVersion | undefined,
  version: ListVersion,
  entities: readonly Entity[],
  actor: string,
  now: Date,
): Promise<RecheckResult[]> {
  const rules = await store.alerts.rules({ status: 'active' })
  if (rules.length === 0) return []
  const fresh = new Map(entities.map((e) => [e.id, e]))
  const others = (await store.activeVersions()).filter((v) => v.source !== version.source)
  const elsewhere = new Map<string, Entity>()
  const unseen = new Set<string>()
  for (const { entityId } of rules) {
    if (fresh.has(entityId) || elsewhere.has(entityId)) continue
    let found: Entity | undefined
    for (const v of others) {
      found = await store.getEntity(v.id, entityId)
      if (found) break
    }
    if (found) elsewhere.set(entityId, found)
    else if (previous && (await store.getEntity(previous.id, entityId))) unseen.add(entityId)
  }
  if (previous && unseen.size) {
    const { idMap } = diffAndPair(
      versionSide(previous, await store.loadEntities(previous.id)),
      versionSide(version, entities),
    )
    const at = now.toISOString()
    for (const rule of rules) {
      const to = unseen.has(rule.entityId) ? idMap.get(rule.entityId) : undefined
      if (!to || to === rule.entityId) continue
      await store.transaction(async (db) => {
        await store.alerts.updateRule({ ...rule, entityId: to }, db)
        await store.audit.appendIn(db, {
          actor,
          action: 'allow.carried',
          subject: rule.id,
          details: { from: rule.entityId, to, versionId: version.id, at },
        })
      })
    }
  }
  return recheckRules(store, (id) => fresh.get(id) ?? elsewhere.get(id), actor, now)
}
