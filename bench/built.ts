import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Throws unless dist/ holds a build of the current sources. Benchmarks of the server run the built code, as
 * `serve` does: tsx compiles src/ keeping function names, which wraps every closure a hot function creates in
 * a call (`__name`) that the build has not (in the matcher's alignment, once or more a candidate).
 */
export function assertBuilt(): void {
  const root = join(import.meta.dirname, '..')
  const newest = (dir: string, ext: string): number =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith(ext) && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
      .reduce((m, f) => Math.max(m, statSync(join(dir, f)).mtimeMs), 0)
  const built = newest(join(root, 'dist'), '.js')
  if (built === 0 || built < newest(join(root, 'src'), '.ts'))
    throw new Error('dist/ is missing or older than src/: run `npm run build` first')
}
