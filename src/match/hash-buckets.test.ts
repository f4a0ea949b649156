import { describe, expect, it } from 'vitest'
import { HashBuckets } from './hash-buckets.js'

describe('HashBuckets', () => {
  it('returns every value of a key and none of the others', () => {
    const hashes = Int32Array.from({ length: 5000 }, (_, i) => (i % 1700) * 7919 - 3_000_000)
    const values = Int32Array.from({ length: 5000 }, (_, i) => i)
    const buckets = HashBuckets.build(hashes, values)
    const got: number[] = []
    buckets.forEach(5 * 7919 - 3_000_000, (v) => got.push(v))
    expect(got.sort((a, b) => a - b)).toEqual([5, 1705, 3405])
    const none: number[] = []
    buckets.forEach(123, (v) => none.push(v))
    expect(none).toEqual([])
  })
  it('restores from its arrays', () => {
    const built = HashBuckets.build(Int32Array.of(7, 7, 9), Int32Array.of(1, 2, 3))
    const restored = HashBuckets.restore(structuredClone(built.arrays))
    const got: number[] = []
    restored.forEach(7, (v) => got.push(v))
    expect(got.sort()).toEqual([1, 2])
  })
})
