/**
 * Checks one scenario's determination against its expectations; shared by the fixture-engine run and the
 * run through the real engine over the bundled lists. With `looseIds`, question ids that embed an entity id
 * (match:…, el-scope:…) are compared by their prefix, since entity ids differ between engines.
 */
import { expect } from 'vitest'
import type { Determination } from '../types.js'
import type { Scenario } from './scenarios.js'

const DECISIVE = new Set(['license', 'prohibited', 'condition', 'question'])

export function checkScenario(s: Scenario, d: Determination, looseIds = false): void {
  const summary = d.reasons.map((r) => `${r.effect} ${r.code} ${r.citation}`).join('\n')
  expect(d.decision, `rests on ${s.rests}\n${summary}`).toBe(s.decision)
  const decisive = d.reasons.filter((r) => DECISIVE.has(r.effect)).map((r) => r.citation)
  for (const c of s.citations ?? []) expect(decisive.some((x) => x.includes(c)), `citation ${c} in\n${summary}`).toBe(true)
  const codes = d.reasons.map((r) => r.code)
  for (const c of s.codes ?? []) expect(codes).toContain(c)
  for (const c of s.absentCodes ?? []) expect(codes).not.toContain(c)
  const symbols = d.licenseExceptions.map((e) => e.symbol)
  if (s.exceptions?.length === 0) expect(symbols).toEqual([])
  for (const x of s.exceptions ?? []) expect(symbols).toContain(x)
  const prefix = (id: string) => (looseIds && /^(match|el-scope):/.test(id) ? id.split(':')[0] : id)
  const asked = d.questions.map((q) => prefix(q.id))
  for (const q of s.questions ?? []) expect(asked).toContain(prefix(q))
  for (const [id, applied] of Object.entries(s.dated ?? {}))
    expect(d.datedRules.find((r) => r.id === id)?.applied, `dated rule ${id}`).toBe(applied)
}
