import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../../test/support/prng.js'
import { factories } from '../cli/default-deps.js'
import { readDataset } from '../sources/detect/read-dataset.js'
import { entryKeys, nameTerms, termKeys } from './token-keys.js'

/** Whether a counterparty named `name` shares a key with entries whose keys are `keys`. */
const meets = (name: string, keys: ReadonlySet<number>): boolean =>
  nameTerms(name).some((t) => termKeys(t).some((k) => keys.has(k)))

describe('the keys of the counterparty index', () => {
  const keys = new Set(
    entryKeys(['HIKVISION DIGITAL TECHNOLOGY', 'Yusuf Muhammad', '华为技术有限公司', 'Technologies Lebanon']),
  )
  it('meet on every way the matcher finds a candidate', () => {
    expect(meets('Hik Vision', keys)).toBe(true) // two words written as one in the entry
    expect(meets('Youssef Mohammed', keys)).toBe(true) // canonical spelling
    expect(meets('Mohamad Ali', keys)).toBe(true) // one edit
    expect(meets('Huawei', keys)).toBe(true) // Chinese characters read as pinyin
    expect(meets('TechnologiesLebanon SAL', keys)).toBe(true) // one word that is two of the entry's
    expect(meets('Hivkisoin', keys)).toBe(true) // two typos in a long word
    expect(meets('Hikvisionxy', keys)).toBe(true) // two letters added
    expect(meets('Lbnon', keys)).toBe(true) // two letters missing, five left (a leftover pair)
    expect(meets('Hkvson', keys)).toBe(false) // three letters missing
    expect(meets('...', keys)).toBe(true) // a name without words reaches everything
  })

  it('do not meet names that share no word with the changed entries', () => {
    expect(meets('Ingeborg Abrahamsen', keys)).toBe(false)
    expect(meets('Kathryn Barr', keys)).toBe(false)
  })

  it('index a name by its words and neighbour pairs, and keep pairs to their joined form', () => {
    expect(nameTerms('Hik Vision Digital')).toEqual([
      'hik',
      'vision',
      'digital',
      'hik vision',
      'vision digital',
    ])
    expect(nameTerms('...')).toEqual([''])
    expect(termKeys('hik vision')).toHaveLength(1)
    expect(termKeys('hik vision')[0]).toBe(
      entryKeys(['HIKVISION']).find((k) => termKeys('hikvision').includes(k)),
    )
  })
})

describe('a counterparty the product matcher matches to an entry shares a key with it', async () => {
  const { entities } = await readDataset(
    new URL('./testdata/csl_uvl_2022-05-06.csv', import.meta.url).pathname,
  )
  const matcher = factories.buildMatcher(entities)
  const random = mulberry32(5)
  const pick = (s: string) => Math.floor(random() * s.length)
  const letter = () => String.fromCharCode(97 + Math.floor(random() * 26))
  /** Names as customers write them: typos (up to two), words dropped, joined or split, a word added. */
  const variants = (name: string): string[] => {
    const out: string[] = []
    const typo = (s: string) => {
      const i = pick(s)
      const r = random()
      if (r < 0.33) return s.slice(0, i) + s.slice(i + 1)
      if (r < 0.66) return s.slice(0, i) + letter() + s.slice(i + 1)
      return s.slice(0, i) + letter() + s.slice(i)
    }
    const ws = name.split(/\s+/).filter(Boolean)
    out.push(typo(name), typo(typo(name)), ws.join(''), ws.slice(1).join(' '), `${name} Trading`)
    if (ws[0] && ws[0].length > 6) out.push([ws[0].slice(0, 3), ws[0].slice(3), ...ws.slice(1)].join(' '))
    return out
  }
  it('for a few thousand variants of listed names', () => {
    const keysOf = new Map(entities.map((e) => [e.id, new Set(entryKeys(e.names.map((n) => n.value)))]))
    let checked = 0
    const missed: string[] = []
    for (const e of entities)
      for (const n of e.names)
        for (const v of variants(n.value))
          for (const hit of matcher.search({ name: v }, { threshold: 0.5, limit: 10 })) {
            checked++
            if (!meets(v, keysOf.get(hit.entityId)!)) missed.push(`${v} -> ${hit.entityId}`)
          }
    expect(missed).toEqual([])
    expect(checked).toBeGreaterThan(1000)
  })
})
