/**
 * Runs the scenario suite (testdata/scenarios.ts) through `determine` with the fixture engine over real
 * CSL rows. Each case checks the decision, the citations of its decisive reasons, reason codes, offered
 * licence exceptions, open questions and the dated rules consulted.
 */
import { describe, expect, it } from 'vitest'
import { determine } from './determine.js'
import { fixtureEngine } from './testdata/fixture-engine.js'
import { FIXTURE_ENTITIES } from './testdata/fixture-entities.js'
import { testTables } from './testdata/load-tables.js'
import { SCENARIOS } from './testdata/scenarios.js'

const DECISIVE = new Set(['license', 'prohibited', 'condition', 'question'])

describe('EAR scenario suite', () => {
  const deps = { engine: fixtureEngine(FIXTURE_ENTITIES), tables: testTables() }

  it('has at least 60 cases, each naming the regulation it rests on', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(60)
    for (const s of SCENARIOS) expect(s.rests).toMatch(/CFR|FR|Supp\.|E\.O\.|switchable/)
    expect(new Set(SCENARIOS.map((s) => s.name)).size).toBe(SCENARIOS.length)
  })

  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_, s) => {
    const d = determine({ asOf: '2026-11-29', ...s.input }, deps)
    const summary = d.reasons.map((r) => `${r.effect} ${r.code} ${r.citation}`).join('\n')
    expect(d.decision, `rests on ${s.rests}\n${summary}`).toBe(s.decision)
    const decisive = d.reasons.filter((r) => DECISIVE.has(r.effect)).map((r) => r.citation)
    for (const c of s.citations ?? [])
      expect(
        decisive.some((x) => x.includes(c)),
        `citation ${c} in\n${summary}`,
      ).toBe(true)
    const codes = d.reasons.map((r) => r.code)
    for (const c of s.codes ?? []) expect(codes).toContain(c)
    for (const c of s.absentCodes ?? []) expect(codes).not.toContain(c)
    const symbols = d.licenseExceptions.map((e) => e.symbol)
    if (s.exceptions?.length === 0) expect(symbols).toEqual([])
    for (const x of s.exceptions ?? []) expect(symbols).toContain(x)
    for (const q of s.questions ?? []) expect(d.questions.map((x) => x.id)).toContain(q)
    for (const [id, applied] of Object.entries(s.dated ?? {}))
      expect(d.datedRules.find((r) => r.id === id)?.applied, `dated rule ${id}`).toBe(applied)
  })
})
