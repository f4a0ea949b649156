import { describe, expect, it } from 'vitest'
import { canonicalSpelling as c } from './spelling.js'

describe('canonicalSpelling', () => {
  it('joins Arabic-origin name variants', () => {
    expect(c('mohammed')).toBe(c('muhammad'))
    expect(c('hussein')).toBe(c('husayn'))
    expect(c('qaeda')).toBe(c('qaida'))
    expect(c('abdul')).toBe(c('abdel'))
  })
  it('joins Cyrillic romanisation systems', () => {
    expect(c('serguei')).toBe(c('sergey'))
    expect(c('sergej')).toBe(c('sergei'))
    expect(c('chtcherbakov')).toBe(c('shcherbakov'))
    expect(c('tschernow')).toBe(c('chernov'))
    expect(c('yuropov')).toBe(c('iuropov'))
    expect(c('khabarovsk')).toBe(c('habarovsk'))
  })
  it('keeps different names apart', () => {
    expect(c('hassan')).not.toBe(c('hussein'))
    expect(c('ivanov')).not.toBe(c('ivanova'))
  })
  it('leaves numbers alone', () => {
    expect(c('140')).toBe('140')
  })
})
