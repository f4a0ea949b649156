import type { EntityType, ListCode } from '../model/entity.js'
import { splitCompositeName } from '../text/composite-name.js'
import { type Alignment, align } from './align.js'
import type { CandidateIndex } from './candidate-index.js'
import { commonWords } from './common-words.js'
import { DEFAULT_THRESHOLD } from './defaults.js'
import { adjustments, legalFormEvidence, type TypeByName } from './evidence.js'
import { explain } from './explain.js'
import { extraWord } from './extra-word.js'
import { partOfPersonName } from './given-name.js'
import { legalEcho } from './legal-echo.js'
import { listedPlace } from './listed-place.js'
import { missingWord } from './missing-word.js'
import type { NameTable } from './name-table.js'
import { looksLikeOrganisation } from './organisation-name.js'
import { otherKind } from './other-kind.js'
import { otherPlace } from './other-place.js'
import { placeNamed } from './place-named.js'
import { type PreparedQuery, prepareQuery } from './query-tokens.js'
import { nameScore, weakness } from './score-name.js'
import type { Adjustment, Match, ScreenQuery, SearchOptions } from './types.js'

export interface MatcherState {
  table: NameTable
  index: CandidateIndex
  candidates(q: PreparedQuery): number[]
}

const DEFAULT_LIMIT = 25
/** The most that secondary evidence can add; names that cannot reach the threshold even so are skipped. */
const MAX_BONUS = 0.33

type Best = Map<number, { match: Match; raw: number; tie: number }>

/**
 * Scores the candidates of a query and keeps each entity's best name at or above the threshold, best first.
 * A query written as the Entity List writes a unit of a listed party ("X. Affiliated Entity: Y") is also
 * searched as the unit itself.
 */
export function search(state: MatcherState, query: ScreenQuery, opts: SearchOptions = {}): Match[] {
  const best: Best = new Map()
  scoreInto(state, query, opts, best)
  const composite = splitCompositeName(query.name)
  if (composite) scoreInto(state, { ...query, name: composite.unit }, opts, best)
  return [...best.values()]
    .sort(
      (a, b) =>
        b.match.score - a.match.score ||
        Math.floor(b.tie / 10) - Math.floor(a.tie / 10) ||
        b.raw - a.raw ||
        b.tie - a.tie,
    )
    .slice(0, opts.limit ?? DEFAULT_LIMIT)
    .map((b) => b.match)
}

function scoreInto(state: MatcherState, query: ScreenQuery, opts: SearchOptions, best: Best): void {
  const { table, index } = state
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD
  const q = prepareQuery(query.name, table.vocabulary, index)
  if (q.tokens.length === 0) return
  const texts = q.tokens.map((t) => t.text)
  const weights = q.tokens.map((t) => t.weight)
  const byName = typeByName(texts, q.forms)
  for (const i of state.candidates(q)) {
    const n = table.names[i]!
    const entity = table.entities[n.entity]!
    if (opts.lists && !opts.lists.includes(entity.list as ListCode)) continue
    const type = table.types[n.entity]!
    const initials = initialsPair(query, byName, type)
    // Against an organisation's name (not a person's query), shorter leftover words pair too (align.ts).
    const organisation = type === 'organization' && query.type !== 'person'
    const alignment = align(q.tokens, n.tokens, table.vocabulary, initials, organisation)
    const score0 = nameScore(alignment)
    const echo = legalEcho(q, alignment, n.tokens, n.folded, table.vocabulary, score0)
    // A person's name carries no place qualifier ("Samara" is a given name).
    const place =
      type === 'person' ? undefined : listedPlace(q, alignment, n.tokens, table.vocabulary, score0, weights)
    if (score0 + (echo?.effect ?? 0) + (place?.effect ?? 0) + MAX_BONUS < threshold) continue
    const listedName = entity.names[n.name]!
    const adj = adjustments(query, entity, type, listedName, weakness(alignment, weights), byName)
    if (echo) adj.unshift(echo)
    if (place) adj.unshift(place)
    const missing = missingWord(alignment, weights, n.tokens, table.vocabulary, organisation)
    if (missing) adj.push(missing)
    const extra = extraWord(q, alignment, weights)
    if (extra) adj.push(extra)
    // A person's name is not a company's: common given names are the business of other rules.
    const common =
      type === 'person' || query.type === 'person'
        ? undefined
        : commonWords(alignment, q, weights, n.tokens, table.vocabulary, () =>
            partyEvidence(query, entity, q, n),
          )
    if (common) adj.push(common)
    const places =
      type === 'person'
        ? undefined
        : otherPlace(q, alignment, n.tokens, table.vocabulary, score0, weakness(alignment, weights))
    if (places) adj.push(places)
    const kinds =
      type === 'person'
        ? undefined
        : otherKind(q, alignment, n.tokens, table.vocabulary, weakness(alignment, weights))
    if (kinds) adj.push(kinds)
    const placeOnly = placeNamed(q, alignment, n.tokens, table.vocabulary, score0)
    if (placeOnly) adj.push(placeOnly)
    // Only for a name of no type: a listed person's type is read from the list (evidence.ts).
    const given =
      type === 'unknown' ? partOfPersonName(q.forms, alignment, n.tokens, table.vocabulary) : undefined
    if (given) adj.push(given)
    const numbers = numberMismatch(q, n.tokens, alignment, table)
    if (numbers) adj.push(numbers)
    const form = legalFormEvidence(q.forms, n.forms)
    if (form) adj.push(form)
    const raw = adj.reduce((s, a) => s + a.effect, score0)
    const score = round(Math.min(1, Math.max(0, raw)))
    if (score < threshold) continue
    const prev = best.get(n.entity)
    // Equal scores: the type asked for first, then an exact spelling, then the primary name over an alias over a
    // name less its parenthetical.
    const typeAgrees = query.type !== undefined && query.type === table.types[n.entity]
    const tie = (typeAgrees ? 10 : 0) + (q.folded === n.folded ? 3 : 0) + n.preference
    if (prev && (prev.raw > raw || (prev.raw === raw && prev.tie >= tie))) continue
    best.set(n.entity, {
      raw,
      tie,
      match: {
        entityId: entity.id,
        list: entity.list,
        sourceId: entity.sourceId,
        name: entity.name,
        matchedName: listedName.value,
        score,
        explanation: explain(q, n.tokens, alignment, table.vocabulary, score0, adj, q.folded === n.folded),
      },
    })
  }
}

