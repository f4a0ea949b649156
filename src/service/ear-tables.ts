/**
 * Loads the bundled EAR tables (data/ear, see its PROVENANCE.md) once per process and builds the parsed,
 * indexed EarTables the pure determination reads.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RawEarData } from '../ear/raw-types.js'
import { buildEarTables, type EarTables } from '../ear/tables.js'
import { TcError } from '../errors.js'
import { PACKAGE_DATA_DIR } from './bundled.js'

const FILES = {
  chart: 'country-chart.json',
  groups: 'country-groups.json',
  ccl: 'ccl.json',
  exceptions: 'license-exception-catalog.json',
} as const

const cache = new Map<string, Promise<EarTables>>()

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'))
  } catch (e) {
    throw new TcError('TC_BAD_FILE', `cannot read EAR table ${path}`, { field: path, cause: e })
  }
}

export function loadEarTables(dataDir = join(PACKAGE_DATA_DIR, 'ear')): Promise<EarTables> {
  let tables = cache.get(dataDir)
  if (!tables) {
    tables = (async () => {
      const entries = await Promise.all(
        Object.entries(FILES).map(async ([key, file]) => [key, await readJson(join(dataDir, file))] as const),
      )
      return buildEarTables(Object.fromEntries(entries) as unknown as RawEarData)
    })()
    cache.set(dataDir, tables)
  }
  return tables
}
