import { deserialize, serialize } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { buildMatcher } from './build-matcher.js'
import { FIXTURE_ENTITIES } from './testdata/fixture-entities.js'

describe('matcher snapshots', () => {
  const built = buildMatcher(FIXTURE_ENTITIES)
  const stored = deserialize(serialize(built.snapshot()))

  it('restore to a matcher that answers exactly like the one built', () => {
    const restored = buildMatcher(FIXTURE_ENTITIES, { snapshot: stored })
    expect(restored.restored).toBe(true)
    expect(built.restored).toBe(false)
    for (const name of [
      'Huawie Technologies',
      'BUSH GEORGE',
      '哈尔滨工程大学',
      'Hik Vision',
      'Dover Corporation',
      'Hivkisoin Digital', // two typos: found through the restored two-deletion keys
    ]) {
      expect(restored.search({ name }, { threshold: 0.3 })).toEqual(
        built.search({ name }, { threshold: 0.3 }),
      )
    }
  })

  it('are ignored for other entities (the matcher is built afresh)', () => {
    const fewer = FIXTURE_ENTITIES.slice(1)
    const m = buildMatcher(fewer, { snapshot: stored })
    expect(m.restored).toBe(false)
    expect(m.search({ name: 'Huawei Technologies' })).toEqual([])
    expect(m.search({ name: 'Hikvision' })[0]?.entityId).toBe('EL:2')
  })
})
