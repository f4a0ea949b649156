import { buildMatcher } from '../../src/match/build-matcher.js'
import { DEFAULT_THRESHOLD, MATCHER_VERSION } from '../../src/match/defaults.js'
import type { ScreenQuery } from '../../src/match/types.js'
import type { Alert } from '../../src/model/alert.js'
import { subjectKey } from '../../src/review/subject-key.js'
import type { LoadedEngine } from '../../src/service/loaded-engine.js'
import { type EngineFactories, engineFromStore } from '../../src/service/open-engine.js'
import { answerRecord } from '../../src/service/record-answer.js'
import { confirmAlert, decideAlert, raiseAlerts, recheckRules } from '../../src/service/review.js'
import { matchJson } from '../../src/service/screen-json.js'
import type { Store } from '../../src/store/store.js'
import { testFactories } from './cli.js'
import { dataset, entity } from './fixtures.js'

/** The product's matcher, so that explanations carry token pairs. */
export const reportFactories: EngineFactories = {
  ...testFactories,
  buildMatcher: (entities) => buildMatcher(entities),
  defaultThreshold: DEFAULT_THRESHOLD,
  matcherVersion: MATCHER_VERSION,
}

/** Listed entries in Latin, Chinese, Cyrillic and Arabic script, with programs and citations. */
export const LISTED = [
  entity({
    id: 'EL:h1',
    list: 'EL',
    name: '中国电子科技集团公司第十四研究所',
    type: 'organization',
    countries: ['CN'],
    names: [
      { value: '中国电子科技集团公司第十四研究所', kind: 'primary', script: 'Hani' },
      { value: 'CETC 14th Research Institute', kind: 'aka', script: 'Latn' },
    ],
    licenseRequirement: 'For all items subject to the EAR.',
    licensePolicy: 'Presumption of denial.',
    federalRegister: ['83 FR 48532'],
    programs: ['EAR744'],
  }),
  entity({
    id: 'SDN:1001',
    list: 'SDN',
    name: 'Иванов Сергей Петрович',
    type: 'person',
    countries: ['RU'],
    programs: ['RUSSIA-EO14024'],
  }),
  entity({
    id: 'SDN:1002',
    list: 'SDN',
    name: 'محمد بن سلمان للتجارة',
    countries: ['AE'],
    programs: ['SDGT'],
  }),
]

export const at = (iso: string) => new Date(iso)

/** Screens, records and raises as `screen --db` does, at a given time. */
export async function screenAndRaise(
  store: Store,
  engine: LoadedEngine,
  query: ScreenQuery,
  now: Date,
  counterpartyId?: string,
): Promise<Alert[]> {
  const threshold = engine.defaultThreshold
  const matches = engine
    .screen(query, { threshold })
    .matches.map((m) => matchJson(m, engine.entity(m.entityId)))
  const record = answerRecord({
    kind: 'screen',
    engine,
    input: { query, options: { threshold } },
    settings: { threshold, lists: null },
    result: { matches },
    attention: matches.length > 0,
    caller: 'ana',
    now,
  })
  await store.records.insert(record)
  return raiseAlerts(store, {
    subject: { query, key: subjectKey(query, counterpartyId), ...(counterpartyId ? { counterpartyId } : {}) },
    matches,
    entity: (id) => engine.entity(id),
    recordId: record.id,
    actor: 'ana',
    now,
  })
}

/**
 * A reviewed history: the Chinese institute matched, released by bob with an allow rule, confirmed by carla
 * (four-eyes); then the entry changes, the rule lapses and the alert re-opens. Returns that alert's id.
 */
export async function reviewedHistory(store: Store): Promise<{ alertId: string; engine: LoadedEngine }> {
  await store.importDataset(dataset('us_csl', '2026-03-02', LISTED))
  const engine = await engineFromStore(store, reportFactories, { closeStore: false })
  const query = { name: '中国电子科技集团公司第十四研究所', country: 'CN' }
  const [alert] = await screenAndRaise(store, engine, query, at('2026-03-03T09:00:00Z'), 'CP-0042')
  if (!alert) throw new Error('the scenario expects a match')
  const entityOf = (id: string) => engine.entity(id)
  const decision = {
    decision: 'false-positive',
    reason: 'our supplier is a different institute',
    actor: 'bob',
  }
  await decideAlert(
    store,
    alert.id,
    { ...decision, allow: {} },
    { fourEyes: true },
    entityOf,
    at('2026-03-03T13:00:00Z'),
  )
  await confirmAlert(
    store,
    alert.id,
    { actor: 'carla', approve: true, reason: 'checked the registry' },
    entityOf,
    at('2026-03-04T09:00:00Z'),
  )
  const changed = LISTED.map((e) =>
    e.id === 'EL:h1' ? { ...e, addresses: [{ city: 'Nanjing', country: 'CN' }] } : e,
  )
  await store.importDataset(dataset('us_csl', '2026-03-09', changed))
  const after = await engineFromStore(store, reportFactories, { closeStore: false })
  await recheckRules(store, (id) => after.entity(id), 'system', at('2026-03-09T12:00:00Z'))
  return { alertId: alert.id, engine: after }
}
