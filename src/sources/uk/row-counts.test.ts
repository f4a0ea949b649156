import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sharedFile } from '../common/shared-data.js'
import { readUkOfsi } from './read-uk-ofsi.js'

// Independent count with Python's csv module (cp1252, the last field is Group ID, the fifth from last Alias
// Type): 77 data rows in 41 groups; 25 "Prime Alias" rows, so 23 groups have none in this alphabetical
// extract; 50 distinct "Name 1..5 Name 6" spellings counted per group.
describe('UK OFSI counts agree with an independent count of the sample', () => {
  it('ConList_sample_2020-03.csv: 77 rows in 41 groups', () => {
    const path = sharedFile('uk_ofsi/ConList_sample_2020-03.csv')
    if (!path) return
    const ds = readUkOfsi({ name: 'ConList.csv', bytes: readFileSync(path) })
    expect(ds.entities).toHaveLength(41)
    expect(ds.entities.reduce((n, e) => n + e.names.length, 0)).toBe(50)
    expect(ds.issues.filter((i) => /no Prime Alias/.test(i.message))).toHaveLength(23)
    expect(ds.issues).toHaveLength(23)
  })
})
