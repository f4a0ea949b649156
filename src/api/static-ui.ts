import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import type { ApiApp } from './context.js'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
}

/**
 * Serves the built web UI (web/dist) under /ui/ without a key: the page asks for one and sends it with every
 * API call. Unknown paths under /ui/ get index.html (client-side routes). Hashed assets are cached for a year.
 */
export function registerStaticUi(app: ApiApp, root: string): void {
  const base = normalize(root)
  app.get('/', (c) => c.redirect('/ui/'))
  app.get('/docs', (c) => c.redirect('/ui/reference'))
  app.get('/ui', (c) => c.redirect('/ui/'))
  app.get('/ui/*', async (c) => {
    const rel = decodeURIComponent(c.req.path.slice('/ui/'.length))
    const file = normalize(join(base, rel))
    const inside = file.startsWith(base + sep) && !rel.includes('\0')
    const found = inside && (await stat(file).catch(() => undefined))?.isFile()
    const path = found ? file : join(base, 'index.html')
    const body = await readFile(path).catch(() => undefined)
    if (!body)
      return c.json(
        { error: { code: 'TC_NOT_FOUND', message: 'the web UI is not built (npm run build)' } },
        404,
      )
    c.header('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream')
    c.header(
      'Cache-Control',
      found && rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    )
    return c.body(new Uint8Array(body))
  })
}
