import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sharedFile } from '../common/shared-data.js'
import { readFtm } from './read-ftm.js'

// Independent count: python3 -c "import json,collections;print(collections.Counter(json.loads(l)['schema']
//   for l in open(F)))" gives zala: Sanction 41, Ownership 14, Company 11, Address 11, Person 6, Family 4,
// Directorship 3, Passport 1; t1: Person 4, Organization 2, Address 1.
describe('FtM counts agree with an independent count of the full files', () => {
  it.each([
    ['yente_zala.entities.ftm.json', 17, 21],
    ['yente_t1.entities.ftm.json', 6, 0],
  ])('%s: %i parties, %i links', (name, parties, links) => {
    const path = sharedFile(`ftm/${name}`)
    if (!path) return
    const ds = readFtm({ name, bytes: readFileSync(path) })
    expect(ds.entities).toHaveLength(parties)
    expect(ds.relations).toHaveLength(links)
    expect(ds.issues).toEqual([])
  })
})
