import { describe, expect, it } from 'vitest'
import { diffSide, entity } from '../../test/support/fixtures.js'
import { diffVersions, hasChanges } from './diff-versions.js'

const side = diffSide

const huawei = entity({
  id: 'EL:h1',
  list: 'EL',
  name: 'Huawei Technologies Co., Ltd.',
  countries: ['CN'],
  addresses: [{ country: 'CN', full: 'Bantian, Shenzhen, CN' }],
  licensePolicy: 'Presumption of denial.',
  federalRegister: ['84 FR 22961'],
})
const smee = entity({
  id: 'UVL:s',
  list: 'UVL',
  name: 'SMEE',
  countries: ['CN'],
  addresses: [{ country: 'CN', full: 'Shanghai, CN' }],
})
const dk = entity({
  id: 'UVL:d',
  list: 'UVL',
  name: 'DK Laser Co. Ltd.',
  countries: ['CN'],
  addresses: [{ country: 'CN', full: 'Shenzhen, CN' }],
})

describe('diffVersions', () => {
  it('reports additions, delistings, moves and field changes with counts per list and country', () => {
    const before = side('2023-08-01', [huawei, smee, dk])
    const after = side('2023-08-22', [
      {
        ...huawei,
        name: 'HUAWEI TECHNOLOGIES CO LTD',
        licensePolicy: 'Case-by-case',
        federalRegister: ['84 FR 22961', '85 FR 29852'],
      },
      { ...smee, id: 'EL:s', list: 'EL' },
      entity({
        id: 'EL:n',
        list: 'EL',
        name: 'New Party',
        countries: ['RU'],
        addresses: [{ country: 'RU', full: 'Moscow, RU' }],
      }),
    ])
    const d = diffVersions(before, after)
    expect(d.summary).toEqual({ added: 1, removed: 1, changed: 1, moved: 1, unchanged: 0, cosmeticOnly: 0 })
    expect(d.moved[0]).toMatchObject({
      from: 'UVL',
      to: 'EL',
      kind: 'escalation',
      matchedBy: 'name',
      changes: [],
    })
    expect(d.removed[0]).toMatchObject({ entityId: 'UVL:d', kind: 'delisting', stillListedOn: [] })
    expect(d.added[0]).toMatchObject({ entityId: 'EL:n', kind: 'listing' })
    expect(d.changed[0]?.changes).toEqual([
      {
        field: 'name',
        old: 'Huawei Technologies Co., Ltd.',
        new: 'HUAWEI TECHNOLOGIES CO LTD',
        cosmetic: true,
      },
      { field: 'licensePolicy', old: 'Presumption of denial.', new: 'Case-by-case', cosmetic: false },
      { field: 'federalRegister', added: ['85 FR 29852'], removed: [], cosmetic: false },
    ])
    expect(d.byList.EL).toEqual({ old: 1, new: 3, added: 1, removed: 0, changed: 1, movedIn: 1, movedOut: 0 })
    expect(d.byList.UVL).toEqual({
      old: 2,
      new: 0,
      added: 0,
      removed: 1,
      changed: 0,
      movedIn: 0,
      movedOut: 1,
    })
    expect(d.byCountry.CN).toEqual({ added: 0, removed: 1, changed: 1, moved: 1 })
    expect(hasChanges(d)).toBe(true)
  })

  it('counts cosmetic-only edits as unchanged and says when a party stays on another list', () => {
    const onBoth = [dk, { ...dk, id: 'EL:d', list: 'EL' as const }]
    const d = diffVersions(
      side('a', onBoth),
      side('b', [{ ...dk, id: 'EL:d', list: 'EL', name: 'DK LASER CO LTD' }]),
    )
    expect(d.summary).toMatchObject({ changed: 0, moved: 0, removed: 1, unchanged: 1, cosmeticOnly: 1 })
    expect(d.removed[0]?.stillListedOn).toEqual(['EL'])
    expect(hasChanges(diffVersions(side('a', [huawei]), side('b', [huawei])))).toBe(false)
  })

  it('does not compare fields that one version does not publish', () => {
    const withDob = entity({
      id: 'SDN:1',
      list: 'SDN',
      name: 'PETROV, Ivan',
      type: 'person',
      birthDates: [{ date: '1960-01-02' }],
    })
    const compact = entity({ id: 'SDN:1', list: 'SDN', name: 'Ivan PETROV', type: 'person' })
    const d = diffVersions(side('csv', [withDob]), side('json', [compact]))
    expect(d.summary).toMatchObject({ changed: 0, unchanged: 1, cosmeticOnly: 1 })
    expect(d.notCompared).toEqual([{ field: 'birthDates', lists: ['SDN'] }])
  })
})
