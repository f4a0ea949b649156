/** A small seeded fuzzer for HTTP requests: random routes, methods, headers and bodies, valid and not. */

export { mulberry32 as prng } from '../support/prng.js'

export interface FuzzRequest {
  method: string
  path: string
  headers: Record<string, string>
  body?: string | Uint8Array
}

const PATHS = [
  '/health',
  '/ready',
  '/openapi.json',
  '/v1/screen',
  '/v1/determine',
  '/v1/invest',
  '/v1/alerts',
  '/v1/alerts/alr_x/decision',
  '/v1/batches',
  '/v1/batches/bat_x',
  '/v1/batches/bat_x/results',
  '/v1/lists/status',
  '/v1/lists/versions',
  '/v1/lists/changes',
  '/v1/lists/diff?from=a&to=b',
  '/v1/lists/feed.json',
  '/v1/keys',
  '/v1/keys/k0000000000',
  '/v1/me',
  '/v1/audit?afterSeq=2&limit=3',
  '/v1/audit/verify',
  '/v1/allow-rules?status=active',
  '/v1/allow-rules/rul_x/revoke',
  '/v1/reports/alerts/alr_x?format=pdf',
  '/v1/reports/counterparty?name=x',
  '/v1/reports/summary?from=2026-01-01&to=2026-01-31',
  '/v1/counterparties',
  '/v1/counterparties/import',
  '/v1/counterparties/CP-1',
  '/v1/watch-alerts?kind=new',
  '/ui/',
  '/ui/../../etc/passwd',
  '/v1/%00',
  '/v1/screen/..%2f..%2f',
]
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']
const TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/csv',
  'application/x-ndjson',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/xml',
  '',
]
const STRINGS = [
  '',
  ' ',
  'Huawei',
  'Huawei Technologies Co Ltd',
  '华为技术有限公司',
  'Роснефть',
  'محمد',
  '\u0000\u0001\u001f',
  '\uD800',
  '😀'.repeat(50),
  'a'.repeat(600),
  '<script>alert(1)</script>',
  "'; DROP TABLE api_keys; --",
  '__proto__',
  'CN',
  '1990-02-31',
  '2000',
  '=cmd|"/c calc"!A1',
]
const KEYS = [
  'name',
  'type',
  'country',
  'dob',
  'threshold',
  'lists',
  'limit',
  'id',
  '__proto__',
  'constructor',
  'x',
]

export function fuzzRequest(rand: () => number, validKeys: string[]): FuzzRequest {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  const headers: Record<string, string> = {}
  const auth = rand()
  if (auth < 0.6) headers.authorization = `Bearer ${pick(validKeys)}`
  else if (auth < 0.7)
    headers.authorization = pick(['Bearer', 'Basic abc', `Bearer ${'x'.repeat(5000)}`, 'bearer  '])
  else if (auth < 0.8) headers['x-api-key'] = pick([...validKeys, 'tc_k0000000000_x'])
  const type = pick(TYPES)
  if (type) headers['content-type'] = type
  let path = pick(PATHS)
  if (rand() < 0.2) path += `?${pick(KEYS)}=${encode(pick(STRINGS))}`
  if (rand() < 0.05) path += `/${encode(pick(STRINGS))}`
  let method = pick(METHODS)
  // Most traffic goes where the parsing is: screening bodies and batch uploads.
  const focus = rand()
  if (focus < 0.4) {
    method = 'POST'
    path = '/v1/screen'
    if (rand() < 0.8) headers['content-type'] = 'application/json'
  } else if (focus < 0.45) {
    method = 'POST'
    path = '/v1/determine'
    headers['content-type'] = 'application/json'
  } else if (focus < 0.55) {
    method = 'POST'
    path = `/v1/batches${rand() < 0.3 ? `?threshold=${encode(pick(STRINGS))}` : ''}`
  }
  const req: FuzzRequest = { method, path, headers }
  if (method !== 'GET' && method !== 'HEAD') req.body = fuzzBody(rand, pick)
  return req
}

function fuzzBody(rand: () => number, pick: <T>(xs: readonly T[]) => T): string | Uint8Array {
  const r = rand()
  if (r < 0.45) return JSON.stringify(randomValue(rand, pick, 0, true))
  if (r < 0.6) return JSON.stringify(randomValue(rand, pick, 0, false)).slice(0, Math.floor(rand() * 40))
  if (r < 0.7)
    return new Uint8Array(Array.from({ length: Math.floor(rand() * 200) }, () => Math.floor(rand() * 256)))
  if (r < 0.85) {
    const rows = Array.from({ length: 1 + Math.floor(rand() * 5) }, () => `${pick(STRINGS)},${pick(STRINGS)}`)
    return `${pick(['id,name', 'name', 'x,y', '"name'])}\n${rows.join('\n')}`
  }
  return Array.from({ length: 1 + Math.floor(rand() * 4) }, () =>
    JSON.stringify(randomValue(rand, pick, 0, true)),
  ).join('\n')
}

function randomValue(
  rand: () => number,
  pick: <T>(xs: readonly T[]) => T,
  depth: number,
  screenLike: boolean,
): unknown {
  if (screenLike && depth === 0) {
    const obj: Record<string, unknown> = {}
    for (const k of KEYS)
      if (rand() < (k === 'name' ? 0.85 : 0.25)) obj[k] = randomValue(rand, pick, 1, false)
    return obj
  }
  const r = rand()
  if (depth > 4 || r < 0.35) return pick(STRINGS)
  if (r < 0.5) return pick([0, -1, 0.5, 1, 2, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, 2.5])
  if (r < 0.6) return pick([true, false, null])
  if (r < 0.8)
    return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, pick, depth + 1, false))
  const obj: Record<string, unknown> = {}
  for (let i = 0; i < rand() * 4; i++) obj[pick(KEYS)] = randomValue(rand, pick, depth + 1, false)
  return obj
}

/** Lone surrogates cannot be encoded; send an invalid percent sequence instead (servers must cope). */
function encode(s: string): string {
  try {
    return encodeURIComponent(s)
  } catch {
    return '%ED%A0%80%zz'
  }
}
