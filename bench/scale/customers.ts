import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { EvalCase } from '../../eval/eval-case.js'
import { SHARED } from '../../eval/load-entities.js'
import type { BatchRow } from '../../src/service/batch-input.js'
import { rng } from '../../test/support/generate-ownership.js'

/**
 * A customer base of `n` rows: 99 % made-up names recombined from the words of the unlisted evaluation names
 * (companies and people that look real, almost all distinct), 1 % the evaluation's listed-name variants.
 */
export async function* customers(n: number, seed = 11): AsyncGenerator<BatchRow> {
  const cases = readFileSync(join(SHARED, 'eval', 'dev_queries.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as EvalCase)
  const listed = cases.filter((c) => c.expect.length > 0).map((c) => c.query.name)
  const people = cases.filter((c) => !c.expect.length && c.query.type === 'person').map((c) => c.query.name)
  const firms = cases.filter((c) => !c.expect.length && c.query.type !== 'person').map((c) => c.query.name)
  const words = (names: string[]) => [
    ...new Set(names.flatMap((s) => s.split(/\s+/)).filter((w) => w.length > 1)),
  ]
  const personWords = words(people)
  const firmWords = words(firms)
  const rand = rng(seed)
  const pick = (xs: readonly string[]) => xs[Math.floor(rand() * xs.length)]!
  for (let i = 0; i < n; i++) {
    const r = rand()
    const query =
      r < 0.01
        ? { name: pick(listed) }
        : r < 0.5
          ? { name: `${pick(personWords)} ${pick(personWords)}`, type: 'person' as const }
          : {
              name: `${pick(firmWords)} ${pick(firmWords)} ${pick(['Ltd', 'GmbH', 'Inc.', 'S.A.', 'Co.', 'LLC'])}`,
            }
    yield { line: i + 1, id: `c${i}`, query }
  }
}
