import type { MatchJson } from '../../../src/service/screen-json.js'
import { highlightWords, percent, signed } from './highlight.js'

function Marked({ text, tokens }: { text: string; tokens: ReadonlySet<string> }) {
  return <>{highlightWords(text, tokens).map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))}</>
}

/** One match: who is listed, by which name or alias it matched (matched words marked), and why. */
export function MatchCard({ match }: { match: MatchJson }) {
  const e = match.explanation
  const listed = new Set(e.tokens.map((t) => t.listed))
  const alias = match.matchedName !== match.name
  return (
    <article class="match" aria-label={`${match.source} ${match.name}, score ${percent(match.score)}`}>
      <header>
        <span class="score" title="score">
          {percent(match.score)}
        </span>
        <span class="list" title="list">
          {match.source}
        </span>
        <h3>
          <Marked text={match.name} tokens={listed} />
        </h3>
        <span class="entity">{match.entityId}</span>
      </header>
      {alias && (
        <p class="alias">
          matched as alias:{' '}
          <strong class="matched-name">{<Marked text={match.matchedName} tokens={listed} />}</strong>
        </p>
      )}
      <dl class="facts">
        {match.countries?.length ? <Fact term="Countries" value={match.countries.join(', ')} /> : null}
        {match.programs?.length ? <Fact term="Programs" value={match.programs.join(', ')} /> : null}
        {match.licenseRequirement && <Fact term="Licence requirement" value={match.licenseRequirement} />}
        {match.licensePolicy && <Fact term="Licence review policy" value={match.licensePolicy} />}
        {match.federalRegister?.length ? (
          <Fact term="Federal Register" value={match.federalRegister.join(', ')} />
        ) : null}
      </dl>
      <details class="why" open>
        <summary>
          Why: {e.method} match, name score {percent(e.nameScore)}
          {e.adjustments.length
            ? `, ${e.adjustments.length} adjustment${e.adjustments.length > 1 ? 's' : ''}`
            : ''}
        </summary>
        <table>
          <caption class="sr-only">Token pairs compared</caption>
          <thead>
            <tr>
              <th scope="col">Your words</th>
              <th scope="col">Listed words</th>
              <th scope="col">Similarity</th>
              <th scope="col">Weight</th>
            </tr>
          </thead>
          <tbody>
            {e.tokens.map((t, i) => (
              <tr key={i} class={t.similarity >= 0.99 ? 'exact' : 'fuzzy'}>
                <td>{t.query}</td>
                <td>
                  <mark>{t.listed}</mark>
                </td>
                <td>{percent(t.similarity)}</td>
                <td>{t.weight.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {e.adjustments.length > 0 && (
          <ul class="adjustments">
            {e.adjustments.map((a) => (
              <li key={a.code} class={a.effect < 0 ? 'down' : 'up'}>
                <span class="effect">{signed(a.effect)}</span> {a.text}
              </li>
            ))}
          </ul>
        )}
      </details>
    </article>
  )
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  )
}
