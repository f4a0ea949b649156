import { describe, expect, it } from 'vitest'
import { covers, ENTIRE, parseParagraphList, parseScope } from './ccl-scope.js'

describe('paragraph scopes', () => {
  it('parses lists, ranges and ECCN-prefixed paragraphs of the same entry only', () => {
    expect(parseParagraphList('3B001.a.1 to a.3, b, g to j', '3B001')).toEqual([
      ['a', '1'],
      ['a', '2'],
      ['a', '3'],
      ['b'],
      ['g'],
      ['h'],
      ['i'],
      ['j'],
    ])
    expect(parseParagraphList('0A505.a and .x', '0A505')).toEqual([['a'], ['x']])
    expect(parseParagraphList('3A090.a', '4A090')).toBeUndefined()
  })

  it('keeps scopes in words as described', () => {
    expect(parseScope('items that meet or exceed the parameters of ECCN 1C101', '1C001').kind).toBe(
      'described',
    )
    expect(parseScope('entire entry', '1C001')).toEqual(ENTIRE)
  })

  it('decides coverage: yes, no, or unknown when the item is less specific than the row', () => {
    const s = parseScope('3B001.c.1.a, 3B001.c.1.c, and 3B001.q', '3B001')
    expect(covers(s, ['c', '1', 'a'])).toBe('yes')
    expect(covers(s, ['c', '1', 'a', '2'])).toBe('yes')
    expect(covers(s, ['b'])).toBe('no')
    expect(covers(s, ['c'])).toBe('unknown')
    expect(covers(s, [])).toBe('unknown')
    const except = parseScope('entire entry, except .e, .x, and .y', '9A515')
    expect(covers(except, ['a'])).toBe('yes')
    expect(covers(except, ['y', '1'])).toBe('no')
    expect(covers(except, [])).toBe('unknown')
    expect(covers(ENTIRE, [])).toBe('yes')
  })

  it('rules out described rows that name only other paragraphs of the entry', () => {
    const mt = parseScope('microcircuits in 9A515.d and 9A515.e.2 when “usable in” “missiles”', '9A515')
    expect(covers(mt, ['y'])).toBe('no')
    expect(covers(mt, ['e', '2'])).toBe('unknown')
    expect(covers(mt, [])).toBe('unknown')
    // "entire entry, except ..." names exclusions, not inclusions: still a question.
    expect(
      covers(parseScope('entire entry except: 9A610.b; parts in 9A610.x if for 9A610.b', '9A610'), ['a']),
    ).toBe('unknown')
  })
})
