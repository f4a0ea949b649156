/**
 * The EAR scenario suite through the real engine: the bundled CSL of 2026-07-31 read by the real reader and
 * searched by the CLI's matcher (cli/default-deps.ts factories). Possible-match cases whose expectation
 * depends on the fixture matcher's scores are replaced by one that sets the strong-match level instead.
 */
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { factories } from '../../src/cli/default-deps.js'
import { determine } from '../../src/ear/determine.js'
import { checkScenario } from '../../src/ear/testdata/check-scenario.js'
import { testTables } from '../../src/ear/testdata/load-tables.js'
import { SCENARIOS } from '../../src/ear/testdata/scenarios.js'
import { PACKAGE_DATA_DIR } from '../../src/service/bundled.js'
import type { LoadedEngine } from '../../src/service/loaded-engine.js'
import { engineFromDatasets } from '../../src/service/open-engine.js'

describe('EAR scenario suite (bundled CSL, real engine)', () => {
  let engine: LoadedEngine
  beforeAll(async () => {
    engine = await engineFromDatasets(
      [join(PACKAGE_DATA_DIR, 'lists/us_csl_consolidated_2026-07-31.json.gz')],
      factories,
    )
  })
  const tables = testTables()
  const cases = SCENARIOS.filter((s) => !s.fixtureOnly)

  it.each(cases.map((s) => [s.name, s] as const))('%s', (_, s) => {
    checkScenario(s, determine({ asOf: '2026-11-29', ...s.input }, { engine, tables }), true)
  })

  it('a match below the strong-match level is "possible match, review", not applied', () => {
    const input = {
      eccn: 'EAR99',
      to: 'CN',
      asOf: '2026-11-29',
      parties: [{ name: 'Huawei Technolgies Co Ltd' }],
    }
    const d = determine({ ...input, strongMatch: 0.9999 }, { engine, tables })
    expect(d.decision).toBe('INCOMPLETE')
    expect(d.questions.some((q) => q.id.startsWith('match:EL:'))).toBe(true)
    expect(d.reasons.map((r) => r.code)).not.toContain('PARTY_EL')
  })
})
