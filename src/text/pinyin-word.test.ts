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
})
