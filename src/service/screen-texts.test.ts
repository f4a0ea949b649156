import { describe, expect, it } from 'vitest'
import { API_ENTITIES } from '../../test/support/api.js'
import { exactMatcher } from '../../test/support/exact-matcher.js'
import { subjectKey } from '../review/subject-key.js'
import { journalEntry } from './journal-entry.js'
import { LoadedEngine } from './loaded-engine.js'
import { screeningDraft } from './record-screening.js'
import { screenJson } from './screen-json.js'
import { entryOfLine } from './screen-line.js'
import { screenTexts } from './screen-texts.js'

// Versions as a store-backed engine has them (a record names each).
const engine = new LoadedEngine({
  entities: API_ENTITIES,
  relations: [],
  data: [
    {
      source: 'us_csl',
      published: '2026-07-31',
      retrieved: '2026-07-31T13:15:00Z',
      contentHash: 'c1',
      versionId: 'v-csl',
      records: 4,
    },
    {
      source: 'un',
      published: '2026-02-27',
      retrieved: '2026-03-01T00:00:00Z',
      contentHash: 'c2',
      versionId: 'v-un',
      records: 0,
    },
  ],
  matcher: exactMatcher(API_ENTITIES),
  defaultThreshold: 0.8,
  matcherVersion: 'exact-test',
})

/** What recordScreening journals and screenOne answers, serialised the ordinary way, for the same id. */
function ordinary(
  query: Parameters<typeof engine.screen>[0],
  options: Parameters<typeof screenTexts>[2],
  caller: string,
  now: Date,
  recordId: string,
) {
  const answer = screenJson(engine.screen(query, options), (id) => engine.entity(id), now)
  const record = { ...screeningDraft(engine, query, options, answer.matches, caller, now), id: recordId }
  const alerts = answer.matches.length
    ? {
        subject: { query, key: subjectKey(query) },
        matches: answer.matches,
        entity: (id: string) => engine.entity(id),
        recordId,
        actor: caller,
        now,
      }
    : undefined
  return {
    answer,
    line: JSON.stringify(journalEntry(record, alerts)),
    body: JSON.stringify({ ...answer, recordId }),
  }
}

describe('screenTexts', () => {
  const now = new Date('2026-11-29T10:00:00.123Z')
  const cases: Array<
    [string, Parameters<typeof engine.screen>[0], Parameters<typeof screenTexts>[2], string]
  > = [
    ['a match with its alert', { name: 'Huawei Technologies Co., Ltd.' }, { threshold: 0.8 }, 'key:ops'],
    [
      'a match, with country, birth date, lists and a limit',
      { name: 'Ali Mohammed Kassem', type: 'person', country: 'LB', dob: '1965' },
      { threshold: 0.7, lists: ['SDN', 'EL'], limit: 3 },
      'key:"quoted" ünïcode',
    ],
    ['a clear answer (no alert)', { name: 'Sunny Farms Trading "Ltd"\n' }, { threshold: 0.8 }, 'anonymous'],
  ]
  it.each(cases)(
    'writes the answer as serialising it whole, and a line that builds out to the record and alerts: %s',
    (label, query, options, caller) => {
      const answer = screenJson(engine.screen(query, options), (id) => engine.entity(id), now)
      const texts = screenTexts(engine, query, options, answer, caller, now)
      const expected = ordinary(query, options, caller, now, texts.recordId)
      // The short line builds out to exactly the entry recordScreening journals, as JSON carries it.
      expect(entryOfLine(JSON.parse(texts.line))).toEqual(JSON.parse(expected.line))
      expect(texts.body).toBe(expected.body)
      expect(JSON.parse(texts.body).recordId).toBe(texts.recordId)
      expect(entryOfLine(JSON.parse(texts.line)).record.attention).toBe(answer.matches.length > 0)
      expect(answer.matches.length > 0).toBe(!label.startsWith('a clear'))
    },
  )

  it('gives every answer its own record id', () => {
    const answer = screenJson(engine.screen({ name: 'x' }, { threshold: 0.8 }), () => undefined, now)
    const ids = new Set(
      Array.from(
        { length: 50 },
        () => screenTexts(engine, { name: 'x' }, { threshold: 0.8 }, answer, 'c', now).recordId,
      ),
    )
    expect(ids.size).toBe(50)
  })
})
