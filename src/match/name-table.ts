import type { Entity, EntityName, EntityType } from '../model/entity.js'
import { joinsParticle, normaliseName, wordsAcrossComma } from '../text/normalise-name.js'
import { looksLikeOrganisation } from './organisation-name.js'
import { Vocabulary } from './vocabulary.js'

/** One searchable form of one listed name. */
export interface IndexedName {
  entity: number
  /** Index into entity.names. */
  name: number
  /** Token ids of the name without legal forms, in order. */
  tokens: Int32Array
  forms: readonly string[]
  /** The whole name folded, legal forms included: equal strings make an "exact" match. */
  folded: string
  /** Among equal scores, prefer: 2 the primary name as listed, 1 an alias, 0 a name less its parenthetical. */
  preference: number
}

export interface NameTable {
  entities: readonly Entity[]
  /** Entity types, with "unknown" read as organization where a name has a legal form or an organisation word. */
  types: EntityType[]
  names: IndexedName[]
  vocabulary: Vocabulary
}

/**
 * Normalises every name of every entity once. A name with a parenthetical ("Huawei Technologies Co., Ltd.
 * (Huawei)") is also indexed without it; forms of one entity that normalise alike are kept once.
 */
export function buildNameTable(entities: readonly Entity[]): NameTable {
  const vocabulary = new Vocabulary()
  const names: IndexedName[] = []
  const types: EntityType[] = entities.map((e) => e.type)
  entities.forEach((entity, e) => {
    const seen = new Set<string>()
    entity.names.forEach((n, k) => {
      for (const [f, value] of nameForms(n).entries()) {
        const norm = normaliseName(value)
        if (norm.tokens.length === 0) continue
        const key = norm.tokens.join(' ')
        if (seen.has(key)) continue
        seen.add(key)
        if (types[e] === 'unknown' && looksLikeOrganisation(norm.tokens, norm.forms))
          types[e] = 'organization'
        const tokens = new Int32Array(norm.tokens.length)
        norm.tokens.forEach((t, i) => {
          tokens[i] = vocabulary.intern(t, norm.canonical[i])
        })
        for (const id of new Set(tokens)) vocabulary.df[id]!++
        names.push({
          entity: e,
          name: k,
          tokens,
          forms: norm.forms,
          folded: norm.folded,
          preference: f > 0 ? 0 : n.kind === 'primary' ? 2 : 1,
        })
      }
    })
  })
  vocabulary.finish(names.length)
  return { entities, types, names, vocabulary }
}

const PARENTHETICAL = /\s*[([][^)\]]*[)\]]\s*/g

/**
 * An online handle the lists give as an alias ("turk_server", "blade_runner", "@BLENDERIO_RUSSIAN"): one word
 * without spaces, its parts joined by underscores. It is indexed as the one word it is, so that it is not read as a
 * name of words ("Sernur Türk" is not "turk_server"); a query of the handle still finds it, its parts joined as
 * neighbouring words are (candidates.ts).
 */
export const isHandle = (value: string): boolean =>
  /^@?[\p{L}\p{N}]+(?:_+[\p{L}\p{N}]+)+$/u.test(value.trim())

/**
 * The name as listed, without its parenthetical, and "LAST, First" in natural order where that reads other
 * words: "AL RAHMAN, Shaykh Umar Abd" reads "Shaykh Umar Abd AL RAHMAN", where "Abd al" is one name part.
 */
function nameForms(n: EntityName): string[] {
  if (isHandle(n.value)) return [n.value.replace(/^@/, '').replace(/_/g, '')]
  const forms = [n.value]
  if (n.value.includes('(') || n.value.includes('[')) {
    const bare = n.value.replace(PARENTHETICAL, ' ').trim()
    if (bare && bare !== n.value && /\p{L}/u.test(bare)) forms.push(bare)
  }
  const [last, first, more] = n.value.split(',')
  if (first !== undefined && more === undefined && joinsParticle(...wordsAcrossComma(last!, first)))
    forms.push(`${first} ${last}`)
  return forms
}
