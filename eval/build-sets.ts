/**
 * Builds the evaluation sets in eval/sets/ from the bundled lists and the negatives in ../shared, with a
 * seeded generator so that a rebuild gives the same files: `npx tsx eval/build-sets.ts`.
 * `--seed 7 --out eval/confirm --split confirm` draws fresh cases of the same kinds into another directory, every
 * line in one split: a confirmation set to measure a change on, not to tune it with. The fixed lists (Chinese
 * names, unlisted companies) would come out the same, so only the sampled sets are written there.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from 'csv-parse/sync'
import type { Entity } from '../src/model/entity.js'
import { toIso2 } from '../src/sources/common/countries.js'
import { LISTED_CHINESE_NAMES } from '../src/text/chinese/dictionary.js'
import { type EvalCase, splitOf } from './eval-case.js'
import { loadBundledEntities, REPO, SHARED } from './load-entities.js'
import { drop, initials, legal, type Rand, reorder, rng, spacing, translit, typo } from './perturb.js'
import { UNLISTED_COMPANIES } from './unlisted-companies.js'
import { UNLISTED_COMPANIES_2 } from './unlisted-companies-2.js'
import { UNLISTED_COMPANIES_3 } from './unlisted-companies-3.js'
import { UNLISTED_COMPANIES_4 } from './unlisted-companies-4.js'
import { UNLISTED_COMPANIES_5 } from './unlisted-companies-5.js'
import { UNLISTED_COMPANIES_6 } from './unlisted-companies-6.js'
import { ZH_LISTED_CASES } from './zh-listed-cases.js'

const { values } = parseArgs({
  options: { seed: { type: 'string' }, out: { type: 'string' }, split: { type: 'string' } },
})
const fresh = values.out !== undefined
const OUT = fresh ? resolve(values.out!) : join(REPO, 'eval', 'sets')
mkdirSync(OUT, { recursive: true })
const { entities } = await loadBundledEntities()
const r = rng(values.seed ? Number(values.seed) : 20260731)
const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
const sample = <T>(xs: readonly T[], n: number): T[] => {
  const a = [...xs]
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1))
    ;[a[i], a[j]] = [a[j]!, a[i]!]
  }
  return a.slice(0, n)
}
const expectOf = (e: Entity) => [{ list: e.list, name: e.name }]
const write = (file: string, cases: EvalCase[]) => {
  writeFileSync(
    join(OUT, file),
    `${cases.map((c) => JSON.stringify({ ...c, split: values.split ?? splitOf(c.query.id) })).join('\n')}\n`,
  )
  console.log(file, cases.length)
}
/** The fixed lists give the same cases whatever the seed: written to eval/sets/ only. */
const writeFixed = (file: string, cases: EvalCase[]) => {
  if (!fresh) write(file, cases)
}

type Perturbation = [family: string, apply: (r: Rand, name: string) => string | undefined]
const ORG_PERTURBATIONS: Perturbation[] = [
  ['typo', typo],
  ['typo2', (r, n) => typo(r, typo(r, n))],
  ['legal', legal],
  ['drop', drop],
  ['spacing', spacing],
  ['case', (r, n) => (r() < 0.5 ? n.toLowerCase() : n.toUpperCase())],
  ['same', (_, n) => n],
]
const PERSON_PERTURBATIONS: Perturbation[] = [
  ['typo', typo],
  ['reorder', (r, n) => reorder(r, n)],
  ['reorder-typo', (r, n) => typo(r, reorder(r, n))],
  ['translit', translit],
  ['initials', (_, n) => initials(n)],
  ['case', (_, n) => n.toLowerCase()],
]

function perturbed(
  pool: Entity[],
  n: number,
  perturbations: Perturbation[],
  prefix: string,
  extra?: (e: Entity) => object,
) {
  const cases: EvalCase[] = []
  for (const e of sample(pool, n * 2)) {
    if (cases.length >= n) break
    const [family, apply] = perturbations[cases.length % perturbations.length]!
    const name = apply(r, e.name)
    if (!name || name.trim().length < 3) continue
    cases.push({
      query: { id: `${prefix}${cases.length}`, name, ...extra?.(e) },
      expect: expectOf(e),
      family,
    })
  }
  return cases
}

const cslOrgs = entities.filter(
  (e) => e.list !== 'UN' && e.type !== 'person' && e.type !== 'vessel' && e.type !== 'aircraft',
)
const cslPersons = entities.filter((e) => e.list !== 'UN' && e.type === 'person')
const unPersons = entities.filter((e) => e.list === 'UN' && e.type === 'person')

