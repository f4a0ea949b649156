import { describe, expect, it } from 'vitest'
import { diffSide, entity } from '../../test/support/fixtures.js'
import type { WatchMatch } from '../model/counterparty.js'
import type { Entity } from '../model/entity.js'
import { diffAndPair } from './diff-versions.js'
import { type Hit, reconcile } from './reconcile.js'
import { planRescreen } from './rescreen-plan.js'

const side = diffSide
const hit = (e: Entity, score = 0.95): Hit => ({
  entityId: e.id,
  source: e.list,
  name: e.name,
  matchedName: e.name,
  score,
  countries: e.countries,
})
const stored = (e: Entity, score = 0.95): WatchMatch => ({
  counterpartyId: 'c1',
  source: 'us_csl',
  entityId: e.id,
  list: e.list,
  score,
  versionId: 'v1',
  match: { ...hit(e, score) },
})
const acme = { id: 'c1', name: 'Acme' }

const smeeUvl = entity({ id: 'UVL:a1', list: 'UVL', name: 'SMEE', countries: ['CN'] })
const smeeEl = entity({ id: 'EL:h1', list: 'EL', name: 'SMEE', countries: ['CN'] })
const dk = entity({ id: 'UVL:a2', list: 'UVL', name: 'DK Laser', countries: ['CN'] })
const kept = entity({ id: 'EL:a3', list: 'EL', name: 'Kept Co', countries: ['CN'] })
const keptRekeyed = { ...kept, id: 'EL:h3' }
const fresh = entity({ id: 'EL:h4', list: 'EL', name: 'Fresh Co', countries: ['RU'] })
const policy = entity({
  id: 'EL:a5',
  list: 'EL',
  name: 'Policy Co',
  countries: ['CN'],
  licensePolicy: 'Case-by-case',
})
const policyDenied = { ...policy, licensePolicy: 'Presumption of denial' }

const plan = planRescreen(
  diffAndPair(
    side('v1', [smeeUvl, dk, kept, policy]),
    side('v2', [smeeEl, keptRekeyed, fresh, policyDenied]),
  ),
)
const at = { source: 'us_csl', versionId: 'v2', previousVersionId: 'v1', plan }

describe('reconcile', () => {
  it('raises new alerts on a first screening and stores the matches', () => {
    const r = reconcile({
      counterparty: acme,
      source: 'us_csl',
      versionId: 'v1',
      hits: [hit(kept)],
      stored: [],
    })
    expect(r.alerts).toEqual([
      expect.objectContaining({
        kind: 'new',
        entityId: 'EL:a3',
        list: 'EL',
        versionId: 'v1',
        details: expect.objectContaining({ reason: 'possible match on EL' }),
      }),
    ])
    expect(r.upserts).toHaveLength(1)
    expect(r.deletes).toEqual([])
  })

  it('plans only what the change touches', () => {
    expect([...plan.touched].sort()).toEqual(['EL:h1', 'EL:h3', 'EL:h4', 'EL:a5'].sort())
    expect([...plan.affected].sort()).toEqual(['EL:a3', 'EL:a5', 'UVL:a1', 'UVL:a2'])
  })

  it('reports a move to the Entity List as a changed match and re-keys it', () => {
    const r = reconcile({ ...at, counterparty: acme, hits: [hit(smeeEl)], stored: [stored(smeeUvl, 0.9)] })
    expect(r.alerts).toEqual([
      expect.objectContaining({
        kind: 'changed',
        entityId: 'EL:h1',
        list: 'EL',
        details: expect.objectContaining({
          reason: 'moved UVL -> EL (escalation)',
          move: { from: 'UVL', to: 'EL', kind: 'escalation' },
          previousEntityId: 'UVL:a1',
          previousScore: 0.9,
          previousList: 'UVL',
        }),
      }),
    ])
    expect(r.deletes).toEqual([{ counterpartyId: 'c1', entityId: 'UVL:a1' }])
    expect(r.upserts.map((u) => u.entityId)).toEqual(['EL:h1'])
  })

  it('clears a match on a delisted entry, and raises a new one on an added entry', () => {
    const r = reconcile({ ...at, counterparty: acme, hits: [hit(fresh)], stored: [stored(dk)] })
    expect(r.alerts.map((a) => [a.kind, a.entityId, a.details.reason])).toEqual([
      ['new', 'EL:h4', 'newly listed on EL'],
      ['cleared', 'UVL:a2', 'delisted from UVL'],
    ])
    expect(r.deletes).toEqual([{ counterpartyId: 'c1', entityId: 'UVL:a2' }])
  })

  it('re-keys a re-identified entry silently and flags a changed licence policy', () => {
    const r = reconcile({
      ...at,
      counterparty: acme,
      hits: [hit(keptRekeyed), hit(policyDenied)],
      stored: [stored(kept), stored(policy)],
    })
    expect(r.alerts).toEqual([
      expect.objectContaining({
        kind: 'changed',
        entityId: 'EL:a5',
        details: expect.objectContaining({
          reason: 'licensePolicy changed',
          changes: [
            { field: 'licensePolicy', old: 'Case-by-case', new: 'Presumption of denial', cosmetic: false },
          ],
        }),
      }),
    ])
    expect(r.deletes).toEqual([{ counterpartyId: 'c1', entityId: 'EL:a3' }])
    expect(r.upserts.map((u) => u.entityId)).toEqual(['EL:h3', 'EL:a5'])
  })

  it('clears a match whose entry changed so that it no longer matches', () => {
    const r = reconcile({ ...at, counterparty: acme, hits: [], stored: [stored(policy)] })
    expect(r.alerts.map((a) => [a.kind, a.details.reason])).toEqual([
      ['cleared', 'no longer matches since the entry changed (licensePolicy changed)'],
    ])
  })
})
