import { useEffect, useState } from 'preact/hooks'

/** A tiny history router over /ui/<page>: pages are plain paths, so links can be shared and bookmarked. */
export const BASE = '/ui/'

export function currentPage(): string {
  const rest = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length) : ''
  return rest.split('/')[0] || 'screen'
}

export function navigate(page: string): void {
  history.pushState(null, '', `${BASE}${page}`)
  window.dispatchEvent(new Event('tc-navigate'))
}

export function usePage(): string {
  const [page, setPage] = useState(currentPage())
  useEffect(() => {
    const update = () => setPage(currentPage())
    window.addEventListener('popstate', update)
    window.addEventListener('tc-navigate', update)
    return () => {
      window.removeEventListener('popstate', update)
      window.removeEventListener('tc-navigate', update)
    }
  }, [])
  return page
}
