import { describe, expect, it } from 'vitest'
import { damerauDistance } from './damerau-distance.js'
import { editDistance } from './edit-distance.js'

describe('damerauDistance', () => {
  it('counts a transposition with a letter inserted between as two typos', () => {
    expect(damerauDistance('abujdllah', 'abdullah', 3)).toBe(2)
    expect(editDistance('abujdllah', 'abdullah', 3)).toBe(3)
    expect(damerauDistance('oluets', 'outlets', 3)).toBe(2)
    expect(damerauDistance('ca', 'abc', 3)).toBe(2)
  })
  it('agrees with editDistance on plain edits', () => {
    for (const [a, b] of [
      ['chengdu', 'cahengdu'],
      ['anton', 'antno'],
      ['kitten', 'sitting'],
      ['', 'abc'],
      ['abc', 'abc'],
      ['taviebr', 'taiber'],
    ] as const)
      expect(damerauDistance(a, b, 5)).toBe(editDistance(a, b, 5))
  })
  it('stops at max + 1 and leaves no state behind', () => {
    expect(damerauDistance('abcdef', 'uvwxyz', 2)).toBe(3)
    expect(damerauDistance('a', 'abcdef', 2)).toBe(3)
    expect(damerauDistance('ab', 'ba', 2)).toBe(1)
    expect(damerauDistance('ba', 'ab', 2)).toBe(1)
  })
})
