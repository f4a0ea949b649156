import { describe, expect, it } from 'vitest'
import { fold, highlightWords, percent, signed } from './highlight.js'

describe('highlightWords', () => {
  it('marks the matched words and keeps the text between them', () => {
    const segments = highlightWords('Huawei Technologies Co., Ltd.', new Set(['huawei', 'technologies']))
    expect(segments.map((s) => s.text).join('')).toBe('Huawei Technologies Co., Ltd.')
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['Huawei', 'Technologies'])
  })

  it('folds accents and case', () => {
    expect(fold('Müller')).toBe('muller')
    expect(highlightWords('Société Générale', new Set(['societe']))[0]).toEqual({
      text: 'Société',
      hit: true,
    })
  })

  it('formats scores and effects', () => {
    expect(percent(0.9349)).toBe('93 %')
    expect(signed(0.05)).toBe('+0.05')
    expect(signed(-0.15)).toBe('-0.15')
  })
})
