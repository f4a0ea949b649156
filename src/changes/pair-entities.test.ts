import { describe, expect, it } from 'vitest'
import { entity } from '../../test/support/fixtures.js'
import { pairEntities } from './pair-entities.js'

const e = entity
const pairsOf = (r: ReturnType<typeof pairEntities>) =>
  r.pairs.map((p) => `${p.old.id}>${p.new.id}:${p.matchedBy}`)

describe('pairing entries of two versions', () => {
  it('uses the list identifier, across OFAC lists too, preferring the same list', () => {
    const olds = [
      e({ id: 'SSI:100', list: 'SSI', name: 'VTB BANK' }),
      e({ id: 'CAP:100', list: 'CAP', name: 'VTB BANK' }),
      e({ id: 'SDN:7', list: 'SDN', name: 'OLD NAME' }),
    ]
    const news = [
      e({ id: 'SDN:100', list: 'SDN', name: 'VTB Bank PJSC' }),
      e({ id: 'SSI:100', list: 'SSI', name: 'VTB Bank PJSC' }),
      e({ id: 'SDN:7', list: 'SDN', name: 'NEW NAME' }),
    ]
    const r = pairEntities(olds, news)
    expect(pairsOf(r).sort()).toEqual(['CAP:100>SDN:100:id', 'SDN:7>SDN:7:id', 'SSI:100>SSI:100:id'])
    expect(r.added).toEqual([])
    expect(r.removed).toEqual([])
  })

  it('recognises a party without identifiers by its folded name and country, across BIS lists', () => {
    const olds = [
      e({
        id: 'UVL:a1',
        list: 'UVL',
        name: 'Shanghai Micro Electronics Equipment (Group) Co., Ltd.',
        countries: ['CN'],
      }),
      e({ id: 'EL:a2', list: 'EL', name: 'Beijing Institute', countries: ['CN'] }),
      e({ id: 'UVL:a3', list: 'UVL', name: 'Beijing Institute', countries: ['CN'] }),
      e({ id: 'UVL:a4', list: 'UVL', name: 'Acme Trading', countries: ['AE'] }),
    ]
    const news = [
      e({
        id: 'EL:h1',
        list: 'EL',
        name: 'SHANGHAI MICRO ELECTRONICS EQUIPMENT (GROUP) COMPANY LIMITED',
        countries: ['CN'],
      }),
      e({ id: 'EL:h2', list: 'EL', name: 'Beijing Institute', countries: ['CN'] }),
      e({ id: 'UVL:h4', list: 'UVL', name: 'Acme Trading', countries: ['TR'] }),
    ]
    const r = pairEntities(olds, news)
    expect(pairsOf(r).sort()).toEqual(['EL:a2>EL:h2:name', 'UVL:a1>EL:h1:name'])
    expect(r.removed.map((x) => x.id).sort()).toEqual(['UVL:a3', 'UVL:a4'])
    expect(r.added.map((x) => x.id)).toEqual(['UVL:h4'])
  })

  it('follows a rename that keeps the old name as an alias, and a near-identical spelling', () => {
    const renamed = e({
      id: 'EL:n',
      list: 'EL',
      name: 'EFO Company Limited Liability Company',
      countries: ['RU'],
    })
    renamed.names.push({ value: 'EFO Ltd.', kind: 'aka', script: 'Latn' })
    const r = pairEntities(
      [
        e({ id: 'UVL:o', list: 'UVL', name: 'EFO Ltd.', countries: ['RU'] }),
        e({ id: 'EL:p', list: 'EL', name: 'Guangzhou Hymson Laser Tehnology', countries: ['CN'] }),
      ],
      [renamed, e({ id: 'EL:q', list: 'EL', name: 'Guangzhou Hymson Laser Technology', countries: ['CN'] })],
    )
    expect(pairsOf(r).sort()).toEqual(['EL:p>EL:q:similar-name', 'UVL:o>EL:n:alias'])
  })

  it('never pairs across list families', () => {
    const r = pairEntities(
      [e({ id: 'UVL:x', list: 'UVL', name: 'Acme', countries: ['CN'] })],
      [e({ id: 'SDN:1', list: 'SDN', name: 'Acme', countries: ['CN'] })],
    )
    expect(r.pairs).toEqual([])
  })
})
