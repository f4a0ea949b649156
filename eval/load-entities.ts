import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Entity } from '../src/model/entity.js'
import { readDataset } from '../src/sources/detect/read-dataset.js'

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..')
export const SHARED = process.env.TC_SHARED ?? join(REPO, '..', 'shared')

/** The bundled snapshot (data/bundled.json: the 2026-07-31 CSL and the 2026-02-27 UN list), read by the real readers. */
export async function loadBundledEntities(): Promise<{ entities: Entity[]; files: string[] }> {
  const manifest = JSON.parse(await readFile(join(REPO, 'data', 'bundled.json'), 'utf8')) as {
    datasets: Array<{ file: string }>
  }
  const files = manifest.datasets.map((d) => join(REPO, 'data', d.file))
  const datasets = await Promise.all(files.map((f) => readDataset(f)))
  return { entities: datasets.flatMap((d) => d.entities), files: manifest.datasets.map((d) => d.file) }
}
