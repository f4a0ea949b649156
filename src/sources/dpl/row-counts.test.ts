import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sharedFile } from '../common/shared-data.js'
import { readDpl } from './read-dpl.js'

// Independent counts with Python's csv module (delimiter tab): rows, and distinct (Name.strip(),
// Effective_Date) pairs, which is how the reader groups an order's rows into one entity:
//   python3 -c "import csv;r=list(csv.DictReader(open(F),delimiter='\t'));
//     print(len(r),len({(x['Name'].strip(),x['Effective_Date']) for x in r}))"
describe('DPL counts agree with an independent count of the full files', () => {
  it.each([
    ['dpl_2019-06-29.txt', 546, 417, 1, '2019-06-12'],
    ['dpl_2022-09-07.txt', 581, 461, 3, '2022-09-02'],
    ['dpl_2023-11-30.txt', 665, 547, 3, '2023-11-28'],
  ])('%s: %i rows, %i orders, %i typo dates', (name, rows, orders, typos, published) => {
    const path = sharedFile(`bis_dpl/${name}`)
    if (!path) return
    const ds = readDpl({ name, bytes: readFileSync(path) })
    expect(rows).toBeGreaterThan(orders)
    expect(ds.entities).toHaveLength(orders)
    expect(new Set(ds.entities.map((e) => e.id)).size).toBe(orders)
    expect(ds.issues.filter((i) => i.where.endsWith(':Last_Update'))).toHaveLength(typos)
    expect(ds.issues).toHaveLength(typos)
    expect(ds.published).toBe(published)
  })
})
