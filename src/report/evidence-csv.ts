import { csvLine } from '../text/csv.js'
import type { AlertEvidence, ChainStatus, EvidenceReport, ReportMeta } from './model.js'

/** Long format: one fact per line, so any spreadsheet or script can filter by alert, section and field. */
export const EVIDENCE_CSV_HEADER = 'alert_id,section,item,field,value'

type Value = string | number | boolean | null | undefined | readonly string[]
type Emit = (section: string, item: string, facts: Record<string, Value>) => void

export function evidenceCsv(report: EvidenceReport): string {
  const lines = [EVIDENCE_CSV_HEADER]
  const emitFor =
    (alertId: string): Emit =>
    (section, item, facts) => {
      for (const [field, value] of Object.entries(facts))
        lines.push(csvLine([alertId, section, item, field, cell(value)]))
    }
  const top = emitFor('')
  metaFacts(top, report.kind, report.meta)
  const { subject } = report
  top('subject', '', {
    counterparty_id: subject.counterpartyId,
    key: subject.key,
    name: subject.query.name,
    type: subject.query.type,
    country: subject.query.country,
    dob: subject.query.dob,
  })
  chainFacts(top, report.chain)
  for (const s of report.screenings ?? [])
    top('screening', s.recordId, {
      at: s.at,
      caller: s.caller,
      name: s.name,
      matches: s.matchCount,
      data: s.data,
      result_hash: s.resultHash,
    })
  for (const a of report.alerts) alertFacts(emitFor(a.alert.id), a)
  return `${lines.join('\n')}\n`
}

export function metaFacts(emit: Emit, kind: string, meta: ReportMeta): void {
  emit('report', '', {
    kind,
    schema: meta.schema,
    generated_at: meta.generatedAt,
    generated_by: meta.generatedBy,
    engine: meta.engine,
  })
}

export function chainFacts(emit: Emit, chain: ChainStatus): void {
  emit(
    'audit_chain',
    '',
    chain.ok
      ? { verifies: true, entries: chain.entries, last_seq: chain.lastSeq, last_hash: chain.lastHash }
      : { verifies: false, entries: chain.entries, first_bad: chain.firstBad, problem: chain.problem },
  )
}

function alertFacts(emit: Emit, e: AlertEvidence): void {
  const a = e.alert
  emit('alert', '', {
    kind: a.kind,
    status: a.status,
    created_at: a.createdAt,
    list: a.list,
    entity_id: a.entityId,
    entity_name: a.entityName,
    matched_name: a.matchedName,
    score: a.score,
    assignee: a.assignee,
    decision: a.decision,
    decision_reason: a.decisionReason,
    decided_by: a.decidedBy,
    decided_at: a.decidedAt,
    confirmed_by: a.confirmedBy,
    confirmed_at: a.confirmedAt,
    note: a.note,
    rule_id: a.ruleId,
  })
  const s = e.screening
  if (s)
    emit('screening', s.recordId, {
      at: s.at,
      caller: s.caller,
      name: s.query.name,
      type: s.query.type,
      country: s.query.country,
      dob: s.query.dob,
      engine: s.engine,
      matcher: s.matcher,
      threshold: s.threshold,
      lists: s.options.lists ?? [],
      result_hash: s.resultHash,
      match_count: s.matchCount,
    })
  const m = e.match
  if (m) {
    const x = m.explanation
    emit('match', '', {
      matched_name: m.matchedName,
      score: m.score,
      method: x.method,
      normalised_query: x.normalisedQuery,
      normalised_name: x.normalisedName,
      name_score: x.nameScore,
    })
    x.tokens.forEach((t, i) => {
      emit('token', String(i + 1), {
        query: t.query,
        listed: t.listed,
        similarity: t.similarity,
        weight: t.weight,
      })
    })
    x.adjustments.forEach((j, i) => {
      emit('adjustment', String(i + 1), { code: j.code, effect: j.effect, text: j.text })
    })
  }
  const n = e.entry
  if (n)
    emit('entry', n.entityId, {
      version_id: n.versionId,
      list: n.list,
      type: n.type,
      name: n.name,
      aliases: n.aliases,
      countries: n.countries,
      addresses: n.addresses,
      identifiers: n.identifiers,
      birth_dates: n.birthDates,
      programs: n.programs,
      licence_requirement: n.licenseRequirement,
      licence_policy: n.licensePolicy,
      federal_register: n.federalRegister,
      source_url: n.sourceUrl,
    })
  for (const v of e.versions)
    emit('data_version', v.versionId, {
      source: v.source,
      published: v.published,
      retrieved: v.retrieved,
      content_hash: v.contentHash,
      records: v.records,
    })
  for (const r of e.rules)
    emit('allow_rule', r.id, {
      status: r.status,
      created_by: r.createdBy,
      created_at: r.createdAt,
      reason: r.reason,
      expires_at: r.expiresAt,
      ended_at: r.endedAt,
      end_reason: r.endReason,
    })
  e.trail.forEach((t, i) => {
    emit('trail', String(i + 1), {
      at: t.at,
      actor: t.actor,
      action: t.action,
      text: t.text,
      audit_seq: t.audit?.seq,
      audit_hash: t.audit?.hash,
    })
  })
}

function cell(v: Value): string {
  if (v === null || v === undefined) return ''
  if (Array.isArray(v)) return v.join('; ')
  return String(v)
}
