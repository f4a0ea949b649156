import { describe, expect, it } from 'vitest'
import { foldText } from './fold.js'
import { splitLegalForms } from './legal-forms.js'
import { tokenize } from './tokens.js'

const split = (s: string) => splitLegalForms(tokenize(foldText(s)))

describe('splitLegalForms', () => {
  it('treats Co., Ltd. and Company Limited alike', () => {
    expect(split('Chengdu Zongheng Automation Technology Co., Ltd.')).toEqual(
      split('Chengdu Zongheng Automation Technology Company Limited'),
    )
    expect(split('Shaanxi Aero Electric Co., Ltd.').core).toEqual(['shaanxi', 'aero', 'electric'])
  })
  it('recognises Russian forms in Latin and Cyrillic, before or after the name', () => {
    expect(split('ООО Ромашка')).toEqual({ core: ['romashka'], forms: ['LLC'] })
    expect(split('Media-Invest OOO').core).toEqual(['media', 'invest'])
    expect(split('Joint Stock Company Special Design Bureau Turbina').core).toEqual([
      'special',
      'design',
      'bureau',
      'turbina',
    ])
    expect(split('Stroytransgaz L.L.C').forms).toEqual(['LLC'])
    expect(split('PJSC Aeroflot').forms).toEqual(['JSC'])
  })
  it('handles GmbH, FZE, S.R.L.', () => {
    expect(split('Foo Trading FZE').core).toEqual(['foo', 'trading'])
    expect(split('Bar Elettronica S.R.L.').core).toEqual(['bar', 'elettronica'])
    expect(split('Baz Technik GmbH').forms).toEqual(['LLC'])
  })
  it('keeps a single-word form inside a name and a name made only of legal words', () => {
    expect(split('Orient Company Karachi').core).toEqual(['orient', 'company', 'karachi'])
    expect(split('Company').core).toEqual(['company'])
  })
})

describe('misspelt and abridged legal forms', () => {
  it('reads misspelt legal words as legal', () => {
    expect(split('Joint Sock Company VNIIR-Progress').core).toEqual(['vniir', 'progress'])
    expect(split('LIMITED LIBILITY COMPANY ARCTICGEO').core).toEqual(['arcticgeo'])
    expect(split('AFM-Servers Limited Liability Comupany').core).toEqual(['afm', 'servers'])
  })
  it('drops abridged legal phrases at the edges', () => {
    expect(split('Open Stock Company Aviadvigatel').core).toEqual(['aviadvigatel'])
    expect(split('JOINT COMPANY VISMUT').core).toEqual(['vismut'])
    expect(split('BM BANK PUBLIC JOINT STiCK COMPANY').core).toEqual(['bm', 'bank'])
  })
})

describe('legal words split by a space', () => {
  it('joins them again', () => {
    expect(split('SPECIAL SYSTEMS PHOTONICS LIMITED LIAB ILITY COMPANY').core).toEqual([
      'special',
      'systems',
      'photonics',
    ])
    expect(split('MT TEVEL INCORPORA TED').core).toEqual(['mt', 'tevel'])
    expect(split('House of Shipping Private').core).toEqual(['house', 'shipping'])
  })
})
