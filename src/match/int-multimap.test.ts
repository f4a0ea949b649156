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

  it('restores from its arrays to a map with the same values, which can still grow', () => {
    const m = new IntMultiMap(4)
    for (let k = 0; k < 3000; k++) m.add(k % 1000, k)
    const r = IntMultiMap.restore(structuredClone(m.arrays))
    const values = (map: IntMultiMap, key: number) => {
      const got: number[] = []
      map.forEach(key, (v) => got.push(v))
      return got
    }
    expect(r.size).toBe(1000)
    expect(values(r, 7)).toEqual([2007, 1007, 7])
    r.add(7, 5000)
    r.add(123456, 1)
    expect(values(r, 7)).toEqual([5000, 2007, 1007, 7])
    expect(values(r, 123456)).toEqual([1])
  })
})
