import type { Determination, Reason } from '../../../src/ear/types.js'

const VERDICT: Record<Determination['decision'], { label: string; tone: string }> = {
  NLR: { label: 'No licence required (NLR)', tone: 'clear' },
  LICENSE_REQUIRED: { label: 'Licence required', tone: 'hit' },
  PROHIBITED: { label: 'Prohibited', tone: 'hit' },
  INCOMPLETE: { label: 'Incomplete: answer the questions below', tone: 'warn' },
}

const EFFECT: Record<Reason['effect'], string> = {
  prohibited: 'prohibits',
  license: 'licence',
  question: 'question',
  condition: 'condition',
  clear: 'clear',
  info: 'note',
}

/** The answer: the decision, every reason with its citation, open questions, licence exceptions, parties. */
export function DeterminationView({
  d,
  onAnswer,
}: {
  d: Determination & { recordId?: string }
  onAnswer: (id: string, value: 'yes' | 'no') => void
}) {
  const v = VERDICT[d.decision]
  return (
    <div class="result determination">
      <h2 class={`verdict ${v.tone}`}>{v.label}</h2>
      <p class="data">
        {d.item.eccn}
        {d.item.heading ? ` (${d.item.heading})` : ''} to {d.destination.name} (Country Chart row{' '}
        {d.destination.chartRow}
        {d.destination.groups.length ? `; groups ${d.destination.groups.join(', ')}` : ''}), as of {d.asOf}.
        EAR text of {d.data.ecfr}
        {d.data.lists.length
          ? `; lists ${d.data.lists.map((l) => `${l.source} ${l.published ?? ''}`).join(', ')}`
          : ''}
        {d.recordId && (
          <>
            . Record <code>{d.recordId}</code>
          </>
        )}
      </p>
      {d.questions.length > 0 && (
        <section class="questions" aria-label="Open questions">
          <h3>Questions</h3>
          {d.questions.map((q) => (
            <div key={q.id} class="question">
              <p>
                {q.text} <span class="cite">{q.citation}</span>
              </p>
              <button type="button" onClick={() => onAnswer(q.id, 'yes')}>
                Yes
              </button>{' '}
              <button type="button" class="secondary" onClick={() => onAnswer(q.id, 'no')}>
                No
              </button>
            </div>
          ))}
        </section>
      )}
      <table class="grid reasons">
        <caption>Reasons, in the order of 15 CFR Part 732</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Effect</th>
            <th scope="col">Reason</th>
            <th scope="col">Citation</th>
          </tr>
        </thead>
        <tbody>
          {d.reasons.map((r, i) => (
            <tr key={`${r.code}-${i}`} class={`effect-${r.effect}`}>
              <td>{r.step}</td>
              <td>
                <span class={`badge effect-${r.effect}`}>{EFFECT[r.effect]}</span>
              </td>
              <td>{r.text}</td>
              <td class="cite">{r.citation}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {d.licenseExceptions.length > 0 && (
        <section aria-label="Licence exceptions">
          <h3>Licence exceptions to consider</h3>
          {d.licenseExceptions.map((le) => (
            <details key={le.symbol}>
              <summary>
                <strong>{le.symbol}</strong> <span class="cite">{le.citation}</span>
              </summary>
              <ul>
                {le.conditions.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </details>
          ))}
        </section>
      )}
    </div>
  )
}
