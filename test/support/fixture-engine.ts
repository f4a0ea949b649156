import type { Entity, Relation } from '../../src/model/entity.js'
import { LoadedEngine } from '../../src/service/loaded-engine.js'
import { exactMatcher } from './exact-matcher.js'

/** An engine over fixture entities (and relations) with the exact-name test matcher, dated like the bundled CSL. */
export function fixtureEngine(entities: Entity[], relations: Relation[] = []): LoadedEngine {
  return new LoadedEngine({
    entities,
    relations,
    data: [
      {
        source: 'us_csl',
        published: '2026-07-31',
        retrieved: '2026-07-31T13:15:00Z',
        contentHash: 'x',
        records: entities.length,
      },
    ],
    matcher: exactMatcher(entities),
    defaultThreshold: 0.8,
    matcherVersion: 'exact-test',
  })
}
