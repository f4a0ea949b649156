import { describe, expect, it } from 'vitest'
import { chineseNumber, ordinalsToDigits } from './numerals.js'

describe('Chinese numerals', () => {
  it('reads numbers with and without units', () => {
    expect(chineseNumber('十三')).toBe(13)
    expect(chineseNumber('二十')).toBe(20)
    expect(chineseNumber('一百零二')).toBe(102)
    expect(chineseNumber('七〇二')).toBe(702)
  })
  it('turns ordinals into digits', () => {
    expect(ordinalsToDigits('第十三研究所')).toBe(' 13 研究所')
  })
})
