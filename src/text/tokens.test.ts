import { describe, expect, it } from 'vitest'
import { tokenize } from './tokens.js'

describe('tokenize', () => {
  it('splits on punctuation, keeps apostrophes inside words and drops function words', () => {
    expect(tokenize("al-qaida o'brien & sons of the g.m. beriev")).toEqual([
      'al',
      'qaida',
      'obrien',
      'sons',
      'g',
      'm',
      'beriev',
    ])
  })
  it('reads numbers the same however they are written', () => {
    expect(tokenize('repair plant no. 140')).toEqual(['repair', 'plant', '140'])
    expect(tokenize('13th research institute')).toEqual(['13', 'research', 'institute'])
  })
})

describe('tokenize: words that are not ordinals', () => {
  it('leaves words that happen to be object keys alone', () => {
    expect(tokenize('constructor tostring second')).toEqual(['constructor', 'tostring', '2'])
  })
})