export const round = (x: number): number => Math.round(x * 10_000) / 10_000

/**
 * Numbers name units ("702 Research Institute", "3rd Academy"): a number of the query left unmatched while the
 * listed name has another is strong evidence of a different unit.
 */
function numberMismatch(
  q: PreparedQuery,
  listed: Int32Array,
  a: Alignment,
  table: NameTable,
): Adjustment | undefined {
  const qn = a.unmatchedQuery.map((i) => q.tokens[i]!.text).filter(isNumber)
  const ln = a.unmatchedListed.map((j) => table.vocabulary.text[listed[j]!]!).filter(isNumber)
  if (qn.length === 0 || ln.length === 0) return undefined
  return { code: 'number', effect: -0.2, text: `number ${qn.join(' ')} vs ${ln.join(' ')} −0.20` }
}

/**
 * Evidence beside the name that the query means this party: its country is the party's, or a legal form agrees
 * that says more than "Company" or "Co." (CORP), which most names carry.
 */
function partyEvidence(
  query: ScreenQuery,
  entity: { countries: readonly string[] },
  q: PreparedQuery,
  n: { forms: readonly string[] },
): boolean {
  if (query.country && entity.countries.includes(query.country.toUpperCase())) return true
  return q.forms.some((f) => f !== 'CORP' && n.forms.includes(f))
}

const isNumber = (t: string): boolean => /^\d+$/.test(t)

/**
 * Initials pair with words unless the query is an organisation's and the listed name is not a person's. A person's
 * given names are written out or abridged to their initials; a company's lone letters ("S-Oil", "S. Group
 * Airlines", "D-Link") are part of its name, and a letter standing for any word of the other name that starts with
 * it proves nothing. A listed name of no type (the Entity List gives none) is no person's for this: "D-Link
 * Corporation" is not "DM Link".
 */
function initialsPair(query: ScreenQuery, byName: TypeByName | undefined, listed: EntityType): boolean {
  if (listed === 'person' || query.type === 'person') return true
  const queryIsOrganisation =
    query.type === 'organization' || (query.type === undefined && byName?.share === 1)
  return !queryIsOrganisation
}

/** Without a stated type, a name with a legal form or an organisation word is an organisation's. */
function typeByName(tokens: readonly string[], forms: readonly string[]): TypeByName | undefined {
  if (forms.length > 0) return { type: 'organization', share: 1 }
  return looksLikeOrganisation(tokens, forms) ? { type: 'organization', share: 0.5 } : undefined
}
