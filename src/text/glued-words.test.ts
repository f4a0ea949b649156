import { describe, expect, it } from 'vitest'
import { gluedReadings } from './glued-words.js'

describe('gluedReadings', () => {
  it('reads a word with a one-word legal form or "and" glued to its end, or a function word to its start', () => {
    expect(gluedReadings('mistpte')).toEqual(['mist'])
    expect(gluedReadings('viscayaltda')).toEqual(['viscaya'])
    expect(gluedReadings('mirzaand')).toEqual(['mirza'])
    expect(gluedReadings('ofshipping')).toEqual(['shipping'])
  })
  it('leaves at least three letters and never reads "est" or "too" as a form', () => {
    expect(gluedReadings('ltdco')).toEqual(['ltd'])
    expect(gluedReadings('sltd')).toEqual([])
    expect(gluedReadings('forest')).toEqual([])
  })
})
