import { describe, expect, it } from 'vitest'
import { TcError } from '../../errors.js'
import { testFile } from '../common/load-testdata.js'
import { readOfacEnhanced } from './read-ofac-enhanced.js'

const excerpt = () =>
  readOfacEnhanced(testFile(new URL('./testdata/cons_enhanced_excerpt_2025-01-10.xml', import.meta.url)))
const byId = (id: string) => excerpt().entities.find((e) => e.sourceId === id)!
const NS = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML'
const xml = (body: string) => ({
  name: 'enh.xml',
  bytes: new TextEncoder().encode(
    `<?xml version="1.0"?>\n<sanctionsData xmlns="${NS}"><publicationInfo><dataAsOf>2025-01-10T00:00:00</dataAsOf></publicationInfo>${body}</sanctionsData>`,
  ),
})

describe('readOfacEnhanced', () => {
  it('dates the list from dataAsOf and puts each entry on its non-SDN list', () => {
    const ds = excerpt()
    expect(ds.published).toBe('2025-01-10')
    expect(ds.issues).toEqual([])
    expect(ds.entities.map((e) => [e.sourceId, e.list])).toEqual([
      ['9639', 'PLC'],
      ['20686', 'SSI'],
      ['17064', 'SSI'],
      ['33893', 'CMIC'],
      ['26182', 'FSE'],
      ['31693', 'NS-MBS'],
      ['9647', 'PLC'],
      ['19996', 'SSI'],
    ])
  })

  it('maps names with quality, other-script translations, birth facts and the listing date', () => {
    const haniya = byId('9639')
    expect(haniya).toMatchObject({
      type: 'person',
      name: 'HANIYA, Ismail Abdul Salah',
      listedOn: '2006-04-12',
      programs: ['NS-PLC'],
    })
    expect(haniya.birthDates).toEqual([{ date: '1962' }])
    expect(haniya.birthPlaces).toEqual(['Shati'])
    expect(byId('9647').names).toContainEqual({
      value: 'AL-ZAHAR, Mahmoud',
      kind: 'aka',
      quality: 'weak',
      script: 'Latn',
    })
    expect(byId('33893').names).toContainEqual({ value: '依图科技有限公司', kind: 'aka', script: 'Hani' })
  })

  it('maps identity documents and relationships', () => {
    const ds = excerpt()
    expect(byId('26182').identifiers).toContainEqual({ type: 'Passport', value: 'U00242309', country: 'TR' })
    expect(ds.relations).toEqual([
      { kind: 'other', from: 'SSI:20686', to: 'SSI:17064', role: 'Owned or Controlled By', sourceId: '4145' },
    ])
    expect(byId('9647').linkedTo).toEqual(['HAMAS']) // HAMAS is on the SDN list, not in this file
  })

  it('resolves an empty element through referenceValues', () => {
    const ds = readOfacEnhanced(
      xml(
        '<referenceValues><referenceValue refId="600"><type>PARTY SUB-TYPE</type><value>Individual</value></referenceValue></referenceValues>' +
          '<entities><entity id="1"><generalInfo><entityType refId="600"/></generalInfo>' +
          '<names><name><isPrimary>true</isPrimary><translations><translation><isPrimary>true</isPrimary>' +
          '<formattedFullName>DOE, John</formattedFullName></translation></translations></name></names></entity>' +
          '<entity id="2"><names/></entity></entities>',
      ),
    )
    expect(ds.entities.map((e) => [e.id, e.type, e.list])).toEqual([['NONSDN:1', 'person', 'NONSDN']])
    expect(ds.issues.map((i) => i.message)).toEqual(['no primary name'])
    expect(() => readOfacEnhanced(xml('<entities><entity id="1">'))).toThrow(TcError)
  })
})
