import type { Counterparty, WatchMatch, WatchState } from '../model/counterparty.js'
import type { EntityType } from '../model/entity.js'
import type { CounterpartyTable, WatchMatchTable, WatchStateTable } from './schema.js'

export function counterpartyFromRow(r: CounterpartyTable): Counterparty {
  const c: Counterparty = { id: r.id, name: r.name }
  if (r.type) c.type = r.type as EntityType
  if (r.country) c.country = r.country
  if (r.dob) c.dob = r.dob
  return c
}

/** True when the screening-relevant fields differ (a changed counterparty is screened again). */
export const sameCounterparty = (a: Counterparty, b: Counterparty): boolean =>
  a.name === b.name && a.type === b.type && a.country === b.country && a.dob === b.dob

export const matchToRow = (m: WatchMatch): WatchMatchTable => ({
  counterparty_id: m.counterpartyId,
  source: m.source,
  entity_id: m.entityId,
  list: m.list,
  score: m.score,
  version_id: m.versionId,
  match: JSON.stringify(m.match),
})

export const matchFromRow = (r: WatchMatchTable): WatchMatch => ({
  counterpartyId: r.counterparty_id,
  source: r.source,
  entityId: r.entity_id,
  list: r.list,
  score: Number(r.score),
  versionId: r.version_id,
  match: JSON.parse(r.match) as Record<string, unknown>,
})

export const stateFromRow = (r: WatchStateTable): WatchState => ({
  source: r.source,
  versionId: r.version_id,
  screenedAt: r.screened_at,
  settings: JSON.parse(r.settings) as Record<string, unknown>,
})
