import { describe, expect, it } from 'vitest'
import { foldText, nameKey, sortedNameKey } from './name-key.js'

describe('name keys', () => {
  it('ignore case, punctuation, accents, spacing and legal forms', () => {
    const key = nameKey('Jialin Precision Optics (Shanghai) Co. Ltd.')
    expect(nameKey('JIALIN PRECISION OPTICS (SHANGHAI) COMPANY LIMITED')).toBe(key)
    expect(nameKey('Jialin  Precision Optics Shanghai Co., Ltd')).toBe(key)
    expect(nameKey('Société Générale SA')).toBe('societe generale')
    expect(nameKey('Tom & Jerry')).toBe(nameKey('Tom and Jerry'))
  })

  it('keep word order unless sorted, and keep a name made only of legal words', () => {
    expect(nameKey('PETROV, Ivan')).not.toBe(nameKey('Ivan Petrov'))
    expect(sortedNameKey('PETROV, Ivan')).toBe(sortedNameKey('Ivan Petrov'))
    expect(nameKey('The Company')).toBe('the company')
  })

  it('transliterate other scripts so one party keeps one key', () => {
    expect(nameKey('Газпром')).toBe(nameKey('GAZPROM'))
  })

  it('fold text fields without dropping words', () => {
    expect(foldText('Presumption of denial.')).toBe(foldText('presumption of  DENIAL'))
  })
})
