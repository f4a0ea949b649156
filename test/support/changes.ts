import { diffVersions } from '../../src/changes/diff-versions.js'
import type { Entity } from '../../src/model/entity.js'
import { recordChange } from '../../src/service/changes/record-change.js'
import type { ListVersion, Store } from '../../src/store/store.js'
import { dataset } from './fixtures.js'

/** Diffs two stored versions and records the change, as `lists update` does. */
export async function recordDiff(store: Store, from: ListVersion, to: ListVersion) {
  const side = async (v: ListVersion) => ({
    label: v.published ?? v.id,
    source: v.source,
    published: v.published,
    contentHash: v.contentHash,
    versionId: v.id,
    entities: await store.loadEntities(v.id),
  })
  const diff = diffVersions(await side(from), await side(to))
  await recordChange(store, from, to, diff, new Date(`${to.published ?? '2026-01-01'}T12:00:00Z`))
  return diff
}

/** Imports `next` as a new version of the source in force and records the change from the current one. */
export async function recordNextVersion(store: Store, source: string, published: string, next: Entity[]) {
  const current = (await store.activeVersions()).find((v) => v.source === source)
  if (!current) throw new Error(`no version of ${source} in force`)
  const { version } = await store.importDataset(dataset(source, published, next))
  const diff = await recordDiff(store, current, version)
  return { from: current, to: version, diff }
}
