import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Dataset } from '../model/dataset.js'
import type { Store } from '../store/store.js'

/** data/ of the package: two levels up from src/service or dist/service. */
export const PACKAGE_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data')

interface BundledManifest {
  datasets: Array<{ source: string; file: string; published: string }>
}

export async function bundledDatasets(
  dataDir = PACKAGE_DATA_DIR,
): Promise<Array<{ source: string; path: string }>> {
  const manifest = JSON.parse(await readFile(join(dataDir, 'bundled.json'), 'utf8')) as BundledManifest
  return manifest.datasets.map((d) => ({ source: d.source, path: join(dataDir, d.file) }))
}

/**
 * The first use of a store imports the snapshots shipped with the package, so that screening works offline
 * right after set-up. A source the store already holds (bundled or updated since) is left alone.
 */
export async function ensureBundled(
  store: Store,
  readDataset: (path: string) => Promise<Dataset>,
  dataDir = PACKAGE_DATA_DIR,
): Promise<string[]> {
  const imported: string[] = []
  for (const { source, path } of await bundledDatasets(dataDir)) {
    if ((await store.listVersions(source)).length > 0) continue
    const dataset = await readDataset(path)
    const { version } = await store.importDataset(dataset)
    imported.push(version.id)
  }
  return imported
}
