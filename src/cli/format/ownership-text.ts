import type { Holding } from '../../ownership/explain.js'
import type { OwnedByResult } from '../../ownership/ownership-index.js'

/** "Owned by ..." as lines: each rule's finding with its arithmetic tree and paths, then cautions and data issues. */
export function formatOwnedBy(r: OwnedByResult): string[] {
  const lines: string[] = []
  const who = r.name ?? r.party
  if (!r.node) return [`Ownership: no records for "${r.party}" in the ownership data as of ${r.asOf}`]
  if (r.listed)
    lines.push(`${who} is itself listed (${r.listed.lists.join('/')}; ${r.listed.entityIds.join(', ')})`)
  if (!r.findings.length && !r.listed)
    lines.push(`Ownership as of ${r.asOf}: ${who} is not 50 % or more owned by listed parties`)
  for (const f of r.findings) {
    lines.push(
      `${f.applies ? 'OWNED BY LISTED PARTIES' : 'Owned by listed parties (rule not applied)'} - ${f.rule.name} [${f.rule.citation}]`,
    )
    lines.push(`  ${f.text}`)
    lines.push(...tree(f.explanation.holdings, '    '))
    for (const p of f.explanation.paths.slice(0, 10)) {
      const steps = p.names.map((n, i) => (i < p.percents.length ? `${n} -${p.percents[i] ?? '?'} %->` : n))
      lines.push(
        `    path: ${steps.join(' ')}${p.lookThrough === null ? '' : ` (look-through ${p.lookThrough} %)`}`,
      )
    }
    if (f.explanation.paths.length > 10 || f.explanation.pathsTruncated)
      lines.push('    (more paths not shown)')
    if (!f.status.verified) lines.push(`  [verify] ${f.status.text}`)
  }
  for (const c of r.cautions) lines.push(`caution: ${c}`)
  for (const i of r.issues) lines.push(`data issue (${i.code}): ${i.message}`)
  return lines
}

function tree(holdings: readonly Holding[], indent: string): string[] {
  return holdings.flatMap((h) => {
    if (h.more) return [`${indent}... and ${h.more} more holders`]
    const share = h.percent === null ? 'unknown share' : `${h.percent} %`
    const how = h.caught === 'listed' ? 'listed' : `caught: ${h.ownerTotal} % held by listed or caught owners`
    return [`${indent}${share}  ${h.name} (${how})`, ...tree(h.via ?? [], `${indent}  `)]
  })
}
