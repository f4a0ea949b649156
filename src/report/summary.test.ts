import { describe, expect, it } from 'vitest'
import { durationStats, percentile } from './summary.js'

describe('percentile', () => {
  it('interpolates between closest ranks, as spreadsheets do', () => {
    expect(percentile([], 0.5)).toBeNull()
    expect(percentile([60], 0.9)).toBe(60)
    expect(percentile([10, 20, 30, 40], 0.5)).toBe(25)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9)
    expect(percentile([0, 100], 0.9)).toBe(90)
  })

  it('sorts before it ranks', () => {
    expect(durationStats([3600, 60, 600])).toEqual({ count: 3, medianSeconds: 600, p90Seconds: 3000 })
  })
})
