import { describe, expect, it } from 'vitest'
import { sharedFile } from '../common/shared-data.js'
import { readDataset } from '../detect/read-dataset.js'

const typeCounts = (types: string[]) => {
  const counts: Record<string, number> = {}
  for (const t of types) counts[t] = (counts[t] ?? 0) + 1
  return counts
}

// Independent counts with Python's csv module (rows of 12 fields; the 0x1A line has one), e.g.
//   python3 -c "import csv,collections;r=[x for x in csv.reader(open('sdn.csv',encoding='latin1')) if len(x)==12];
//     print(len(r),collections.Counter(x[2] for x in r))"
// Addresses: add.csv rows with any of address, city line or country not "-0- " (16,338 of 18,990).
describe('OFAC CSV row counts agree with an independent count of the full files', () => {
  it('ofac_sdn/2023-12-28 folder (sdn, alt, add, comments): 13,821 entries', async () => {
    const dir = sharedFile('ofac_sdn/2023-12-28')
    if (!dir) return
    const ds = await readDataset(dir)
    expect(ds.format).toBe('ofac-csv')
    expect(ds.origin.map((p) => p.split('/').pop())).toEqual([
      'sdn.csv',
      'alt.csv',
      'add.csv',
      'sdn_comments.csv',
    ])
    expect(ds.issues).toEqual([])
    expect(typeCounts(ds.entities.map((e) => e.type))).toEqual({
      person: 6646,
      organization: 6033,
      vessel: 764,
      aircraft: 378,
    })
    expect(ds.entities.every((e) => e.list === 'SDN')).toBe(true)
    expect(ds.entities.reduce((n, e) => n + e.addresses.length, 0)).toBe(16338)
  })

  it.each([
    ['sdn_2024-02-27.csv', 14506],
    ['sdn_2024-02-28.csv', 14510],
    ['sdn_2024-05-02.csv', 14973],
    ['sdn_2024-05-03.csv', 14965],
  ])('ofac_sdn/versions/%s alone: %i entries', async (name, rows) => {
    const path = sharedFile(`ofac_sdn/versions/${name}`)
    if (!path) return
    const ds = await readDataset(path)
    expect(ds.entities).toHaveLength(rows)
    expect(ds.issues).toEqual([])
  })

  it('ofac_non_sdn/2025-12-19 folder: 442 entries split by program', async () => {
    const dir = sharedFile('ofac_non_sdn/2025-12-19')
    if (!dir) return
    const ds = await readDataset(dir)
    expect(ds.source).toBe('ofac_cons')
    // Python: Counter of the program column, grouped by the first decisive program (CMIC, NS-PLC,
    // UKRAINE-EO13662, RUSSIA-EO14024, 561-Related): SSI 197+86+2+1, PLC 76+2.
    expect(typeCounts(ds.entities.map((e) => e.list))).toEqual({
      SSI: 286,
      PLC: 78,
      CMIC: 68,
      'NS-MBS': 6,
      CAP: 1,
      NONSDN: 3,
    })
    expect(ds.issues).toEqual([])
  })
})

// Independent count with Python's ElementTree: 443 <entity> elements; by their sanctionsList names, taking the
// first of SSI, CMIC, Menu-Based, PLC, CAPTA, FSE, SDN (the order the reader uses):
// SSI 286, PLC 78, CMIC 68, NS-MBS 9, CAP 1, FSE 1.
describe('OFAC Enhanced XML counts agree with an independent count of the full file', () => {
  it('CONS_ENHANCED_2025-01-10.xml: 443 entities', async () => {
    const path = sharedFile('ofac_non_sdn/CONS_ENHANCED_2025-01-10.xml')
    if (!path) return
    const ds = await readDataset(path)
    expect(ds.format).toBe('ofac-enhanced-xml')
    expect(typeCounts(ds.entities.map((e) => e.list))).toEqual({
      SSI: 286,
      PLC: 78,
      CMIC: 68,
      'NS-MBS': 9,
      CAP: 1,
      FSE: 1,
    })
    expect(typeCounts(ds.entities.map((e) => e.type))).toEqual({ organization: 363, person: 80 })
    expect(ds.published).toBe('2025-01-10')
    expect(ds.issues).toEqual([])
  })
})
