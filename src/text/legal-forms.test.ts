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
    expect(split('OBSHCHESTVO S OGRANICHENNOY OTV ETSTVENNOSTYU VEB3 INTEGRATOR').core).toEqual([
      'veb3',
      'integrator',
    ])
    expect(split('House of Shipping Private').core).toEqual(['house', 'shipping'])
  })
})

describe('legal words with two typos, read in context', () => {
  it('corrects a word wedged between legal words or beside one at the edge', () => {
    expect(split('JOINT SOTK COMPANY URAL RIVER')).toEqual({ core: ['ural', 'river'], forms: ['JSC'] })
    expect(split('Jiont Stokc Company Polyus').core).toEqual(['polyus'])
    expect(split('Kama Trading Limited Libaility Compnay').core).toEqual(['kama', 'trading'])
    // A transposition with a letter typed between is two typos too ("joti": "joint" less "n", "it" swapped).
    expect(split('Joti Stock Company Production Complex Akhtuba').core).toEqual([
      'production',
      'complex',
      'akhtuba',
    ])
  })
  it('corrects a word that, corrected, begins or ends a legal phrase of three words at an edge', () => {
    expect(split('MASHOIL LIzMIED LIABILITY COMPANY')).toEqual({ core: ['mashoil'], forms: ['LLC'] })
    expect(split('Joint Stock Cmopayn Polyus')).toEqual({ core: ['polyus'], forms: ['JSC'] })
    expect(split('Alpha Compass Limited').core).toEqual(['alpha', 'compass'])
  })
  it('leaves a name word beside a legal word inside the name alone', () => {
    expect(split('Alpha Compass Limited').core).toEqual(['alpha', 'compass'])
  })
})

describe('a name word that looks like a legal word', () => {
  it('stays the name when corrections would leave nothing else', () => {
    expect(split('LIMITED LIABILITY COMPANY STORK')).toEqual({ core: ['stork'], forms: ['LLC'] })
    expect(split('Stork LLC')).toEqual({ core: ['stork'], forms: ['LLC'] })
    expect(split('Compass Limited').core).toEqual(['compass'])
  })
})

describe('Bulgarian forms', () => {
  it('reads EOOD (single-owner OOD) as LLC', () => {
    expect(split('Balkan Games EOOD')).toEqual({ core: ['balkan', 'games'], forms: ['LLC'] })
  })
})

describe('forms written with a dot after each letter', () => {
  it('reads three to five single letters at an edge as the one-word form they spell', () => {
    expect(split('GMM F.Z.E.')).toEqual({ core: ['gmm'], forms: ['FZ'] })
    expect(split('J.S.C. Ascon')).toEqual({ core: ['ascon'], forms: ['JSC'] })
    expect(split('Petro Royal P.J.S.C.')).toEqual({ core: ['petro', 'royal'], forms: ['JSC'] })
  })
  it('leaves initials inside a name, and letters that spell no form, alone', () => {
    expect(split('Ali F. Z. E. Hassan').core).toEqual(['ali', 'f', 'z', 'e', 'hassan'])
    expect(split('Smith J. R. K.').core).toEqual(['smith', 'j', 'r', 'k'])
  })
  it('keeps single letters inside a name as initials, not S.A. or A.S.', () => {
    expect(split('Ramirez A. S. Humberto')).toEqual({ core: ['ramirez', 'a', 's', 'humberto'], forms: [] })
    expect(split('Sultan S. A. A. Zabin').core).toEqual(['sultan', 's', 'a', 'a', 'zabin'])
    expect(split('Hysa Forwarders S.A. de C.V.').forms).toEqual(['JSC'])
    expect(split('Banco de Venezuela S.A.').forms).toEqual(['JSC'])
  })
  it('reads FZ alone as a free-zone form', () => {
    expect(split('Techcare Services FZ')).toEqual({ core: ['techcare', 'services'], forms: ['FZ'] })
  })
})
