/**
 * Step: the CCL × Commerce Country Chart (General Prohibition 1, 15 CFR 738.4). For each License
 * Requirements rule of the ECCN: does its scope cover the item's paragraph, and does its destination rule
 * reach the destination? Each "yes" is a separate licence requirement with its reason for control; an
 * undecidable scope is a question (`row:<ECCN>:<row>`), never an assumption.
 */
import type { CclRule } from './ccl-rule.js'
import { covers, type Scope } from './ccl-scope.js'
import { footnoteRules } from './chart-footnotes.js'
import { add, ask, type Context, destLabel, requireLicence } from './context.js'
import { reaches } from './destination-rule.js'

const STEP = 'ccl' as const

function effectiveScope(rule: CclRule): Scope {
  if (rule.onlyParagraphs)
    return { kind: 'paragraphs', include: rule.onlyParagraphs, except: rule.exceptParagraphs ?? [] }
  if (rule.exceptParagraphs && rule.scope.kind === 'paragraphs')
    return { ...rule.scope, except: [...rule.scope.except, ...rule.exceptParagraphs] }
  return rule.scope
}

export function cclStep(ctx: Context): void {
  const item = ctx.item
  if (item.kind === 'ear99') {
    add(ctx, STEP, {
      code: 'CCL_EAR99',
      citation: '15 CFR 734.3(c); 15 CFR 732.3(b)(3)',
      text: 'EAR99: the item is subject to the EAR but on no CCL entry, so the Country Chart requires no licence; only Parts 744 and 746 can.',
      effect: 'clear',
    })
    return
  }
  const entry = item.entry
  const label = [entry.eccn, ...item.paragraph].join('.')
  if (entry.kind === 'unread') {
    const what = `The License Requirements of ${entry.eccn} are not in the bundled data; read the entry.`
    askUnread(ctx, `row:${entry.eccn}:entry`, what, `${entry.eccn}: licence required (answered).`)
    return
  }
  if (!ctx.dest.row) {
    add(ctx, STEP, {
      code: 'CCL_NO_CHART_ROW',
      citation: '15 CFR 738.3; Supp. No. 1 to Part 738',
      text: `${ctx.dest.chartRow} has no Country Chart marks; its row points to Part 746 (${ctx.dest.embargoPointer ?? ''}).`,
      effect: 'info',
    })
    return
  }
  const clear: string[] = []
  const rules = [...entry.rules, ...footnoteRules(ctx, entry.eccn)]
  for (const rule of rules) {
    const dest = reaches(ctx, rule)
    const scope = covers(effectiveScope(rule), item.paragraph)
    if (scope === 'no') continue
    if (!dest.reaches) {
      clear.push(dest.label)
      continue
    }
    if (scope === 'unknown') {
      const a = ask(ctx, STEP, {
        id: `row:${entry.eccn}:${rule.index}`,
        code: 'CCL_SCOPE',
        citation: rule.citation,
        text: `Is the item (${label}) within "${rule.control.trim()}"? If so, ${rule.reason} requires a licence to ${destLabel(ctx)} (${dest.label}).`,
      })
      if (a !== 'yes') continue
    }
    requireLicence(
      ctx,
      STEP,
      {
        code: `CCL_${rule.reason}`,
        citation: rule.citation,
        text: `${label}: ${rule.reason} control — ${dest.label}: licence required to ${destLabel(ctx)} (${rule.control.trim()}).`,
      },
      { origin: 'ccl', code: `CCL_${rule.reason}`, reason: rule.reason, rule },
    )
  }
  for (const u of entry.unread) {
    const what = `Row ${u.index + 1} of ${entry.eccn} could not be read ("${u.control}" / "${u.countryChart}").`
    askUnread(
      ctx,
      `row:${entry.eccn}:${u.index}`,
      what,
      `${entry.eccn} row ${u.index + 1}: licence required (answered).`,
    )
  }
  if (clear.length > 0)
    add(ctx, STEP, {
      code: 'CCL_NO_X',
      citation: '15 CFR 738.4(a)(2)',
      text: `${label}: no licence for ${[...new Set(clear)].join(', ')} to ${destLabel(ctx)}. No X means no licence for that reason only if GP4–GP10 do not apply (§ 738.4(a)(2)(ii)(B)).`,
      effect: 'clear',
    })
}

/** A table or row the parser could not read: ask, and require a licence only when told it does. */
function askUnread(ctx: Context, id: string, what: string, licensed: string): void {
  const citation = 'Supp. No. 1 to Part 774'
  const text = `${what} Does it require a licence to ${destLabel(ctx)}?`
  if (ask(ctx, STEP, { id, code: 'CCL_UNREAD', citation, text }) !== 'yes') return
  requireLicence(
    ctx,
    STEP,
    { code: 'CCL_UNREAD', citation, text: licensed },
    { origin: 'ccl', code: 'CCL_UNREAD' },
  )
}
