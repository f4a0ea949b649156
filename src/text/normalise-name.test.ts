import { describe, expect, it } from 'vitest'
import { joinsParticle, normaliseName, wordsAcrossComma } from './normalise-name.js'

const tokens = (s: string) => normaliseName(s).tokens
const canon = (s: string) => normaliseName(s).canonical

describe('normaliseName', () => {
  it('joins spacing and punctuation variants token by token', () => {
    expect(tokens('Al-Qaida')).toEqual(tokens('Al Qaida'))
    expect(tokens("O'Brien Trading Ltd")).toEqual(['obrien', 'trading'])
  })
  it('meets across legal forms and scripts', () => {
    expect(tokens('ООО "Ромашка"')).toEqual(tokens('Romashka LLC'))
    expect(tokens('浙江大华电子股份有限公司')).toEqual(tokens('Zhejiang Dahua Electronics Co., Ltd.'))
    expect(tokens('哈尔滨工程大学')).toEqual(tokens('Harbin Engineering University'))
  })
  it('joins Arabic particles and name variants in the canonical spelling', () => {
    expect(canon('Abd al-Rahman Mohammed')).toEqual(canon('Abdul Rahman Muhammad'))
    expect(canon('Usama bin Laden')).toEqual(canon('Osama ibn Laden'))
  })
  it('records the script and legal forms', () => {
    const n = normaliseName('Сергей Щербаков')
    expect(n.script).toBe('Cyrl')
    expect(n.tokens).toEqual(['sergey', 'shcherbakov'])
    expect(normaliseName('Foo GmbH').forms).toEqual(['LLC'])
  })
})

describe('words that meet across the comma of "LAST, First"', () => {
  it('are the last word after the comma and the first before it, folded', () => {
    expect(wordsAcrossComma('AL-RAHMAN', " Shaykh Umar 'Abd")).toEqual(['abd', 'al'])
    expect(joinsParticle(...wordsAcrossComma('AL RAHMAN', ' Shaykh Umar Abd'))).toBe(true)
    expect(joinsParticle(...wordsAcrossComma('BUSH', ' George Walker'))).toBe(false)
  })
})
