import { describe, expect, it } from 'vitest'
import { datedRule } from './dated-rules.js'

describe('dated rules', () => {
  it('Affiliates Rule: in force 2025-09-29, suspended 2025-11-10 to 2026-11-09, reimposed 2026-11-10', () => {
    expect(datedRule('affiliates-rule', '2025-09-28').applied).toBe(false)
    expect(datedRule('affiliates-rule', '2025-09-29').applied).toBe(true)
    expect(datedRule('affiliates-rule', '2025-11-10').applied).toBe(false)
    expect(datedRule('affiliates-rule', '2026-11-09').applied).toBe(false)
    expect(datedRule('affiliates-rule', '2026-11-10')).toMatchObject({
      applied: true,
      status: expect.stringMatching(/verify/),
    })
  })

  it('AI Diffusion wording is never applied by date, only when switched on', () => {
    expect(datedRule('ai-diffusion', '2024-06-01').applied).toBe(false)
    expect(datedRule('ai-diffusion', '2025-03-01').applied).toBe(false)
    expect(datedRule('ai-diffusion', '2026-11-29').applied).toBe(false)
    expect(datedRule('ai-diffusion', '2026-11-29', { 'ai-diffusion': 'on' })).toMatchObject({
      applied: true,
      status: expect.stringMatching(/switched on/),
    })
  })
})
