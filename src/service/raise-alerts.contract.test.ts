import { describe, expect, it } from 'vitest'
import { STORE_ENGINES, useStore } from '../../test/support/store-engines.js'
import { subjectKey } from '../review/subject-key.js'
import { raiseAlerts } from './review.js'
import type { MatchJson } from './screen-json.js'

const match = (entityId: string): MatchJson => ({
  source: 'SDN',
  sourceId: entityId.split(':')[1]!,
  entityId,
  name: `Listed ${entityId}`,
  matchedName: `Listed ${entityId}`,
  score: 0.97,
  explanation: {
    method: 'exact',
    normalisedQuery: 'x',
    normalisedName: 'x',
    tokens: [],
    nameScore: 1,
    adjustments: [],
  },
})

describe.each(STORE_ENGINES)('Raising alerts concurrently on %s', (_kind, create) => {
  const getStore = useStore(create)

  it('opens one alert per subject and entry however many writers raise it at once', async () => {
    const store = getStore()
    const subjects = ['Acme Trading', 'Borealis Shipping', 'Cobalt Metals'].map((name) => ({
      query: { name },
      key: subjectKey({ name }),
    }))
    // Twelve writers on their own connections, each raising the same three subjects in a different order.
    await Promise.all(
      Array.from({ length: 12 }, (_, w) =>
        Promise.all(
          subjects
            .map((_, i) => subjects[(i + w) % subjects.length]!)
            .map((subject) =>
              raiseAlerts(store, {
                subject,
                matches: [match('SDN:1'), match('SDN:2')],
                entity: () => undefined,
                actor: `writer-${w}`,
              }),
            ),
        ),
      ),
    )
    const alerts = await store.alerts.list({ limit: 100 })
    expect(alerts).toHaveLength(6)
    const pairs = new Set(alerts.map((a) => `${a.subject.key}|${a.entityId}`))
    expect(pairs.size).toBe(6)
  })
})
