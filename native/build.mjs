// Builds the native parts at install (npm runs this as the package's install script). They are optional:
// without a compiler the record journal writes with write(2) instead of through a memory mapping, and says so
// here rather than failing the install.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const dir = join(dirname(fileURLToPath(import.meta.url)), 'journal-map')
// npm hands its own node-gyp to install scripts; run directly, the one on PATH.
const gyp = process.env.npm_config_node_gyp
const [command, args] = gyp ? [process.execPath, [gyp, 'rebuild']] : ['node-gyp', ['rebuild']]
const built = spawnSync(command, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
if (built.status === 0) console.log('tradecontrols: built the record journal mapping (native/journal-map)')
else {
  const why =
    built.error?.message ??
    built.stderr
      .split('\n')
      .filter((l) => /ERR!|error/.test(l))
      .slice(0, 3)
      .join('; ')
  console.warn(`tradecontrols: native/journal-map not built, the record journal will use write(2): ${why}`)
}
