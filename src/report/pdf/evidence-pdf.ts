import type { AlertEvidence, ChainStatus, EvidenceReport, ReportMeta } from '../model.js'
import type { FontSet } from './fonts.js'
import { PdfWriter } from './pdf-writer.js'

/** The evidence report as an auditor reads it: subject, then per alert the answer, the entry and the trail. */
export function evidencePdf(report: EvidenceReport, fonts: FontSet): Promise<Buffer> {
  const { subject } = report
  const title =
    report.kind === 'alert'
      ? `Evidence report: alert ${report.alerts[0]?.alert.id ?? ''}`
      : `Evidence report: counterparty ${subject.counterpartyId ?? subject.query.name}`
  const w = new PdfWriter(fonts, { title, createdAt: new Date(report.meta.generatedAt) })
  w.heading(title, 1)
  header(w, report.meta, report.chain)
  w.heading('Counterparty', 2)
  w.keyValues([
    ['Counterparty id', subject.counterpartyId],
    [
      'Names screened',
      [...new Set(report.alerts.map((a) => a.screening?.query.name ?? subject.query.name))].join('; '),
    ],
    ['Type', subject.query.type],
    ['Country', subject.query.country],
    ['Date of birth', subject.query.dob],
    ['Subject key', subject.key],
    ['Alerts in this report', report.alerts.length],
    ['Screenings recorded', report.screenings?.length],
  ])
  if (report.screenings?.length) {
    w.heading('Screenings', 2)
    w.table(
      ['When', 'Who', 'Name screened', 'Answer', 'Data (record id)'],
      [0.14, 0.1, 0.22, 0.12, 0.42],
      report.screenings.map((s) => [
        when(s.at),
        s.caller,
        s.name,
        s.matchCount === 0 ? 'clear' : `${s.matchCount} match${s.matchCount === 1 ? '' : 'es'}`,
        `${s.data.join('; ')}; record ${s.recordId}`,
      ]),
    )
  }
  for (const a of report.alerts) alertSection(w, a, report.kind === 'counterparty')
  return finish(w, 'tradecontrols evidence report')
}

export function header(w: PdfWriter, meta: ReportMeta, chain: ChainStatus): void {
  w.para(`Generated ${meta.generatedAt} by ${meta.generatedBy} with tradecontrols ${meta.engine}`, {
    grey: true,
  })
  w.para(
    chain.ok
      ? `Audit log verifies: ${chain.entries} entries checked, last entry #${chain.lastSeq}, hash ${chain.lastHash}`
      : `AUDIT LOG DOES NOT VERIFY: first bad entry #${chain.firstBad}: ${chain.problem}`,
    { bold: !chain.ok },
  )
}

export async function finish(w: PdfWriter, footer: string): Promise<Buffer> {
  if (w.transliterated)
    w.para(
      '† Shown transliterated into Latin letters: no font for this script was available when the report ' +
        'was made. The JSON and CSV exports carry the original text.',
      { grey: true },
    )
  return w.finish(footer)
}

