import { describe, expect, it } from 'vitest'
import { splitCasedForms, unglueTokens } from './unglue.js'

describe('glued legal forms', () => {
  it('splits at case boundaries before a legal form only', () => {
    expect(splitCasedForms('TiptransLimited')).toBe('Tiptrans Limited')
    expect(splitCasedForms('MilurSA EFOCompany')).toBe('Milur SA EFO Company')
    expect(splitCasedForms('HikVision McDonald')).toBe('HikVision McDonald')
  })
  it('reads one lower-case letter in a word in capitals as a typo, not a case boundary', () => {
    expect(splitCasedForms('BANDAR ABBAS ZkINC')).toBe('BANDAR ABBAS ZkINC')
    expect(splitCasedForms('OLD GAsMES EOOD')).toBe('OLD GAsMES EOOD')
    expect(splitCasedForms('KoSA')).toBe('KoSA')
  })
  it('splits a long legal word glued to the name after it', () => {
    expect(unglueTokens(['joint', 'stock', 'companyaerocomposit', 'limitedtm'])).toEqual([
      'joint',
      'stock',
      'company',
      'aerocomposit',
      'limited',
      'tm',
    ])
    expect(unglueTokens(['companys', 'limitedness'])).toEqual(['companys', 'limited', 'ness'])
  })
  it('splits unambiguous glued forms in folded tokens', () => {
    expect(unglueTokens(['kinefooo', 'llca', 'tradinglimited'])).toEqual([
      'kinef',
      'ooo',
      'llc',
      'a',
      'trading',
      'limited',
    ])
    expect(unglueTokens(['sherwood', 'zinc'])).toEqual(['sherwood', 'zinc'])
  })
  it('splits two legal words glued together, and a leading legal phrase glued to the name', () => {
    expect(unglueTokens(['publicjoint', 'otkrytoeaktsionernoe', 'sogranichennoi'])).toEqual([
      'public',
      'joint',
      'otkrytoe',
      'aktsionernoe',
      's',
      'ogranichennoi',
    ])
    expect(unglueTokens(['otvetstvennostyulaitkhaus'])).toEqual(['otvetstvennostyu', 'laitkhaus'])
  })
  it('leaves short forms glued together and a clipped legal word alone', () => {
    expect(unglueTokens(['saco', 'corpo', 'publicis'])).toEqual(['saco', 'corpo', 'publicis'])
  })
})
