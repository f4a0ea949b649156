import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** web/dist of the package: two levels up from src/api or dist/api. Undefined when the UI is not built. */
export function defaultWebRoot(): string | undefined {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist')
  return existsSync(join(root, 'index.html')) ? root : undefined
}
