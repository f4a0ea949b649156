/**
 * Reads the License Requirements table of every CCL entry (Supp. No. 1 to 15 CFR Part 774) into rules.
 * Every row it cannot read is reported in the entry's `unread` (and the determination asks about it)
 * instead of being guessed; entries without a table are classed (ITAR pointer, § 738.3(a)(1), AT-only, unread).
 */
import type { DestinationRule } from './ccl-destination.js'
import { parseRow, splitPairs } from './ccl-row.js'
import { type CclEntry, type CclRule, type ControlReason, REASON_CITATION } from './ccl-rule.js'
import { ENTIRE } from './ccl-scope.js'
import type { RawCclEntry, RawCountryChart } from './raw-types.js'

type Lookup = (name: string) => string | undefined

function allDestinationsKind(eccn: string, chart: RawCountryChart): CclEntry['allDestinations'] {
  const first = (s: string) => s.split(/[\s(]/)[0]
  const all = chart.allDestinationsEntries
  if (all.noLicenceExceptions.some((e) => first(e) === eccn)) return 'no-exceptions'
  if (all.govOnly.entries.some((e) => first(e) === eccn)) return 'gov-only'
  return undefined
}

export function parseCclEntry(raw: RawCclEntry, chart: RawCountryChart, lookup: Lookup): CclEntry {
  const entry: CclEntry = {
    eccn: raw.eccn,
    heading: raw.heading,
    productGroup: raw.productGroup,
    kind: 'rules',
    rules: [],
    unread: [],
    flags: raw.licenceExceptionFlags,
    staConditions: raw.staSpecialConditions,
  }
  const all = allDestinationsKind(raw.eccn, chart)
  if (all) entry.allDestinations = all
  raw.countryChart.forEach((row, index) => {
    for (const [control, text] of splitPairs(row.control, row.countryChart)) {
      const rule = parseRow(raw.eccn, index, control, text, lookup)
      if (typeof rule === 'string')
        entry.unread.push({
          eccn: raw.eccn,
          index,
          control: row.control,
          countryChart: row.countryChart,
          problem: rule,
        })
      else entry.rules.push(rule)
    }
  })
  if (raw.countryChart.length > 0) return entry
  const reasons = (raw.reasonForControl ?? '').split(/[,\s]+/).filter(Boolean)
  if (/\((?:These items are|This entry is) “subject to the ITAR/i.test(raw.heading)) entry.kind = 'itar'
  else if (all && reasons[0])
    entry.rules.push(synthetic(raw.eccn, reasons[0] as ControlReason, '738.3(a)(1)'))
  else if (raw.reasonForControl?.trim() === 'AT')
    entry.rules.push(synthetic(raw.eccn, 'AT', 'reason-for-control'))
  else {
    entry.kind = 'unread'
    const problem = 'no License Requirements rows in the data'
    entry.unread.push({
      eccn: raw.eccn,
      index: -1,
      control: raw.reasonForControl ?? '',
      countryChart: '',
      problem,
    })
  }
  return entry
}

/**
 * Rules not read from a row: § 738.3(a)(1) entries need a licence to every destination; an entry whose only
 * reason is AT but whose table the source lost is read as "AT Column 1" (no Chart X anywhere; AT licences
 * bite through Part 746 and §§ 742.8, 742.9, 742.19, which the embargo step applies). Both are counted apart.
 */
function synthetic(eccn: string, reason: ControlReason, source: CclRule['source']): CclRule {
  const destination: DestinationRule =
    source === '738.3(a)(1)'
      ? { kind: 'worldwide', except: [], aiDiffusion: false }
      : { kind: 'column', column: 'AT 1' }
  const citation = source === '738.3(a)(1)' ? '15 CFR 738.3(a)(1)' : REASON_CITATION[reason]
  const chart =
    source === '738.3(a)(1)'
      ? 'All destinations (15 CFR 738.3(a)(1))'
      : 'AT Column 1 (from Reason for Control)'
  return {
    index: -1,
    reason,
    scope: ENTIRE,
    destination,
    citation,
    control: `${reason} applies to entire entry (${eccn})`,
    chart,
    source,
  }
}
