import { describe, expect, it } from 'vitest'
import { editDistance } from './edit-distance.js'

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and transpositions as one edit each', () => {
    expect(editDistance('chengdu', 'cahengdu', 3)).toBe(1)
    expect(editDistance('anton', 'antno', 3)).toBe(1)
    expect(editDistance('wings', 'wiugs', 3)).toBe(1)
    expect(editDistance('kitten', 'sitting', 5)).toBe(3)
  })
  it('stops at max + 1', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3)
    expect(editDistance('a', 'abcdef', 2)).toBe(3)
  })
})
