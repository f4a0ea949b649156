import { describe, expect, it } from 'vitest'
import { parseScreenQuery } from './query-schema.js'

const fails = (input: unknown) => {
  try {
    parseScreenQuery(input, 'row 3: ')
  } catch (e) {
    return (e as { oneLine(): string }).oneLine()
  }
  throw new Error('expected a failure')
}

describe('parseScreenQuery', () => {
  it('normalises a good query', () => {
    expect(
      parseScreenQuery({ name: '  Huawei\tTechnologies ', country: 'cn', type: 'organization' }),
    ).toEqual({
      name: 'Huawei Technologies',
      country: 'CN',
      type: 'organization',
    })
    expect(parseScreenQuery({ name: 'BIN LADEN, Usama', dob: '1957-03-10' })).toEqual({
      name: 'BIN LADEN, Usama',
      dob: '1957-03-10',
    })
  })

  it.each([
    [{}, 'row 3: name: is required'],
    [{ name: '   ' }, 'row 3: name: must not be empty'],
    [{ name: '---' }, 'row 3: name: has no letters or digits'],
    [{ name: 'x'.repeat(501) }, 'row 3: name: is longer than 500 characters'],
    [{ name: 'A', type: 'company' }, 'row 3: type: must be person, organization, vessel or aircraft'],
    [{ name: 'A', country: 'China' }, 'row 3: country: must be a two-letter ISO country code'],
    [{ name: 'A', dob: '1965/03/01' }, 'row 3: dob: must be YYYY, YYYY-MM or YYYY-MM-DD'],
    [{ name: 'A', dob: '1965-02-30' }, 'row 3: dob: is not a real date'],
    [{ name: 'A', dob: '3017' }, 'row 3: dob: is not a real date'],
    [{ name: 'A', nickname: 'B' }, 'row 3: query: unknown field nickname'],
    [{ name: 42 }, 'row 3: name: must be a string'],
  ])('rejects %j', (input, message) => {
    expect(fails(input)).toBe(message)
  })
})