function alertSection(w: PdfWriter, e: AlertEvidence, many: boolean): void {
  const a = e.alert
  w.heading(many ? `Alert ${a.id}: ${a.list} ${a.entityName}` : 'Alert', 2)
  w.keyValues([
    ['Alert id', a.id],
    ['Kind / status', `${a.kind} / ${a.status}`],
    ['Raised', when(a.createdAt)],
    ['Listed entry', `${a.entityName} [${a.entityId}] on ${a.list}`],
    ['Matched name', a.matchedName],
    ['Score', a.score],
    ['Assignee', a.assignee],
    ['Decision', a.decision ? `${a.decision} by ${a.decidedBy} at ${a.decidedAt}` : 'none (undecided)'],
    ['Reason', a.decisionReason],
    ['Confirmed', a.confirmedBy ? `by ${a.confirmedBy} at ${a.confirmedAt}` : undefined],
    ['Note', a.note],
  ])
  const s = e.screening
  w.heading('Query and answer', 3)
  if (!s) w.para('No recorded answer is linked to this alert.', { grey: true })
  else
    w.keyValues([
      ['Record id', s.recordId],
      ['Screened', `${s.at} by ${s.caller}`],
      ['Name', s.query.name],
      ['Type', s.query.type],
      ['Country', s.query.country],
      ['Date of birth', s.query.dob],
      ['Threshold', s.threshold],
      ['Lists', s.options.lists?.join(', ') ?? 'all'],
      ['Engine / matcher', `tradecontrols ${s.engine ?? '?'} / ${s.matcher ?? '?'}`],
      ['Matches in answer', s.matchCount],
      ['Answer hash (sha256)', s.resultHash],
    ])
  matchSection(w, e)
  entrySection(w, e)
  w.heading('Data versions used', 3)
  w.table(
    ['Source', 'Published', 'Retrieved', 'Records', 'Version id / content hash (sha256)'],
    [0.12, 0.13, 0.14, 0.09, 0.52],
    e.versions.map((v) => [
      v.source,
      v.published ?? '?',
      v.retrieved ? when(v.retrieved) : '?',
      v.records === null ? '?' : String(v.records),
      `${v.versionId} ${v.contentHash}`,
    ]),
  )
  w.heading('Decision trail', 3)
  w.table(
    ['When', 'Who', 'What', 'Audit entry'],
    [0.14, 0.12, 0.52, 0.22],
    e.trail.map((t) => [
      when(t.at),
      t.actor,
      t.text,
      t.audit ? `#${t.audit.seq} ${t.audit.hash.slice(0, 12)}` : '(alert history)',
    ]),
  )
}

function matchSection(w: PdfWriter, e: AlertEvidence): void {
  const m = e.match
  if (!m) return
  const x = m.explanation
  w.heading('Why it matched', 3)
  w.keyValues([
    ['Matched name', m.matchedName],
    ['Method', x.method],
    ['Compared', `"${x.normalisedQuery}" with "${x.normalisedName}"`],
    ['Name score', x.nameScore],
    ['Final score', m.score],
  ])
  if (x.tokens.length)
    w.table(
      ['Query token', 'Listed token', 'Similarity', 'Weight'],
      [0.3, 0.3, 0.2, 0.2],
      x.tokens.map((t) => [t.query, t.listed, String(t.similarity), String(t.weight)]),
    )
  if (x.adjustments.length)
    w.table(
      ['Adjustment', 'Effect', 'Why'],
      [0.2, 0.12, 0.68],
      x.adjustments.map((j) => [j.code, String(j.effect), j.text]),
    )
}

function entrySection(w: PdfWriter, e: AlertEvidence): void {
  const n = e.entry
  const m = e.match
  w.heading('Listed entry (as in the version used)', 3)
  if (!n && !m) {
    w.para('The listed entry is not in the stored versions.', { grey: true })
    return
  }
  const list = (xs: readonly string[] | undefined) => (xs?.length ? xs.join('; ') : undefined)
  w.keyValues([
    ['Entry', n ? `${n.name} [${n.entityId}]` : `${m!.name} [${m!.entityId}]`],
    ['List', n?.list ?? m?.source],
    ['Type', n?.type ?? m?.type],
    ['Aliases', list(n?.aliases)],
    ['Countries', list(n?.countries ?? m?.countries)],
    ['Addresses', list(n?.addresses)],
    ['Identifiers', list(n?.identifiers)],
    ['Birth dates', list(n?.birthDates)],
    ['Programs', list(n?.programs ?? m?.programs)],
    ['Licence requirement', n?.licenseRequirement ?? m?.licenseRequirement],
    ['Licence policy', n?.licensePolicy ?? m?.licensePolicy],
    ['Federal Register', list(n?.federalRegister ?? m?.federalRegister)],
    ['Source', n?.sourceUrl ?? m?.sourceUrl],
    ['Version id', n?.versionId],
  ])
  for (const r of e.rules)
    w.para(
      `Allow rule ${r.id}: ${r.status}; made by ${r.createdBy} at ${r.createdAt}${r.expiresAt ? `, until ${r.expiresAt}` : ''}` +
        `${r.endedAt ? `; ended ${r.endedAt}: ${r.endReason ?? ''}` : ''}. Reason: ${r.reason}`,
    )
}

/** ISO date-time in two wrappable parts, "2026-03-03 09:00:00Z": fits a narrow column on two lines. */
export const when = (iso: string): string => iso.replace('T', ' ').replace(/\.\d{3}Z$/, 'Z')
