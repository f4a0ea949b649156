import { describe, expect, it } from 'vitest'
import { type CoveringFont, textRuns, visualTokens } from './text-runs.js'

const latin: CoveringFont = { name: 'sans', has: (cp) => cp < 0x0800 }
const cjk: CoveringFont = { name: 'cjk', has: (cp) => cp >= 0x4e00 && cp <= 0x9fff }

describe('textRuns', () => {
  it('gives each script the first font that has it', () => {
    expect(textRuns('CETC 中国电子 (CN)', [latin, cjk])).toEqual([
      { text: 'CETC ', font: 'sans', transliterated: false },
      { text: '中国电子', font: 'cjk', transliterated: false },
      { text: ' (CN)', font: 'sans', transliterated: false },
    ])
  })

  it('transliterates what no font has, and says so', () => {
    expect(textRuns('Kim 김정은', [latin])).toEqual([
      { text: 'Kim ', font: 'sans', transliterated: false },
      { text: 'GimJeongEun', font: 'sans', transliterated: true },
    ])
  })

  it('marks a transliterated stretch once, and keeps it in reading order', () => {
    expect(textRuns('محمد بن سلمان', [{ name: 'sans', has: (cp) => cp < 0x80 }])).toEqual([
      { text: 'mhmd bn slmn', font: 'sans', transliterated: true },
    ])
  })

  it('keeps each right-to-left word apart, in visual order', () => {
    expect(textRuns('Name: محمد بن سلمان', [latin]).map((r) => r.text)).toEqual([
      'Name: ',
      'سلمان',
      ' ',
      'بن',
      ' ',
      'محمد',
    ])
  })
})

describe('visualTokens', () => {
  it('reverses stretches of right-to-left words only', () => {
    expect(visualTokens('a אב גד b').join('')).toBe('a גד אב b')
    expect(visualTokens('Иванов Сергей')).toEqual(['Иванов', ' ', 'Сергей'])
  })
})
