/** Test helper: the bundled EAR tables, read once per test file. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { RawEarData } from '../raw-types.js'
import { buildEarTables, type EarTables } from '../tables.js'

const dir = fileURLToPath(new URL('../../../data/ear/', import.meta.url))
const read = <T>(name: string): T => JSON.parse(readFileSync(`${dir}${name}`, 'utf8')) as T

let cached: EarTables | undefined

export function rawEarData(): RawEarData {
  return {
    chart: read('country-chart.json'),
    groups: read('country-groups.json'),
    ccl: read('ccl.json'),
    exceptions: read('license-exception-catalog.json'),
  }
}

export function testTables(): EarTables {
  cached ??= buildEarTables(rawEarData())
  return cached
}
