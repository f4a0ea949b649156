/**
 * Step: licence-exception candidates (Part 740). Only offered when every licence requirement can be
 * overcome: CCL requirements by the list-based and general exceptions whose country-group and reason
 * conditions hold; Part 744/746 requirements only by the exceptions they name; none at all where § 740.2 or
 * § 744.15 bars them. Candidates are never applied: each comes with the conditions the exporter must confirm.
 */
import type { Context, Requirement } from './context.js'
import { flagAllows } from './exception-flags.js'
import type { LicenseExceptionCandidate } from './types.js'

const STEP = 'exceptions' as const

/** What the exporter must confirm for the general exceptions (Part 740). */
const GENERAL: Record<string, string> = {
  TMP: 'Temporary export (tools of trade, exhibition, demonstration) returned within one year (§ 740.9).',
  RPL: 'One-for-one replacement parts or servicing of equipment exported earlier (§ 740.10).',
  BAG: "A traveller's personal baggage or tools of trade (§ 740.14).",
  GOV: 'Consignee is a government or international organisation eligible under § 740.11 (e.g. an agency of the U.S. Government).',
  TSU: 'Operation or sales technology, software updates or mass-market software within § 740.13.',
  AVS: 'Aircraft, vessels or spacecraft and their equipment within § 740.15.',
  SPP: 'EAR99 item; no Part 744 end-use or end-user licence requirement applies (§ 740.5).',
  CCD: 'Consumer communications devices listed in § 740.19, not to restricted parties.',
  AGR: 'Agricultural commodities (EAR99) with the prior notification § 740.18 requires.',
  GFT: 'Gift parcels or humanitarian donations within the limits of § 740.12.',
  SCP: 'Support for the Cuban people within § 740.21.',
}
const MT_ALLOWED = ['TMP', 'RPL', 'GOV', 'TSU', 'AVS']
const AC_ALLOWED = ['NAC', 'ACA', 'HBM', 'TSU', 'GOV']

const isAdvancedComputingRow = (r: Requirement) =>
  /742\.6\(a\)\(6\)|742\.6\(a\)\(13\)/.test(r.rule?.citation ?? '')