write(
  'listed-orgs.jsonl',
  perturbed(cslOrgs, 700, ORG_PERTURBATIONS, 'lo', (e) =>
    r() < 0.5 && e.countries[0] ? { country: e.countries[0] } : {},
  ),
)
write(
  'listed-persons.jsonl',
  perturbed(cslPersons, 500, PERSON_PERTURBATIONS, 'lp', () => ({ type: 'person' })),
)
write(
  'un-persons.jsonl',
  perturbed(unPersons, 400, PERSON_PERTURBATIONS, 'un', (e) => {
    const year = e.birthDates.map((d) => (d.date ?? d.from ?? '').slice(0, 4)).find((y) => /^\d{4}$/.test(y))
    const country = e.nationalities[0] ?? e.countries[0]
    return { type: 'person', ...(year ? { dob: year } : {}), ...(country ? { country } : {}) }
  }),
)

const byName = new Map<string, Entity[]>()
for (const e of entities)
  for (const n of e.names) byName.set(fold(n.value), [...(byName.get(fold(n.value)) ?? []), e])
writeFixed(
  'zh-listed.jsonl',
  ZH_LISTED_CASES.flatMap(([zh, listedAs], i) => {
    const hits = byName.get(fold(listedAs)) ?? []
    if (hits.length === 0) console.warn('not in the lists:', listedAs)
    // Names the brand table spells out (src/text/chinese) are told apart from those read by glossary and pinyin.
    const inTable = LISTED_CHINESE_NAMES.some((e) => e.full === zh || e.brand === zh)
    return hits.length
      ? [
          {
            query: { id: `zh${i}`, name: zh },
            expect: hits.map((e) => ({ list: e.list, name: e.name })),
            family: inTable ? 'chinese-table' : 'chinese-glossary',
          },
        ]
      : []
  }),
)

/** Real unlisted companies, the country on every other line; names in Chinese characters in a family of their own. */
const companyCases = (
  pool: ReadonlyArray<readonly [string, string]>,
  id: string,
  suffix: string,
): EvalCase[] =>
  pool.map(([name, country], i) => ({
    query: { id: `${id}${i}`, name, type: 'organization' as const, ...(i % 2 === 0 ? { country } : {}) },
    expect: [],
    family: `${/\p{Script=Han}/u.test(name) ? 'neg-company-zh' : 'neg-company'}${suffix}`,
  }))
writeFixed('unlisted-orgs.jsonl', companyCases(UNLISTED_COMPANIES, 'uo', ''))
// A second, larger pool (unlisted-companies-2.ts), in families of its own so that the first pool's figures stay
// comparable across matcher versions.
writeFixed('unlisted-orgs-2.jsonl', companyCases(UNLISTED_COMPANIES_2, 'uc', '-2'))
// A third pool (unlisted-companies-3.ts): logistics, chemicals, electronics distributors, machine tools, textiles,
// food, universities, and the regions the first two under-cover.
writeFixed('unlisted-orgs-3.jsonl', companyCases(UNLISTED_COMPANIES_3, 'ud', '-3'))
// A fourth pool (unlisted-companies-4.ts): names that share the lists' common words (bank, airlines, shipping,
// trading, industries, steel, petrochemical): banks, airlines, shipping lines, trading houses, defence-adjacent makers.
writeFixed('unlisted-orgs-4.jsonl', companyCases(UNLISTED_COMPANIES_4, 'ue', '-4'))
// A fifth pool (unlisted-companies-5.ts): names of common words, mid-sized firms of English-speaking countries
// outside the S&P 500, insurers, retailers, builders, utilities, telecoms, Japanese, Korean, Indian, European industry.
writeFixed('unlisted-orgs-5.jsonl', companyCases(UNLISTED_COMPANIES_5, 'uf', '-5'))
// A sixth pool (unlisted-companies-6.ts): the shapes of US–China trade screening: Chinese, Hong Kong and Taiwanese
// makers and exporters in pinyin and English, Russian, Turkish, Gulf, Indian and South-East Asian firms, forwarders.
writeFixed('unlisted-orgs-6.jsonl', companyCases(UNLISTED_COMPANIES_6, 'ug', '-6'))

const namesIn = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as EvalCase).query.name)
// A fresh set leaves out the persons eval/sets/ already screens, so that it is unseen in full.
const dev = new Set([
  ...namesIn(join(SHARED, 'eval', 'dev_queries.jsonl')),
  ...(fresh ? namesIn(join(REPO, 'eval', 'sets', 'unlisted-persons.jsonl')) : []),
])
const persons = parse(
  readFileSync(join(SHARED, 'data', 'lists', 'negatives', 'synthetic_persons_us_50k.csv')),
  {
    columns: true,
  },
) as Array<Record<string, string>>
write(
  'unlisted-persons.jsonl',
  sample(
    persons.filter((p) => p.full_name && !dev.has(p.full_name)),
    2000,
  ).map((p, i) => ({
    query: {
      id: `up${i}`,
      name: p.full_name!,
      type: 'person' as const,
      ...(p.date_of_birth && i % 3 !== 2 ? { dob: p.date_of_birth } : {}),
      ...(toIso2(p.nationality) && i % 2 === 0 ? { country: toIso2(p.nationality)! } : {}),
    },
    expect: [],
    family: 'neg-person',
  })),
)
