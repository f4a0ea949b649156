import type { Match, ScreenQuery } from '../match/types.js'
import type { Entity } from '../model/entity.js'
import type { DataInfo, ScreenResult } from './engine-types.js'

/** A match as the CLI contract spells it ("source" is the list code), with the listing facts users act on. */
export interface MatchJson {
  source: string
  sourceId: string
  entityId: string
  name: string
  matchedName: string
  score: number
  type?: string
  countries?: string[]
  programs?: string[]
  licenseRequirement?: string
  licensePolicy?: string
  federalRegister?: string[]
  parentId?: string
  sourceUrl?: string
  explanation: Match['explanation']
}

export interface DataJson {
  source: string
  published: string | null
  retrieved: string
  /** Days between publication and the day of the answer. */
  ageDays: number | null
  versionId?: string
}

export interface ScreenJson {
  query: ScreenQuery
  matches: MatchJson[]
  data: DataJson[]
  recordId?: string
}

export function matchJson(match: Match, entity: Entity | undefined): MatchJson {
  const out: MatchJson = {
    source: match.list,
    sourceId: match.sourceId,
    entityId: match.entityId,
    name: match.name,
    matchedName: match.matchedName,
    score: round(match.score),
    explanation: match.explanation,
  }
  if (!entity) return out
  out.type = entity.type
  if (entity.countries.length) out.countries = entity.countries
  if (entity.programs.length) out.programs = entity.programs
  if (entity.licenseRequirement) out.licenseRequirement = entity.licenseRequirement
  if (entity.licensePolicy) out.licensePolicy = entity.licensePolicy
  if (entity.federalRegister.length) out.federalRegister = entity.federalRegister
  if (entity.parentId) out.parentId = entity.parentId
  if (entity.sourceUrl) out.sourceUrl = entity.sourceUrl
  return out
}

export function dataJson(info: DataInfo, today: Date): DataJson {
  const out: DataJson = {
    source: info.source,
    published: info.published ?? null,
    retrieved: info.retrieved,
    ageDays: info.published ? ageInDays(info.published, today) : null,
  }
  if (info.versionId) out.versionId = info.versionId
  return out
}

export function screenJson(
  result: ScreenResult,
  entity: (id: string) => Entity | undefined,
  today: Date,
): ScreenJson {
  return {
    query: result.query,
    matches: result.matches.map((m) => matchJson(m, entity(m.entityId))),
    data: result.data.map((d) => dataJson(d, today)),
  }
}

export function ageInDays(published: string, today: Date): number {
  const start = Date.parse(`${published.slice(0, 10)}T00:00:00Z`)
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())
  return Math.floor((end - start) / 86_400_000)
}

const round = (x: number): number => Math.round(x * 10_000) / 10_000
