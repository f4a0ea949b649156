import { describe, expect, it } from 'vitest'
import { resolveDestination } from './destination.js'
import { testTables } from './testdata/load-tables.js'

describe('destination resolution', () => {
  const t = testTables()

  it('accepts ISO codes and names, including the Part 740 spellings', () => {
    expect(resolveDestination('cn', undefined, t).chartRow).toBe('China')
    expect(resolveDestination('People’s Republic of China', undefined, t).code).toBe('CN')
    expect(resolveDestination("Cote d'lvoire", undefined, t).code).toBe('CI')
    expect(resolveDestination('The Bahamas', undefined, t).code).toBe('BS')
    expect(resolveDestination('Saint Kitts & Nevis', undefined, t).code).toBe('KN')
  })

  it('sends Hong Kong to the China row and groups but keeps its own code; Macau keeps its own row', () => {
    const hk = resolveDestination('Hong Kong', undefined, t)
    expect(hk).toMatchObject({ code: 'HK', rowCode: 'CN', chartRow: 'China' })
    expect([...hk.groups].sort()).toEqual(['D:1', 'D:3', 'D:4', 'D:5'])
    const mo = resolveDestination('MO', undefined, t)
    expect(mo.chartRow).toBe('Macau')
    expect(mo.groups.has('D:5')).toBe(false)
  })

  it('gives dependent territories their administering country and embargoed rows no marks', () => {
    expect(resolveDestination('Cayman Islands', undefined, t)).toMatchObject({ rowCode: 'GB' })
    expect(resolveDestination('LI', undefined, t)).toMatchObject({ rowCode: 'CH' })
    const cu = resolveDestination('Cuba', undefined, t)
    expect(cu.row).toBeUndefined()
    expect(cu.embargoPointer).toMatch(/part 746/)
  })

  it('refuses what it cannot place', () => {
    expect(() => resolveDestination('Atlantis', undefined, t)).toThrow(/unknown country "Atlantis"/)
    expect(() => resolveDestination('PS', undefined, t)).toThrow(/no Commerce Country Chart row/)
    expect(() => resolveDestination('PR', undefined, t)).toThrow(/not an export/)
    expect(() => resolveDestination('DE', 'crimea', t)).toThrow(/--to must be UA/)
    expect(resolveDestination('UA', 'Crimea', t).region).toBe('crimea')
  })
})
