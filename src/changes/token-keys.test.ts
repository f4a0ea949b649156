import { describe, expect, it } from 'vitest'
import { entryKeys, mayMeet } from './token-keys.js'

describe('the delta cut by word keys', () => {
  const keys = entryKeys([
    'HIKVISION DIGITAL TECHNOLOGY',
    'Yusuf Muhammad',
    '华为技术有限公司',
    'Technologies Lebanon',
  ])
  it('lets through every way the matcher finds a candidate', () => {
    expect(mayMeet('Hik Vision', keys)).toBe(true) // two words written as one in the entry
    expect(mayMeet('Youssef Mohammed', keys)).toBe(true) // canonical spelling
    expect(mayMeet('Mohamad Ali', keys)).toBe(true) // one edit
    expect(mayMeet('Huawei', keys)).toBe(true) // Chinese characters read as pinyin
    expect(mayMeet('TechnologiesLebanon SAL', keys)).toBe(true) // one word that is two of the entry's
    expect(mayMeet('Hivkisoin', keys)).toBe(true) // two typos in a long word
    expect(mayMeet('Hikvisionxy', keys)).toBe(true) // two letters added
    expect(mayMeet('Hkvson', keys)).toBe(false) // three letters missing
    expect(mayMeet('...', keys)).toBe(true)
  })

  it('passes over names that share no word with the changed entries', () => {
    expect(mayMeet('Ingeborg Abrahamsen', keys)).toBe(false)
    expect(mayMeet('Kathryn Barr', keys)).toBe(false)
  })
})
