import { describe, expect, it } from 'vitest'
import { TokenBuckets } from './token-bucket.js'

describe('TokenBuckets', () => {
  it('allows a burst, then refills at the rate, per key', () => {
    const b = new TokenBuckets(10, 3)
    expect([b.take('a', 0), b.take('a', 0), b.take('a', 0)]).toEqual([0, 0, 0])
    expect(b.take('a', 0)).toBeCloseTo(0.1)
    expect(b.take('b', 0)).toBe(0)
    expect(b.take('a', 100)).toBe(0)
  })

  it('forgets all keys rather than grow past its bound', () => {
    const b = new TokenBuckets(1, 1, 2)
    b.take('a', 0)
    b.take('b', 0)
    expect(b.take('a', 0)).toBeGreaterThan(0)
    b.take('c', 0)
    expect(b.take('a', 0)).toBe(0)
  })
})
