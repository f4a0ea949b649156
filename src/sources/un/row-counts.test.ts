import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sharedFile } from '../common/shared-data.js'
import { readUnXml } from './read-un-xml.js'

// Independent counts: grep -o '<INDIVIDUAL>' FILE | wc -l and the same for '<ENTITY>' (works on the compact
// 2018 layout too, where several elements share a line).
describe('UN row counts agree with an independent count of the full files', () => {
  it.each([
    ['un_consolidated_2026-02-27.xml', 730, 273, '2026-02-27'],
    ['un_consolidated_2018-06-21.xml', 695, 405, '2018-06-21'],
    ['un_consolidated_2018-08-24.xml', 701, 397, '2018-08-24'],
  ])('%s: %i individuals and %i entities', (name, individuals, entities, published) => {
    const path = sharedFile(`un/${name}`)
    if (!path) return
    const ds = readUnXml({ name, bytes: readFileSync(path) })
    expect(ds.entities.filter((e) => e.type === 'person')).toHaveLength(individuals)
    expect(ds.entities.filter((e) => e.type === 'organization')).toHaveLength(entities)
    expect(ds.published).toBe(published)
    expect(ds.issues).toEqual([])
  })
})
