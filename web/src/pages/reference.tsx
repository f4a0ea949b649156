import { useEffect, useState } from 'preact/hooks'
import { ApiError, getJson } from '../api.js'
import { ErrorNote } from '../components/form-bits.js'
import { type OpenApiDoc, type Operation, SchemaView } from '../components/schema-view.js'

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const

/** The API reference, rendered here from /openapi.json (no external viewer, nothing fetched from elsewhere). */
export function ReferencePage() {
  const [doc, setDoc] = useState<OpenApiDoc | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  useEffect(() => {
    getJson<OpenApiDoc>('/openapi.json')
      .then(setDoc)
      .catch((e) => e instanceof ApiError && setError(e))
  }, [])
  if (error) return <ErrorNote error={error} />
  if (!doc) return <p class="loading">Loading the API description…</p>

  const ops = Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ path, method: m, op: item[m] as Operation })),
  )
  return (
    <section aria-labelledby="ref-title" class="reference">
      <h1 id="ref-title">
        {doc.info.title} <span class="version">{doc.info.version}</span>
      </h1>
      <p>{doc.info.description}</p>
      <p class="hint">
        Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI {doc.openapi}; send your key).
      </p>
      {doc.tags.map((tag) => (
        <section key={tag.name} aria-labelledby={`tag-${tag.name}`}>
          <h2 id={`tag-${tag.name}`}>
            {tag.name} <small>{tag.description}</small>
          </h2>
          {ops
            .filter((o) => (o.op.tags ?? []).includes(tag.name))
            .map(({ path, method, op }) => (
              <details key={`${method} ${path}`} class="op">
                <summary>
                  <span class={`method ${method}`}>{method.toUpperCase()}</span> <code>{path}</code> —{' '}
                  {op.summary}
                  {!op.security?.length && <span class="open"> no key</span>}
                </summary>
                {op.description && <p>{op.description}</p>}
                {op.parameters?.length ? (
                  <table class="params">
                    <caption>Parameters</caption>
                    <tbody>
                      {op.parameters.map((p) => (
                        <tr key={`${p.in}-${p.name}`}>
                          <th scope="row">
                            <code>{p.name}</code>
                          </th>
                          <td>{p.in}</td>
                          <td>{p.required ? 'required' : 'optional'}</td>
                          <td>
                            <SchemaView schema={p.schema} doc={doc} />
                            {p.schema?.description ?? p.description ?? ''}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
                {op.requestBody &&
                  Object.entries(op.requestBody.content).map(([type, media]) => (
                    <div key={type} class="body">
                      <h4>Request body ({type})</h4>
                      <SchemaView schema={media.schema} doc={doc} />
                    </div>
                  ))}
                <h4>Responses</h4>
                <ul class="responses">
                  {Object.entries(op.responses).map(([status, r]) => (
                    <li key={status}>
                      <strong class={`status s${status[0]}`}>{status}</strong> {r.description}
                    </li>
                  ))}
                </ul>
              </details>
            ))}
        </section>
      ))}
    </section>
  )
}
