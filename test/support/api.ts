import { afterAll, beforeAll } from 'vitest'
import { createApp } from '../../src/api/app.js'
import type { ApiOptions, RequestLog } from '../../src/api/types.js'
import type { Role } from '../../src/auth/roles.js'
import { buildMatcher } from '../../src/match/build-matcher.js'
import { MATCHER_VERSION } from '../../src/match/defaults.js'
import type { Entity } from '../../src/model/entity.js'
import type { Engine } from '../../src/service/engine-types.js'
import { LoadedEngine } from '../../src/service/loaded-engine.js'
import type { KyselyStore } from '../../src/store/kysely-store.js'
import { openStore } from '../../src/store/open-store.js'
import { testFactories } from './cli.js'
import { dataset, entity } from './fixtures.js'

/** A few real-looking listed parties for API, UI and MCP tests. */
export const API_ENTITIES: Entity[] = [
  entity({
    id: 'EL:h1',
    list: 'EL',
    name: 'Huawei Technologies Co., Ltd.',
    countries: ['CN'],
    names: [
      { value: 'Huawei Technologies Co., Ltd.', kind: 'primary', script: 'Latn' },
      { value: 'Huawei', kind: 'aka', script: 'Latn' },
    ],
    licenseRequirement: 'For all items subject to the EAR.',
    licensePolicy: 'Presumption of denial.',
    federalRegister: ['84 FR 22961'],
  }),
  entity({
    id: 'SDN:7',
    list: 'SDN',
    name: 'Rosoboronexport',
    countries: ['RU'],
    programs: ['UKRAINE-EO13662'],
  }),
  entity({ id: 'EL:h2', list: 'EL', name: 'Beijing Institute of Technology', countries: ['CN'] }),
  entity({
    id: 'SDN:9',
    list: 'SDN',
    type: 'person',
    name: 'Ali Mohammed Kassem',
    countries: ['LB'],
    names: [{ value: 'Ali Mohammed Kassem', kind: 'primary', script: 'Latn' }],
  }),
]

export function fixtureEngine(entities: Entity[] = API_ENTITIES): LoadedEngine {
  return new LoadedEngine({
    entities,
    relations: [],
    data: [
      {
        source: 'us_csl',
        published: '2026-07-31',
        retrieved: '2026-07-31T13:15:00Z',
        versionId: 'v_fixture',
        contentHash: 'x',
        records: entities.length,
      },
    ],
    matcher: buildMatcher(entities),
    matcherVersion: MATCHER_VERSION,
    defaultThreshold: 0.85,
  })
}

/** Test responses: bodies are whatever the test expects them to be. */
// biome-ignore lint/suspicious/noExplicitAny: assertions check the shape
export type TestResponse = Omit<Response, 'json'> & { json(): Promise<any> }

export interface TestApi {
  store: KyselyStore
  app: ReturnType<typeof createApp>['app']
  batches: ReturnType<typeof createApp>['batches']
  keys: Record<Role, string>
  logs: RequestLog[]
  errors: unknown[]
  /** Swap the engine (undefined: not ready). */
  setEngine(engine: Engine | undefined): void
  call(
    method: string,
    path: string,
    init?: {
      key?: string | null
      json?: unknown
      body?: string | Uint8Array
      headers?: Record<string, string>
    },
  ): Promise<TestResponse>
}

/** An app over an in-memory SQLite store with the fixture lists imported and one key per role. */
export function useTestApi(options: Partial<ApiOptions> = {}): () => TestApi {
  let api: TestApi | undefined
  beforeAll(async () => {
    const store = await openStore('sqlite::memory:')
    await store.importDataset(dataset('us_csl', '2026-07-31', API_ENTITIES))
    const keys = {} as Record<Role, string>
    for (const role of ['screener', 'reviewer', 'admin'] as const)
      keys[role] = (await store.keys.create({ name: `test ${role}`, role, actor: 'test' })).secret
    let engine: Engine | undefined = fixtureEngine()
    const logs: RequestLog[] = []
    const errors: unknown[] = []
    const { app, batches } = createApp({
      store,
      engine: () => engine,
      now: () => new Date('2026-08-10T12:00:00Z'),
      log: (e) => logs.push(e),
      logError: (e) => errors.push(e),
      options: { rateLimit: 0, ...options },
      factories: testFactories,
      // Batch chunks are screened on the fixture engine, whatever versions the job pinned.
      engineForVersions: async () => engine ?? fixtureEngine(),
    })
    api = {
      store,
      app,
      batches,
      keys,
      logs,
      errors,
      setEngine: (e) => {
        engine = e
      },
      call: (method, path, init = {}) => {
        const headers: Record<string, string> = { ...init.headers }
        const key = init.key === undefined ? keys.screener : init.key
        if (key !== null) headers.authorization ??= `Bearer ${key}`
        let body = init.body
        if (init.json !== undefined) {
          body = JSON.stringify(init.json)
          headers['content-type'] ??= 'application/json'
        }
        return Promise.resolve(
          app.request(path, { method, headers, ...(body === undefined ? {} : { body }) }),
        )
      },
    }
  })
  afterAll(async () => {
    await api?.batches.drain()
    await api?.store.close()
  })
  return () => {
    if (!api) throw new Error('api not ready')
    return api
  }
}
