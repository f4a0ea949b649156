import { describe, expect, it } from 'vitest'
import { TcError } from '../../errors.js'
import { testFile } from '../common/load-testdata.js'
import { readDpl } from './read-dpl.js'

const excerpt = () => readDpl(testFile(new URL('./testdata/dpl_excerpt_2022-09-07.txt', import.meta.url)))
const HEADER =
  '"Name"\t"Street_Address"\t"City"\t"State"\t"Country"\t"Postal_Code"\t"Effective_Date"\t"Expiration_Date"\t"Standard_Order"\t"Last_Update"\t"Action"\t"FR_Citation"\n'
const text = (s: string) => ({ name: 'dpl.txt', bytes: new TextEncoder().encode(s) })

describe('readDpl', () => {
  it('groups the rows of one order into one entity with several addresses', () => {
    const ds = excerpt()
    const air = ds.entities.filter((e) => e.name === 'AIR FREIGHT LTD')
    expect(air).toHaveLength(1)
    expect(air[0]?.addresses.map((a) => a.country)).toEqual(['IQ', 'IQ', 'AE', 'JO'])
    expect(air[0]).toMatchObject({
      list: 'DPL',
      listedOn: '2022-05-13',
      endsOn: '2022-11-09',
      sourceIdDerived: true,
    })
    expect(air[0]?.countries).toEqual(['IQ', 'AE', 'JO'])
  })

  it('trims leading spaces and keeps Federal Register citations', () => {
    const ash = excerpt().entities.find((e) => e.name === 'I. ASH')!
    expect(ash.federalRegister).toEqual(['68 FR 38290', '71 FR 38843', '72 FR 4236'])
    expect(ash.endsOn).toBe('2056-06-29')
  })

  it('clears and reports typo years and dates the list by the newest plausible Last_Update', () => {
    const ds = excerpt()
    expect(ds.issues).toEqual([
      {
        where: 'dpl_excerpt_2022-09-07.txt:14:Last_Update',
        message: 'not a plausible date: "2922-09-01"',
        action: 'repaired',
      },
      {
        where: 'dpl_excerpt_2022-09-07.txt:15:Last_Update',
        message: 'not a plausible date: "3017-08-22"',
        action: 'repaired',
      },
    ])
    expect(ds.published).toBe('2022-05-18')
  })

  it('reports bad rows and refuses a file without the DPL header', () => {
    const ds = readDpl(
      text(
        `${HEADER}"A B"\t""\t""\t""\t"US"\t""\t"13/45/2020"\t""\t"Y"\t"2020-01-01"\t""\t""\n"SHORT"\t"x"\n" "\t""\t""\t""\t""\t""\t""\t""\t""\t""\t""\t""\n`,
      ),
    )
    expect(ds.entities.map((e) => [e.name, e.listedOn])).toEqual([['A B', undefined]])
    expect(ds.issues.map((i) => `${i.where} ${i.message}`)).toEqual([
      'dpl.txt:2:Effective_Date not a plausible date: "13/45/2020"',
      'dpl.txt:3 2 fields, expected 12',
      'dpl.txt:4:Name empty name',
    ])
    expect(() => readDpl(text('"Name"\t"Other"\n'))).toThrow(TcError)
  })
})
