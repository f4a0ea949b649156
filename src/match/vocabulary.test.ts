import { describe, expect, it } from 'vitest'
import { ACRONYM_WEIGHT, INITIAL_WEIGHT, tokenWeight } from './vocabulary.js'

const N = 58_000

describe('tokenWeight', () => {
  it('weighs rare words more than common ones', () => {
    expect(tokenWeight('hikvision', 1, N)).toBeGreaterThan(tokenWeight('technology', 1400, N) * 4)
  })
  it('caps initials, and acronyms of two or three letters that are not pinyin syllables', () => {
    expect(tokenWeight('g', 1, N)).toBe(INITIAL_WEIGHT)
    expect(tokenWeight('tcl', 1, N)).toBe(ACRONYM_WEIGHT)
    expect(tokenWeight('hui', 1, N)).toBeGreaterThan(ACRONYM_WEIGHT) // a Chinese given name's syllable
    expect(tokenWeight('smic', 1, N)).toBeGreaterThan(ACRONYM_WEIGHT)
    expect(tokenWeight('702', 1, N)).toBeGreaterThan(ACRONYM_WEIGHT) // numbers name units
  })
})
