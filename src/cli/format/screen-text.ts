import type { DataJson, ScreenJson } from '../../service/screen-json.js'

/** The human-readable answer to `screen NAME`: data dates first, then each match with its reasons. */
export function formatScreenText(result: ScreenJson, threshold: number): string {
  const lines: string[] = []
  lines.push(`Screened "${result.query.name}"${describeQuery(result)} against ${describeData(result.data)}`)
  if (result.matches.length === 0) {
    lines.push(`No match at or above ${threshold}. Clear.`)
    return `${lines.join('\n')}\n`
  }
  lines.push('')
  for (const m of result.matches) {
    lines.push(`${m.score.toFixed(2)}  ${m.source.padEnd(6)} ${m.name}   [${m.entityId}]`)
    if (m.matchedName !== m.name) lines.push(`      matched as: ${m.matchedName}`)
    if (m.countries?.length) lines.push(`      countries: ${m.countries.join(', ')}`)
    if (m.programs?.length) lines.push(`      programs: ${m.programs.join(', ')}`)
    if (m.licenseRequirement) lines.push(`      licence requirement: ${m.licenseRequirement}`)
    if (m.licensePolicy) lines.push(`      licence review policy: ${m.licensePolicy}`)
    if (m.federalRegister?.length) lines.push(`      Federal Register: ${m.federalRegister.join(', ')}`)
    lines.push(`      why: ${describeWhy(m.explanation)}`)
  }
  lines.push('')
  const n = result.matches.length
  lines.push(
    `${n} match${n === 1 ? '' : 'es'} at or above ${threshold}: review before you deal with this party.`,
  )
  return `${lines.join('\n')}\n`
}

function describeQuery(result: ScreenJson): string {
  const q = result.query
  const parts = [q.type, q.country, q.dob && `born ${q.dob}`].filter(Boolean)
  return parts.length ? ` (${parts.join(', ')})` : ''
}

export function describeData(data: readonly DataJson[]): string {
  if (data.length === 0) return 'no list data'
  return data
    .map(
      (d) =>
        `${d.source} published ${d.published ?? 'on an unknown date'}${d.ageDays === null ? '' : ` (${d.ageDays} days old)`}`,
    )
    .join('; ')
}

function describeWhy(e: ScreenJson['matches'][number]['explanation']): string {
  const tokens = e.tokens
    .map((t) => (t.query === t.listed ? t.listed : `${t.query}~${t.listed} ${t.similarity.toFixed(2)}`))
    .join(', ')
  const adjustments = e.adjustments.map((a) => a.text).join('; ')
  return [`${e.method} name match ${e.nameScore.toFixed(2)}`, tokens && `tokens ${tokens}`, adjustments]
    .filter(Boolean)
    .join('; ')
}
