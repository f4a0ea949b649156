import { describe, expect, it } from 'vitest'
import { generateKey, hashKey, keyIdOf, validKeyName } from './api-key.js'
import { roleAllows } from './roles.js'

describe('API keys', () => {
  it('generates distinct keys whose text carries the id and hashes to the stored hash', () => {
    const a = generateKey()
    const b = generateKey()
    expect(a.text).not.toBe(b.text)
    expect(a.text.startsWith(`${a.prefix}_`)).toBe(true)
    expect(keyIdOf(a.text)).toBe(a.id)
    expect(hashKey(a.text)).toBe(a.hash)
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('rejects malformed key texts', () => {
    expect(keyIdOf('')).toBeUndefined()
    expect(keyIdOf('tc_k123_short')).toBeUndefined()
    expect(keyIdOf(`${generateKey().text}x`)).toBeUndefined()
  })

  it('validates names', () => {
    expect(validKeyName('  ERP nightly ')).toBe('ERP nightly')
    expect(() => validKeyName('')).toThrow(/1 to 100/)
    expect(() => validKeyName('a\nb')).toThrow(/1 to 100/)
  })

  it('orders roles: admin includes reviewer includes screener', () => {
    expect(roleAllows('admin', 'reviewer')).toBe(true)
    expect(roleAllows('reviewer', 'screener')).toBe(true)
    expect(roleAllows('screener', 'reviewer')).toBe(false)
    expect(roleAllows('reviewer', 'admin')).toBe(false)
  })
})
