import { describe, expect, it } from 'vitest'
import { jaroWinkler } from './jaro-winkler.js'

describe('jaroWinkler', () => {
  it('gives the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4)
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2)
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4)
  })
  it('is 1 for equal and 0 for disjoint or empty strings', () => {
    expect(jaroWinkler('huawei', 'huawei')).toBe(1)
    expect(jaroWinkler('abc', 'xyz')).toBe(0)
    expect(jaroWinkler('', 'abc')).toBe(0)
  })
  it('handles tokens longer than its buffers', () => {
    const long = 'x'.repeat(100)
    expect(jaroWinkler(long, `${long}y`)).toBeGreaterThan(0.99)
  })
})
