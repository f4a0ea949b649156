import { describe, expect, it } from 'vitest'
import { canonicalSpelling } from '../text/spelling.js'
import {
  LEFTOVER_SIMILARITY,
  leftoverSimilarity,
  MIN_ORGANISATION_LEFTOVER_LENGTH,
  syllableLeftover,
  tokenSimilarity,
} from './token-similarity.js'

const sim = (a: string, b: string) => tokenSimilarity(a, canonicalSpelling(a), b, canonicalSpelling(b))

describe('tokenSimilarity', () => {
  it('is 1 for equal tokens and high for spelling variants', () => {
    expect(sim('huawei', 'huawei')).toBe(1)
    expect(sim('mohammed', 'muhammad')).toBe(0.96)
    expect(sim('serguei', 'sergey')).toBe(0.96)
  })
  it('scores typos by Jaro-Winkler within an edit budget', () => {
    expect(sim('huawie', 'huawei')).toBeGreaterThan(0.9)
    expect(sim('cahengdu', 'chengdu')).toBeGreaterThan(0.9)
    expect(sim('kit', 'kkit')).toBeGreaterThan(0.8)
    expect(sim('antno', 'anton')).toBeGreaterThan(0.8)
    expect(sim('dover', 'denver')).toBe(0)
  })
  it('requires numbers to agree exactly and keeps different names apart', () => {
    expect(sim('140', '141')).toBe(0)
    expect(sim('ivanov', 'petrov')).toBe(0)
    expect(sim('ab', 'ac')).toBe(0)
    expect(sim('williams', 'williamson')).toBeLessThan(0.85)
    expect(sim('torben', 'korbein')).toBe(0)
  })
})

describe('tokenSimilarity: two edits', () => {
  it('caps two typos at 0.86 up to six letters, 0.875 up to nine and higher in long words', () => {
    const caps: Array<[string, string, number]> = [
      ['mkrson', 'mikron', 0.86],
      ['qignshn', 'qingshan', 0.875],
      ['torncom', 'tornetcom', 0.875],
      ['guandongxnig', 'guangdongxing', 0.896],
      ['yakuttvroiproekt', 'yakutstroiproekt', 0.92],
    ]
    for (const [a, b, cap] of caps) expect(sim(a, b)).toBeCloseTo(cap, 2)
  })
  it('keeps joined pinyin words two letters apart apart: other syllables are other names', () => {
    for (const [a, b] of [
      ['haixin', 'haitian'],
      ['mingde', 'mingfu'],
    ] as const)
      expect(sim(a, b)).toBe(0)
    expect(sim('zhongxign', 'zhongxing')).toBeGreaterThan(0.9)
    // Words that only a lax reading makes pinyin ("hv", a medial "e") are typos like any other.
    expect(sim('hvwaei', 'huawei')).toBeGreaterThan(0.8)
    expect(sim('kasuhae', 'kashane')).toBeGreaterThan(0.8)
  })
  it('counts a transposition with a letter typed between as two typos', () => {
    expect(sim('abujdllah', 'abdullah')).toBeCloseTo(0.875, 3)
    expect(sim('oluets', 'outlets')).toBeGreaterThan(0.8)
    expect(leftoverSimilarity('oluets', 'outlets')).toBe(LEFTOVER_SIMILARITY)
  })
})

describe('leftoverSimilarity', () => {
  it('pairs words two typos apart, five letters or more, with the same first letter', () => {
    expect(leftoverSimilarity('trgjst', 'trust')).toBe(LEFTOVER_SIMILARITY)
    expect(leftoverSimilarity('hrbun', 'harbin')).toBe(LEFTOVER_SIMILARITY)
    expect(sim('hrbun', 'harbin')).toBe(0) // beyond the edit budget of a five-letter word
  })
  it("pairs four-letter words only when asked (an organisation's name)", () => {
    expect(leftoverSimilarity('frts', 'frutas')).toBe(0)
    expect(leftoverSimilarity('frts', 'frutas', MIN_ORGANISATION_LEFTOVER_LENGTH)).toBe(LEFTOVER_SIMILARITY)
    expect(leftoverSimilarity('bnka', 'bank')).toBe(0)
    expect(leftoverSimilarity('bnka', 'bank', MIN_ORGANISATION_LEFTOVER_LENGTH)).toBe(LEFTOVER_SIMILARITY)
    expect(leftoverSimilarity('wqae', 'wave', MIN_ORGANISATION_LEFTOVER_LENGTH)).toBe(LEFTOVER_SIMILARITY)
    expect(leftoverSimilarity('zad', 'zavod', MIN_ORGANISATION_LEFTOVER_LENGTH)).toBe(0) // three letters
  })
  it('does not pair other first letters, short words, three edits, numbers or pinyin', () => {
    const apart = ['trbun harbin', 'bakn bonk', 'hrbunx harbin', '12345 12399', 'haixin haitian']
    for (const pair of apart) expect(leftoverSimilarity(...(pair.split(' ') as [string, string]))).toBe(0)
  })
})

describe('syllableLeftover', () => {
  it('pairs two syllables one letter apart that start alike', () => {
    for (const pair of ['chin chun', 'sou su', 'hun huan', 'you yu', 'cun chun'])
      expect(syllableLeftover(...(pair.split(' ') as [string, string]))).toBe(LEFTOVER_SIMILARITY)
  })
  it('leaves other first letters, two letters apart and words that are no syllables alone', () => {
    for (const pair of ['chun zhun', 'chen chuan', 'bank bunk'])
      expect(syllableLeftover(...(pair.split(' ') as [string, string]))).toBe(0)
  })
})
