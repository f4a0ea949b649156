import { describe, expect, it } from 'vitest'
import { foldText } from './fold.js'

describe('foldText', () => {
  it('folds case, marks and special letters', () => {
    expect(foldText('Øystein MÜLLER Straße')).toBe('oystein muller strasse')
    expect(foldText('Łódź')).toBe('lodz')
  })
  it('folds full-width forms and ligatures (NFKC)', () => {
    expect(foldText('ＨＵＡＷＥＩ ﬁrm')).toBe('huawei firm')
  })
  it('maps Cyrillic look-alikes inside Latin words to Latin', () => {
    // "Hikvisiоn" with a Cyrillic о, "Huаwei" with a Cyrillic а
    expect(foldText('Hikvisi\u043en Hu\u0430wei')).toBe('hikvision huawei')
  })
  it('romanises whole Cyrillic and Greek words', () => {
    expect(foldText('Сергей Щербаков')).toBe('sergey shcherbakov')
    expect(foldText('Κωνσταντίνος')).toBe('konstantinos')
  })
})
