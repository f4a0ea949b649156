import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BEIJING_ALITE, SMIC_BEIJING, testEngine } from '../../test/support/invest-fixtures.js'
import type { Relation } from '../model/entity.js'
import { readFtm } from '../sources/ftm/read-ftm.js'
import { ownershipForEngine } from './engine-ownership.js'
import { ownershipFromCsv } from './ownership-file.js'
import { partyOwnership } from './party-ownership.js'

describe('partyOwnership: what screening and determination call', () => {
  // Engine relations as the readers map FtM Ownership: from = owner, to = owned, ids of engine entities.
  const relations: Relation[] = [
    { kind: 'ownership', from: BEIJING_ALITE.id, to: 'FTM:shell', percent: 100, sourceId: 'o1' },
    {
      kind: 'ownership',
      from: SMIC_BEIJING.id,
      to: 'FTM:fab',
      percent: 60,
      startDate: '2024-01-01',
      sourceId: 'o2',
    },
  ]
  const engine = testEngine(undefined, relations)
  const index = ownershipForEngine(engine)!

  it('an unlisted party wholly owned by an SDN: blocked, with the owner and path', () => {
    // OFAC 2014 guidance; SDN 9750 (NPWMD) owns 100 %.
    const r = partyOwnership(index, { entityId: 'FTM:shell' }, '2026-11-29', engine)
    expect(r.restrictionsApply).toBe(true)
    expect(r.applying.map((f) => f.rule.id).sort()).toEqual(['bis-affiliates', 'ofac-50'])
    expect(r.applying[0]?.owners[0]?.listing.entityIds).toEqual(['SDN:9750'])
    expect(r.summary[0]).toContain('owned 100 % by BEIJING ALITE TECHNOLOGIES CO., LTD. (SDN)')
  })

  it('an Entity List affiliate: applies on 2025-10-15, not during the suspension', () => {
    // 90 FR 47201 (in force 2025-09-29) and 90 FR 50857 (suspended 2025-11-10 to 2026-11-09).
    expect(partyOwnership(index, { entityId: 'FTM:fab' }, '2025-10-15').restrictionsApply).toBe(true)
    const suspended = partyOwnership(index, { entityId: 'FTM:fab' }, '2026-06-01')
    expect(suspended.restrictionsApply).toBe(false)
    expect(suspended.summary[0]).toContain('rule not applied')
  })

  it('a listed party is reported as listed, a stranger gets an empty answer', () => {
    expect(partyOwnership(index, { entityId: BEIJING_ALITE.id }, '2026-11-29').listed?.lists).toEqual(['SDN'])
    const none = partyOwnership(index, { name: 'Nobody Ltd' }, '2026-11-29', engine)
    expect(none.node).toBeUndefined()
    expect(none.restrictionsApply).toBe(false)
  })

  it('a party asked by name meets a graph keyed by names through the engine', () => {
    const file = ownershipFromCsv('owner,owned,percent\nSDN:9750,Acme Trading,50\n', 'g.csv')
    const ix = ownershipForEngine(testEngine(), { files: [file] })!
    expect(partyOwnership(ix, { name: 'acme trading' }, '2026-11-29').restrictionsApply).toBe(true)
  })

  it('no ownership data at all: no index', () => {
    expect(ownershipForEngine(testEngine())).toBeUndefined()
  })

  it('an engine over an FtM dataset (readers) carries the ownership itself', () => {
    // The ZALA cluster read by the FtM reader: RTC is 100 % held by SDN A. Zakharov in 2022-2023 (OFAC 2014 guidance).
    const zala = readFtm({
      name: 'zala.ftm.json',
      bytes: readFileSync(new URL('./testdata/zala_ownership_excerpt.ftm.json', import.meta.url)),
    })
    const engine = testEngine(zala.entities, zala.relations)
    const r = partyOwnership(
      ownershipForEngine(engine)!,
      { entityId: 'FTM:NK-ERScv7cLkkvZ3ejz7xiToj' },
      '2023-01-01',
      engine,
    )
    expect(r.restrictionsApply).toBe(true)
    expect(r.applying[0]?.owners[0]).toMatchObject({
      name: 'Alexander Vyacheslavovich ZAKHAROV',
      listing: { lists: ['SDN'] },
    })
  })
})
