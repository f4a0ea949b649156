import { useState } from 'preact/hooks'
import { ApiError, getJson, saveKey } from '../api.js'
import type { Caller } from '../app.js'

/** Sign in with an API key from `tradecontrols keys create`; the key is checked before it is kept. */
export function LoginPage({ onSignedIn }: { onSignedIn: (caller: Caller) => void }) {
  const [key, setKey] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const submit = async (e: Event) => {
    e.preventDefault()
    setBusy(true)
    setError('')
    const trimmed = key.trim()
    saveKey(trimmed)
    try {
      onSignedIn(await getJson<Caller>('/v1/me'))
    } catch (err) {
      setError(
        err instanceof ApiError && err.status === 401
          ? 'That key is not valid (or was revoked).'
          : String(err),
      )
      setBusy(false)
    }
  }

  return (
    <main class="login" id="main">
      <h1>tradecontrols</h1>
      <p>Restricted-party screening and export-control checks, offline and explained.</p>
      <form onSubmit={submit} aria-describedby={error ? 'login-error' : undefined}>
        <label for="key">API key</label>
        <input
          id="key"
          name="key"
          type="password"
          autocomplete="off"
          required
          value={key}
          onInput={(e) => setKey(e.currentTarget.value)}
          placeholder="tc_k…"
        />
        <p class="hint">
          Ask your administrator, or run <code>tradecontrols keys create --role screener --name YOU</code>.
        </p>
        {error && (
          <p class="error" id="login-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Checking…' : 'Sign in'}
        </button>
      </form>
    </main>
  )
}
