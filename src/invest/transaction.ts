import { withVerify } from './covered-person.js'
import type { InvestmentInput } from './input.js'
import type { InvestRules } from './program-data.js'
import type { Question, Reason, RuleNote } from './types.js'

export interface TransactionClass {
  outcome: 'covered' | 'excepted' | 'not-covered' | undefined
  reasons: Reason[]
  questions: Question[]
  rules: RuleNote[]
}

const COVERED: Record<string, [paragraph: string, what: string]> = {
  equity: ['(a)(1)', 'an acquisition of an equity or contingent equity interest'],
  convertible: ['(a)(2)', 'debt financing convertible into, or with rights to, equity'],
  greenfield: [
    '(a)(4)',
    'a greenfield or brownfield investment establishing a covered foreign person or covered activity',
  ],
  jv: [
    '(a)(5)',
    'a joint venture with a person of a country of concern that will engage in a covered activity',
  ],
  lp: [
    '(a)(6)',
    'a limited-partner investment in a non-U.S. pooled fund likely to invest in a covered foreign person',
  ],
}

const EXCEPTIONS: Record<string, string> = {
  buyout: 'the acquisition of all interests held by persons of a country of concern',
  intracompany: 'an intracompany transaction with a controlled foreign entity',
  'binding-commitment':
    'the fulfilment of a binding, uncalled capital commitment entered into before 2025-01-02',
  'syndicated-debt': 'an interest acquired by a lender in a syndicated debt financing on default',
  'employee-compensation': 'equity received as employee compensation',
  'third-country': 'a transaction with a person of a designated third country with equivalent measures',
}

/** Which kind of transaction this is under §850.210, and whether a §850.501 exception or §850.502 exemption applies. */
export function classifyTransaction(input: InvestmentInput, rules: InvestRules): TransactionClass {
  const out: TransactionClass = { outcome: undefined, reasons: [], questions: [], rules: [] }
  const type = input.type
  if (type === undefined) {
    out.questions.push({
      field: 'type',
      question: 'What kind of transaction is it?',
      options: ['equity', 'convertible', 'greenfield', 'jv', 'lp', 'public-security', 'debt'],
    })
    return out
  }
  const excepted = (code: string, citation: string, text: string, extra: { verify?: string } = {}) => {
    out.outcome = 'excepted'
    out.reasons.push({ code, citation, text, ...extra })
    return out
  }
  if (type === 'debt') {
    out.outcome = 'not-covered'
    out.reasons.push({
      code: 'NOT_A_COVERED_TRANSACTION',
      citation: '31 CFR 850.210',
      text: 'straight debt, neither convertible into equity nor carrying equity-like rights, is not a covered transaction',
    })
    return out
  }
  if (type === 'public-security')
    return excepted(
      'EXCEPTED_PUBLIC_SECURITY',
      '31 CFR 850.501(a)(1)(i)',
      'an investment in a publicly traded security (any exchange or over the counter, including index funds, mutual funds and ETFs) is an excepted transaction',
      { verify: '[verify] §850.501 paragraph numbers (regs.md §4.3)' },
    )
  if (type === 'lp') {
    const lp = rules.lpThreshold
    if (input.lpAssurance)
      return excepted(
        'EXCEPTED_LP_ASSURANCE',
        lp.citation,
        'an LP investment with a binding contractual assurance that the capital will not be used for prohibited or notifiable transactions',
        withVerify(lp),
      )
    if (input.amount === undefined) {
      out.questions.push({
        field: 'amount',
        question: `How much is the LP commitment in USD (aggregated across the fund's vehicles)? At or below $${lp.usd.toLocaleString('en')} it is excepted.`,
      })
      return out
    }
    out.rules.push(lp)
    if (input.amount <= lp.usd)
      return excepted(
        'EXCEPTED_LP_SMALL',
        lp.citation,
        `an LP investment of $${input.amount.toLocaleString('en')}, at or below $${lp.usd.toLocaleString('en')} in aggregate`,
        withVerify(lp),
      )
  }
  const [paragraph, what] = COVERED[type]!
  out.outcome = 'covered'
  out.reasons.push({
    code: 'COVERED_TRANSACTION',
    citation: `31 CFR 850.210${paragraph}`,
    text: `${what}${type === 'lp' && input.amount !== undefined ? ` ($${input.amount.toLocaleString('en')}, above the excepted amount)` : ''}`,
    ...(type === 'jv'
      ? {}
      : { verify: '[verify] §850.210 paragraph number (the JV paragraph (a)(5) is confirmed by §850.217)' }),
  })
  for (const code of input.exceptions ?? []) {
    if (code === 'national-interest')
      return excepted(
        'NATIONAL_INTEREST_EXEMPTION',
        '31 CFR 850.502',
        'the transaction has a national interest exemption from the Secretary of the Treasury (the user says so)',
        { verify: '[verify] §850.502 (regs.md §4.3)' },
      )
    return excepted(
      `EXCEPTED_${code.toUpperCase().replace(/-/g, '_')}`,
      '31 CFR 850.501',
      `${EXCEPTIONS[code]} (the user says so)`,
      { verify: '[verify] §850.501 list (regs.md §4.3, §6 item 3)' },
    )
  }
  return out
}
