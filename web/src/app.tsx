import { useEffect, useState } from 'preact/hooks'
import { forgetKey, getJson, savedKey } from './api.js'
import { AllowRulesPage } from './pages/allow-rules.js'
import { AuditPage } from './pages/audit.js'
import { BatchPage } from './pages/batch.js'
import { ChangesPage } from './pages/changes.js'
import { CounterpartiesPage } from './pages/counterparties.js'
import { DeterminePage } from './pages/determine.js'
import { ListsPage } from './pages/lists.js'
import { LoginPage } from './pages/login.js'
import { ReferencePage } from './pages/reference.js'
import { ReviewPage } from './pages/review.js'
import { ScreenPage } from './pages/screen.js'
import { BASE, navigate, usePage } from './router.js'

export interface Caller {
  keyId: string
  name: string
  role: 'screener' | 'reviewer' | 'admin'
}

const PAGES = [
  { id: 'screen', label: 'Screen', title: 'Screen a party' },
  { id: 'batch', label: 'Batch', title: 'Batch screening' },
  { id: 'determine', label: 'Licence', title: 'Licence determination' },
  { id: 'review', label: 'Review', title: 'Review queue', role: 'reviewer' },
  { id: 'allow-rules', label: 'Allow rules', title: 'Allow rules', role: 'reviewer' },
  { id: 'counterparties', label: 'Counterparties', title: 'Counterparties', role: 'reviewer' },
  { id: 'audit', label: 'Audit', title: 'Audit log', role: 'reviewer' },
  { id: 'lists', label: 'Lists', title: 'List status' },
  { id: 'changes', label: 'Changes', title: 'List changes' },
  { id: 'reference', label: 'API', title: 'API reference' },
] as const

export function App() {
  const [caller, setCaller] = useState<Caller | null>(null)
  const [checking, setChecking] = useState(Boolean(savedKey()))
  const page = usePage()

  useEffect(() => {
    if (savedKey())
      getJson<Caller>('/v1/me')
        .then(setCaller)
        .catch(() => forgetKey())
        .finally(() => setChecking(false))
    const out = () => setCaller(null)
    window.addEventListener('tc-signed-out', out)
    return () => window.removeEventListener('tc-signed-out', out)
  }, [])

  useEffect(() => {
    const title = PAGES.find((p) => p.id === page)?.title
    document.title = title ? `${title} · tradecontrols` : 'tradecontrols'
  }, [page])

  if (checking) return <p class="loading">Loading…</p>
  if (!caller) return <LoginPage onSignedIn={setCaller} />

  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <span class="brand">tradecontrols</span>
        <nav aria-label="Main">
          {PAGES.filter((p) => !('role' in p) || caller.role !== 'screener').map((p) => (
            <a
              key={p.id}
              href={`${BASE}${p.id}`}
              aria-current={page === p.id ? 'page' : undefined}
              title={p.title}
              onClick={(e) => {
                e.preventDefault()
                navigate(p.id)
              }}
            >
              {p.label}
            </a>
          ))}
        </nav>
        <span class="who">
          {caller.name} <span class="role">{caller.role}</span>
          <button
            type="button"
            class="link"
            onClick={() => {
              forgetKey()
              setCaller(null)
            }}
          >
            Sign out
          </button>
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        {page === 'batch' ? (
          <BatchPage />
        ) : page === 'determine' ? (
          <DeterminePage />
        ) : page === 'review' ? (
          <ReviewPage />
        ) : page === 'allow-rules' ? (
          <AllowRulesPage />
        ) : page === 'counterparties' ? (
          <CounterpartiesPage />
        ) : page === 'audit' ? (
          <AuditPage />
        ) : page === 'changes' ? (
          <ChangesPage />
        ) : page === 'lists' ? (
          <ListsPage />
        ) : page === 'reference' ? (
          <ReferencePage />
        ) : (
          <ScreenPage />
        )}
      </main>
    </>
  )
}
