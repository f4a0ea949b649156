import { describe, expect, it } from 'vitest'
import { entity } from '../../test/support/fixtures.js'
import { buildNameTable } from './name-table.js'

const formsOf = (name: string) => {
  const table = buildNameTable([entity({ id: 'SDN:1', list: 'SDN', name, type: 'person' })])
  return table.names.map((n) => Array.from(n.tokens, (t) => table.vocabulary.text[t]).join(' '))
}

describe('buildNameTable: the forms of a listed name', () => {
  it('adds "LAST, First" in natural order where it reads other words ("Abd" and "al" meet)', () => {
    expect(formsOf('AL RAHMAN, Shaykh Umar Abd')).toEqual([
      'al rahman shaykh umar abd',
      'shaykh umar abdal rahman',
    ])
  })
  it('does not add it where only the order changes', () => {
    expect(formsOf('BUSH, George Walker')).toEqual(['bush george walker'])
  })
  it('adds the name without its parenthetical', () => {
    expect(formsOf('Huawei Technologies Co., Ltd. (Huawei)')).toEqual([
      'huawei technologies huawei',
      'huawei technologies',
    ])
  })
  it('indexes an online handle as the one word it is', () => {
    expect(formsOf('turk_server')).toEqual(['turkserver'])
    expect(formsOf('@BLENDERIO_RUSSIAN')).toEqual(['blenderiorussian'])
    expect(formsOf('TURK SERVER_')).toEqual(['turk server'])
  })
})
