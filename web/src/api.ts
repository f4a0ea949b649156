/** The browser's side of the API: the key lives in sessionStorage (gone when the tab closes). */
const KEY = 'tradecontrols.key'

export interface ApiErrorBody {
  code: string
  message: string
  field?: string
}

export class ApiError extends Error {
  readonly status: number
  readonly body: ApiErrorBody

  constructor(status: number, body: ApiErrorBody) {
    super(body.field ? `${body.field}: ${body.message}` : body.message)
    this.status = status
    this.body = body
  }
}

export const savedKey = (): string | null => sessionStorage.getItem(KEY)
export const saveKey = (key: string): void => sessionStorage.setItem(KEY, key)
export const forgetKey = (): void => sessionStorage.removeItem(KEY)

/** Calls the API with the saved key; a 401 signs the user out (the key was revoked or mistyped). */
export async function api(path: string, init: RequestInit = {}, key = savedKey()): Promise<Response> {
  const headers = new Headers(init.headers)
  if (key) headers.set('authorization', `Bearer ${key}`)
  const res = await fetch(path, { ...init, headers })
  if (res.ok) return res
  let body: ApiErrorBody = { code: 'TC_HTTP', message: `HTTP ${res.status}` }
  try {
    body = ((await res.json()) as { error: ApiErrorBody }).error ?? body
  } catch {
    // not JSON: keep the status line
  }
  if (res.status === 401 && key === savedKey()) {
    forgetKey()
    window.dispatchEvent(new Event('tc-signed-out'))
  }
  throw new ApiError(res.status, body)
}

/** A catch handler that shows an API refusal; anything else (a bug, a network failure) is rethrown. */
export const showApiError =
  (show: (e: ApiError) => void) =>
  (err: unknown): void => {
    if (!(err instanceof ApiError)) throw err
    show(err)
  }

export async function getJson<T>(path: string): Promise<T> {
  return (await (await api(path)).json()) as T
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const res = await api(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return (await res.json()) as T
}

/** The content type of an uploaded file of parties, from its name: CSV, else JSON lines. */
export const uploadType = (file: File): string =>
  /\.csv$/i.test(file.name) ? 'text/csv' : 'application/x-ndjson'

/**
 * Downloads an authenticated response as a file (a plain link could not send the key), named as given or as
 * the server's Content-Disposition says.
 */
export async function download(path: string, fileName?: string): Promise<void> {
  const res = await api(path)
  const named = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1]
  const url = URL.createObjectURL(await res.blob())
  const a = document.createElement('a')
  a.href = url
  a.download = fileName ?? named ?? 'download'
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
