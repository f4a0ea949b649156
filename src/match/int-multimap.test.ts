import { describe, expect, it } from 'vitest'
import { IntMultiMap } from './int-multimap.js'

describe('IntMultiMap', () => {
  it('keeps every value of a key and survives growth', () => {
    const m = new IntMultiMap(4)
    for (let k = 0; k < 5000; k++) {
      m.add(k * 7919, k)
      m.add(k * 7919, k + 1)
      m.add(k * 7919, k + 1)
    }
    const got: number[] = []
    m.forEach(7919 * 42, (v) => got.push(v))
    expect(got).toEqual([43, 42])
    expect(m.size).toBe(5000)
    const none: number[] = []
    m.forEach(-1, (v) => none.push(v))
    expect(none).toEqual([])
  })
})