function listBased(ctx: Context, ccl: readonly Requirement[]): Map<string, string[]> {
  const out = new Map<string, string[]>()
  if (ctx.item.kind !== 'eccn') return out
  const { entry, paragraph, eccn } = ctx.item
  const flags = entry.flags
  const reasons = new Set(ccl.map((r) => r.reason ?? ''))
  const g = ctx.dest.groups
  const only = (...allowed: string[]) => [...reasons].every((r) => allowed.includes(r))
  /** The ECCN's own field for the exception: absent → undefined; "no" for this paragraph → false. */
  const field = (symbol: string): string[] | false | undefined => {
    const text = flags[symbol]
    if (text === undefined) return undefined
    const verdict = flagAllows(text, eccn, paragraph, g)
    if (verdict === 'no') return false
    return verdict === 'maybe' || text.trim().length > 4 ? [`ECCN ${eccn} says: ${text.trim()}`] : []
  }
  const lvs = field('LVS')
  if (lvs && g.has('B'))
    out.set('LVS', [
      'Net value per shipment within the ECCN’s LVS limit; no splitting of orders (§ 740.3).',
      ...lvs,
    ])
  const gbs = field('GBS')
  if (gbs && g.has('B') && only('NS')) out.set('GBS', ['Destination in Country Group B (§ 740.4).', ...gbs])
  const tsr = field('TSR')
  if (tsr && /[DE]/.test(entry.productGroup) && g.has('B') && only('NS'))
    out.set('TSR', ['Written assurance from the consignee before export (§ 740.6(a)).', ...tsr])
  const enc = field('ENC')
  if (enc && !g.has('E:1') && !g.has('E:2') && only('NS', 'EI'))
    out.set('ENC', [
      'Classification or self-classification and reporting as § 740.17(b) requires; limits for government end users.',
      ...enc,
    ])
  const sta = field('STA')
  const staOk = (g.has('A:5') && only('NS', 'CB', 'NP', 'RS', 'CC', 'SI')) || (g.has('A:6') && only('NS'))
  if (staOk && sta !== false) {
    const c = ['Prior consignee statement and notifications of § 740.20(d).', ...(sta ?? [])]
    if (ctx.dest.code === 'AE') c.push('UAE: only entities in Supp. No. 8 to Part 740 (§ 740.2(a)(26)).')
    out.set('STA', c)
  }
  const iec = field('IEC')
  if (iec) out.set('IEC', ['Destination with equivalent controls eligible under § 740.24.', ...iec])
  if (ccl.some(isAdvancedComputingRow)) {
    const mo5 = ctx.dest.code === 'MO' || g.has('D:5')
    if (mo5)
      out.set('NAC', [
        'Prior notification to BIS and its clearance before export (§ 740.8) [verify current text].',
      ])
    else if (g.has('D:1') || g.has('D:4'))
      out.set('ACA', [
        'Items and parties within § 740.8 (Advanced Computing Authorized) [verify current text].',
      ])
    const hbm = field('HBM')
    if (hbm) out.set('HBM', ['High-bandwidth memory within § 740.25.', ...hbm])
    if (ctx.dated.get('ai-diffusion')?.applied)
      for (const s of ['AIA', 'ACM', 'LPP']) {
        const f = field(s)
        if (f) out.set(s, ['AI Diffusion Rule exception; its conditions apply as written.', ...f])
      }
  }
  // General exceptions, by the kind of item they are written for.
  const group = entry.productGroup
  if (/[AB]/.test(group)) for (const s of ['TMP', 'RPL']) out.set(s, [GENERAL[s] ?? ''])
  if (group === 'A') out.set('BAG', [GENERAL.BAG ?? ''])
  out.set('GOV', [GENERAL.GOV ?? ''])
  if (/[DE]/.test(group)) out.set('TSU', [GENERAL.TSU ?? ''])
  // § 740.2 restrictions that narrow what the CCL requirements admit.
  const keep = (allowed: readonly string[]) => {
    for (const s of [...out.keys()]) if (!allowed.includes(s)) out.delete(s)
  }
  if (reasons.has('MT')) keep(MT_ALLOWED)
  if (reasons.has('SL')) keep(['GOV'])
  if (ccl.some(isAdvancedComputingRow)) keep(AC_ALLOWED.concat(['AIA', 'ACM', 'LPP']))
  if (entry.allDestinations === 'no-exceptions') keep([])
  if (entry.allDestinations === 'gov-only') keep(['GOV'])
  if ((/^\d[A-E]515$/.test(eccn) || /^\d[A-E]6\d\d$/.test(eccn)) && g.has('D:5')) keep([])
  return out
}

export function exceptionsStep(ctx: Context): LicenseExceptionCandidate[] {
  const reqs = ctx.requirements
  if (reqs.length === 0 || ctx.reasons.some((r) => r.effect === 'prohibited')) return []
  const note = (code: string, citation: string, text: string) =>
    ctx.reasons.push({ step: STEP, code, citation, text, effect: 'info' })
  if (ctx.bars.length > 0) {
    for (const b of ctx.bars) note('LE_BARRED', b.citation, `No licence exception may be used: ${b.text}.`)
    return []
  }
  const ccl = reqs.filter((r) => r.origin === 'ccl')
  const others = reqs.filter((r) => r.origin !== 'ccl')
  let candidates: Map<string, string[]>
  if (ccl.length > 0) candidates = listBased(ctx, ccl)
  else candidates = new Map((others[0]?.allowedExceptions ?? []).map((s) => [s, [GENERAL[s] ?? `See ${s}.`]]))
  for (const r of others) {
    const allowed = r.allowedExceptions ?? []
    for (const s of [...candidates.keys()]) if (!allowed.includes(s)) candidates.delete(s)
  }
  if (candidates.size === 0) {
    const why =
      others.length > 0
        ? ` (${[...new Set(others.map((r) => r.code))].join(', ')} allow none that fits this item)`
        : ''
    note(
      'LE_NONE',
      '15 CFR 740.2',
      `No licence exception can overcome every licence requirement${why}: apply for a licence.`,
    )
    return []
  }
  const out: LicenseExceptionCandidate[] = []
  for (const [symbol, conditions] of candidates) {
    const citation = ctx.tables.exceptions.get(symbol)?.citation ?? 'Part 740'
    out.push({ symbol, citation, conditions: conditions.filter(Boolean) })
  }
  note(
    'LE_CANDIDATES',
    '15 CFR 740.1; 15 CFR 740.2',
    `Licence exceptions that may overcome every requirement if their conditions are met: ${out.map((c) => c.symbol).join(', ')}. Each X must be overcome (§ 738.4(a)(2)); § 740.2 restrictions were checked.`,
  )
  return out
}
