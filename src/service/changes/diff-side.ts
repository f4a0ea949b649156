import { stat } from 'node:fs/promises'
import type { DiffSide } from '../../changes/types.js'
import { badInput } from '../../errors.js'
import type { Dataset } from '../../model/dataset.js'
import type { Entity } from '../../model/entity.js'
import type { ListVersion, Store } from '../../store/store.js'

export interface SideLoaders {
  readDataset(path: string): Promise<Dataset>
  /** Opened only when an argument is not a file. */
  store(): Promise<Store>
}

/**
 * One side of `lists diff`: a list file or OFAC folder (any readable format), or a stored version named by
 * its id, by its source (the version in force, e.g. "us_csl") or by "SOURCE~N" (N versions before that).
 */
export async function loadDiffSide(arg: string, field: string, loaders: SideLoaders): Promise<DiffSide> {
  if (await exists(arg)) {
    const d = await loaders.readDataset(arg)
    return {
      label: arg,
      source: d.source,
      published: d.published,
      contentHash: d.contentHash,
      entities: d.entities,
    }
  }
  const store = await loaders.store()
  const version = await findVersion(store, arg)
  if (!version)
    throw badInput(
      field,
      `"${arg}" is neither a readable file nor a stored list version (see \`tradecontrols lists status\`)`,
    )
  return versionSide(version, await store.loadEntities(version.id))
}

/** A stored version with its entities as one side of a diff. */
export const versionSide = (version: ListVersion, entities: readonly Entity[]): DiffSide => ({
  label: version.id,
  source: version.source,
  published: version.published,
  contentHash: version.contentHash,
  versionId: version.id,
  entities,
})

export async function findVersion(store: Store, ref: string): Promise<ListVersion | undefined> {
  const exact = await store.getVersion(ref)
  if (exact) return exact
  const m = /^([a-z0-9_-]+?)(?:~(\d+))?$/i.exec(ref)
  if (!m) return undefined
  const versions = await store.listVersions(m[1])
  const active = versions.findIndex((v) => v.active)
  if (active < 0) return undefined
  return versions[active - Number(m[2] ?? 0)]
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}
