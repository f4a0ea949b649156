import type { Entity } from '../model/entity.js'
import type { Engine } from '../service/engine-types.js'
import type { InvestmentInput } from './input.js'
import type { Question, ScreeningMatch } from './types.js'

/** At or above this score a match is applied; below it (down to the threshold) the user is asked. */
export const STRONG_MATCH = 0.9

/** Lists whose listing can change an investment answer; matches on others are shown, never asked about. */
const DECISIVE = new Set(['SDN', 'CMIC', 'EL', 'MEU'])

/**
 * Screens the target by name and country. A strong match is applied; a weaker one on a decisive list is a
 * "possible match, review" question (answer with matchAnswers[entityId] = yes or no), never silently applied,
 * as in the EAR determination.
 */
export function matchTarget(
  input: InvestmentInput,
  engine: Engine,
  options: { threshold?: number; strong?: number } = {},
): { matches: ScreeningMatch[]; applied: Entity[]; questions: Question[] } {
  const threshold = options.threshold ?? engine.defaultThreshold
  const strong = Math.max(options.strong ?? STRONG_MATCH, threshold)
  const out = { matches: [] as ScreeningMatch[], applied: [] as Entity[], questions: [] as Question[] }
  for (const m of engine.screen({ name: input.target, country: input.country }, { threshold }).matches) {
    const e = engine.entity(m.entityId)
    const answer = input.matchAnswers?.[m.entityId]
    const status =
      answer === 'no' ? 'dismissed' : answer === 'yes' || m.score >= strong ? 'applied' : 'review'
    const match: ScreeningMatch = {
      list: m.list,
      entityId: m.entityId,
      name: m.name,
      matchedName: m.matchedName,
      score: m.score,
      status,
    }
    if (e?.programs.length) match.programs = e.programs
    out.matches.push(match)
    if (status === 'applied' && e) out.applied.push(e)
    if (status === 'review' && DECISIVE.has(m.list))
      out.questions.push({
        field: `match:${m.entityId}`,
        question: `Possible match, review: is "${input.target}" the ${m.list}-listed "${m.name}" (matched "${m.matchedName}", score ${m.score.toFixed(2)})?`,
        options: ['yes', 'no'],
      })
  }
  return out
}
