import type { Entity, EntityName, EntityType } from '../model/entity.js'
import type { Adjustment, ScreenQuery } from './types.js'

/**
 * Secondary evidence that raises or lowers a name score: entity type, country, birth date, identifiers,
 * and the quality of the alias that matched. `weakness` (0..1) says how little the name alone proves: a
 * match on one rare word ("Carvana", "Dover") is weak, so a disagreeing country counts for more there.
 */
export function adjustments(
  query: ScreenQuery,
  entity: Entity,
  entityType: EntityType,
  name: EntityName,
  weakness: number,
  byName?: TypeByName,
): Adjustment[] {
  const out: Adjustment[] = []
  if (query.type) typeEvidence(query.type, entityType, out)
  else if (byName) typeEvidence(byName.type, entityType, out, byName.share, ' (by its name)')
  countryEvidence(query.country, entity.countries, weakness, out)
  birthEvidence(query.dob, entity, out)
  identifierEvidence(query.identifiers, entity, out)
  if (name.quality === 'weak') out.push(adj('weak-alias', -0.05, 'weak alias'))
  else if (name.kind === 'fka' || name.kind === 'nka')
    out.push(adj('former-name', -0.02, `${name.kind} name`))
  return out
}

/**
 * A legal form of the query's name of the same class as one of the listed name's ("LLC" and "OOO", "Ltd." and
 * "Limited") is slight evidence that the two names are one: it lifts a name a word short of the listed one, or
 * one typo from it, just over the threshold. Forms that differ prove nothing (lists abridge them: "Co." for
 * "Co., Ltd."), so they cost nothing.
 */
export function legalFormEvidence(
  query: readonly string[],
  listed: readonly string[],
): Adjustment | undefined {
  const shared = query.find((f) => listed.includes(f))
  return shared ? adj('legal-form', LEGAL_FORM_BONUS, `legal form ${shared} agrees`) : undefined
}

const LEGAL_FORM_BONUS = 0.02

/**
 * The type a query without one has by its name, and the share of a stated type's effect a disagreement has:
 * a legal form ("OOD", "LLC") is as good as a stated type, an organisation word ("Bank", "Trading") half.
 */
export interface TypeByName {
  type: EntityType
  share: number
}

function typeEvidence(q: EntityType, l: EntityType, out: Adjustment[], share = 1, how = ''): void {
  if (q === 'unknown' || l === 'unknown') return
  // Agreement proves little (most queries are organizations); only a disagreement moves the score.
  if (q === l) return
  const effect = (q === 'person' || l === 'person' ? -0.3 : -0.25) * share
  out.push(adj('type', effect, `type ${q}${how} vs ${l}`))
}

function countryEvidence(
  q: string | undefined,
  listed: readonly string[],
  weakness: number,
  out: Adjustment[],
) {
  if (!q || listed.length === 0) return
  const cc = q.toUpperCase()
  if (listed.includes(cc)) return void out.push(adj('country', 0.03, `country ${cc} agrees`))
  const effect = -(0.05 + 0.25 * weakness)
  out.push(adj('country', effect, `country ${cc} not among ${listed.slice(0, 4).join(', ')}`))
}

function birthEvidence(dob: string | undefined, entity: Entity, out: Adjustment[]): void {
  if (!dob || entity.birthDates.length === 0) return
  const year = Number(dob.slice(0, 4))
  let gap = Number.POSITIVE_INFINITY
  let shown = ''
  for (const d of entity.birthDates) {
    const from = yearOf(d.date ?? d.from)
    const to = yearOf(d.date ?? d.to) ?? from
    if (from === undefined || to === undefined) continue
    if (d.date && d.date.length >= 10 && dob.length >= 10 && d.date === dob) {
      return void out.push(adj('dob', 0.08, `birth date ${dob} agrees`))
    }
    const g = year < from ? from - year : year > to ? year - to : 0
    if (g < gap) [gap, shown] = [g, from === to ? String(from) : `${from}-${to}`]
  }
  if (!Number.isFinite(gap)) return
  if (gap === 0) out.push(adj('dob', 0.05, `birth year ${year} agrees`))
  else {
    const effect = gap === 1 ? -0.03 : gap <= 4 ? -0.08 : -0.15
    out.push(adj('dob', effect, `birth year ${year} vs ${shown}`))
  }
}

function identifierEvidence(ids: readonly string[] | undefined, entity: Entity, out: Adjustment[]): void {
  if (!ids?.length || entity.identifiers.length === 0) return
  const listed = new Map(entity.identifiers.map((i) => [idKey(i.value), i]))
  for (const id of ids) {
    const hit = listed.get(idKey(id))
    if (hit) return void out.push(adj('identifier', 0.2, `identifier ${hit.type} ${hit.value} agrees`))
  }
}

const idKey = (s: string): string => s.replace(/[^0-9a-z]/gi, '').toUpperCase()

const yearOf = (s: string | undefined): number | undefined => {
  const y = s ? Number(s.slice(0, 4)) : Number.NaN
  return Number.isFinite(y) && y > 1000 ? y : undefined
}

function adj(code: string, effect: number, text: string): Adjustment {
  const e = Math.round(effect * 100) / 100
  return { code, effect: e, text: `${text} ${e >= 0 ? '+' : '−'}${Math.abs(e).toFixed(2)}` }
}
