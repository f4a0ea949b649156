import { beforeEach, describe, expect, it } from 'vitest'
import { dataset, entity } from '../../test/support/fixtures.js'
import { STORE_ENGINES, useStore } from '../../test/support/store-engines.js'

/** One contract, two engines: every behaviour here must hold on SQLite and on a real PostgreSQL server. */

const huawei = entity({
  id: 'EL:h1',
  list: 'EL',
  name: 'Huawei Technologies Co., Ltd.',
  countries: ['CN'],
  licenseRequirement: 'For all items subject to the EAR',
})
const zte = entity({ id: 'EL:h2', list: 'EL', name: 'ZTE Corporation', countries: ['CN'] })

describe.each(STORE_ENGINES)('Store contract on %s', (_kind, create) => {
  const getStore = useStore(create)
  let store: ReturnType<typeof getStore>
  beforeEach(() => {
    store = getStore()
  })

  it('imports a dataset as an active version and loads its entities back', async () => {
    const ds = dataset('us_csl', '2026-07-31', [huawei, zte])
    ds.relations.push({ kind: 'affiliate', from: 'EL:h2', to: 'EL:h1' })
    ds.issues.push({ where: 'x.json:3:name', message: 'empty name', action: 'skipped' })
    const { version, created } = await store.importDataset(ds)
    expect(created).toBe(true)
    expect(version).toMatchObject({ source: 'us_csl', published: '2026-07-31', recordCount: 2, active: true })
    expect(version.issueCount).toBe(1)
    const entities = await store.loadEntities(version.id)
    expect(entities.map((e) => e.id).sort()).toEqual(['EL:h1', 'EL:h2'])
    expect(entities.find((e) => e.id === 'EL:h1')).toEqual(huawei)
    expect(await store.loadRelations(version.id)).toEqual([{ kind: 'affiliate', from: 'EL:h2', to: 'EL:h1' }])
    expect(await store.loadIssues(version.id)).toEqual(ds.issues)
    expect(await store.countByList(version.id)).toEqual({ EL: 2 })
  })

  it('treats the same content imported twice as one version', async () => {
    const again = await store.importDataset(dataset('us_csl', '2026-07-31', [huawei, zte]))
    expect(again.created).toBe(false)
    expect(await store.listVersions('us_csl')).toHaveLength(1)
  })

  it('keeps older versions queryable and switches the active one', async () => {
    const older = (await store.listVersions('us_csl'))[0]!
    const renamed = { ...huawei, name: 'Huawei Technologies Company Limited' }
    const { version: newer } = await store.importDataset(dataset('us_csl', '2026-08-07', [renamed]))
    const active = await store.activeVersions()
    expect(active.map((v) => v.id)).toEqual([newer.id])
    expect((await store.getEntity(older.id, 'EL:h1'))?.name).toBe('Huawei Technologies Co., Ltd.')
    expect((await store.getEntity(newer.id, 'EL:h1'))?.name).toBe('Huawei Technologies Company Limited')
    expect(await store.getEntity(newer.id, 'EL:h2')).toBeUndefined()
    await store.activate(older.id)
    expect((await store.activeVersions()).map((v) => v.id)).toEqual([older.id])
    expect((await store.getVersion(newer.id))?.active).toBe(false)
  })

  it('can store a version without putting it in force', async () => {
    const { version } = await store.importDataset(dataset('un', '2026-02-27', [zte]), { activate: false })
    expect(version.active).toBe(false)
    expect((await store.activeVersions()).some((v) => v.source === 'un')).toBe(false)
  })

  it('rolls a failed import back whole: no version, no entities, previous version still in force', async () => {
    const before = await store.activeVersions()
    const bad = dataset('us_csl', '2026-09-01', [huawei, { ...huawei }])
    await expect(store.importDataset(bad)).rejects.toThrow(/duplicate entity id EL:h1/)
    expect(await store.activeVersions()).toEqual(before)
    expect((await store.listVersions('us_csl')).some((v) => v.published === '2026-09-01')).toBe(false)
  })

  it('refuses to activate a version that does not exist', async () => {
    await expect(store.activate('nope')).rejects.toThrow(/no list version nope/)
  })

  it('loads the entities of a version in the order of their ids, whatever order they came in', async () => {
    const ids = ['SDN:e7', 'SDN:e2', 'SDN:e9', 'SDN:e1', 'SDN:e5']
    const ds = dataset(
      'ofac_sdn',
      '2026-11-01',
      ids.map((id) => entity({ id, list: 'SDN', name: `Party ${id}` })),
    )
    const { version } = await store.importDataset(ds)
    const loaded = (await store.loadEntities(version.id)).map((e) => e.id)
    expect(loaded).toEqual([...ids].sort())
  })
})
