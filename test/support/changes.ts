import { diffVersions } from '../../src/changes/diff-versions.js'
import type { Entity } from '../../src/model/entity.js'
import { recordChange } from '../../src/service/changes/record-change.js'
import type { Store } from '../../src/store/store.js'
import { dataset } from './fixtures.js'

/** Imports `next` as a new version of the source in force and records the change from the current one. */
export async function recordNextVersion(store: Store, source: string, published: string, next: Entity[]) {
  const current = (await store.activeVersions()).find((v) => v.source === source)
  if (!current) throw new Error(`no version of ${source} in force`)
  const { version } = await store.importDataset(dataset(source, published, next))
  const side = async (v: typeof current) => ({
    label: v.published ?? v.id,
    source: v.source,
    published: v.published,
    contentHash: v.contentHash,
    versionId: v.id,
    entities: await store.loadEntities(v.id),
  })
  const diff = diffVersions(await side(current), await side(version))
  await recordChange(store, current, version, diff, new Date(`${published}T12:00:00Z`))
  return { from: current, to: version, diff }
}
