import { describe, expect, it } from 'vitest'
import { chineseToLatin } from './to-latin.js'

describe('chineseToLatin', () => {
  it('reads generic words in English and the rest as joined pinyin', () => {
    expect(chineseToLatin('成都飞机设计研究所')).toBe('chengdu aircraft design research institute')
    expect(chineseToLatin('浙江大华电子股份有限公司')).toBe('zhejiang dahua electronics joint stock co ltd')
    expect(chineseToLatin('四川大学')).toBe('sichuan university')
  })
  it('uses the sourced brand table for names that are not pinyin', () => {
    expect(chineseToLatin('杭州海康威视电子有限公司')).toBe('hangzhou hikvision electronics co ltd')
    expect(chineseToLatin('深圳市大疆创新科技有限公司')).toBe('shenzhen dji innovation technology co., ltd.')
    expect(chineseToLatin('浙江大华技术股份有限公司')).toBe('dahua technology')
  })
  it('handles traditional characters and mixed text', () => {
    expect(chineseToLatin('華信船務(香港)有限公司')).toBe('huaxin shipping ( hong kong ) co ltd')
    expect(chineseToLatin('Jin Tiesan (金铁三)')).toBe('Jin Tiesan ( jintiesan )')
  })
})
