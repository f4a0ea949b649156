import { describe, expect, it } from 'vitest'
import { classifyMove, idSpace, listFamily } from './list-families.js'

describe('list families and moves', () => {
  it('classifies moves by how much the new list restricts', () => {
    expect(classifyMove('UVL', 'EL')).toBe('escalation')
    expect(classifyMove('EL', 'DPL')).toBe('escalation')
    expect(classifyMove('EL', 'UVL')).toBe('de-escalation')
    expect(classifyMove('SSI', 'SDN')).toBe('escalation')
    expect(classifyMove('SDN', 'NS-MBS')).toBe('de-escalation')
    expect(classifyMove('DTC', 'ISN')).toBe('lateral')
  })

  it('shares one identifier space across the OFAC lists only', () => {
    expect(idSpace('SDN')).toBe(idSpace('SSI'))
    expect(idSpace('EL')).not.toBe(idSpace('UVL'))
    expect(listFamily('UVL')).toBe(listFamily('EL'))
    expect(listFamily('UVL')).not.toBe(listFamily('SDN'))
  })
})
