import { describe, expect, it } from 'vitest'
import { splitCasedForms, unglueTokens } from './unglue.js'

describe('glued legal forms', () => {
  it('splits at case boundaries before a legal form only', () => {
    expect(splitCasedForms('TiptransLimited')).toBe('Tiptrans Limited')
    expect(splitCasedForms('MilurSA EFOCompany')).toBe('Milur SA EFO Company')
    expect(splitCasedForms('HikVision McDonald')).toBe('HikVision McDonald')
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
})
