import { describe, expect, it } from 'vitest'
import { isPinyinWord } from './pinyin-word.js'

describe('isPinyinWord', () => {
  it('reads joined syllables', () => {
    for (const w of ['haixin', 'haitian', 'mingde', 'zhongxing', 'qingshan', 'xian'])
      expect(isPinyinWord(w)).toBe(true)
  })
  it('rejects words that no syllables make up, typos of pinyin included', () => {
    for (const w of ['trust', 'sergei', 'hikvision', 'qignshn', 'zhoyqng'])
      expect(isPinyinWord(w)).toBe(false)
  })
  it('takes only real syllables, and one that starts with a vowel only at the start', () => {
    // "hv", "yeng", "jen" are no syllables; "kasuhae" would need a medial "e", which pinyin writes after an apostrophe.
    for (const w of ['hvwaei', 'yengne', 'yujen', 'kasuhae', 'marvin']) expect(isPinyinWord(w)).toBe(false)
    for (const w of ['huawei', 'yegane', 'kashane', 'aotai', 'ergong']) expect(isPinyinWord(w)).toBe(true)
  })
})
