/**
 * Runs the scenario suite (testdata/scenarios.ts) through `determine` with the fixture engine over real
 * CSL rows. test/ear/scenarios-bundled.test.ts runs the same suite through the real engine.
 */
import { describe, expect, it } from 'vitest'
import { determine } from './determine.js'
import { checkScenario } from './testdata/check-scenario.js'
import { fixtureEngine } from './testdata/fixture-engine.js'
import { FIXTURE_ENTITIES } from './testdata/fixture-entities.js'
import { testTables } from './testdata/load-tables.js'
import { SCENARIOS } from './testdata/scenarios.js'

describe('EAR scenario suite (fixture engine)', () => {
  const deps = { engine: fixtureEngine(FIXTURE_ENTITIES), tables: testTables() }

  it('has at least 60 cases, each naming the regulation it rests on', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(60)
    for (const s of SCENARIOS) expect(s.rests).toMatch(/CFR|FR|Supp\.|E\.O\.|switchable/)
    expect(new Set(SCENARIOS.map((s) => s.name)).size).toBe(SCENARIOS.length)
  })

  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_, s) => {
    checkScenario(s, determine({ asOf: '2026-11-29', ...s.input }, deps))
  })
})
