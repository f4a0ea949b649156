import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

/** Debian's chromium (installed by .ci/run); browser downloads do not work here. */
export const CHROMIUM = process.env.TC_CHROMIUM ?? '/usr/bin/chromium'

/** Run browser tests when chromium is there; in CI its absence is a failure, not a skip. */
export const HAVE_BROWSER = existsSync(CHROMIUM) || Boolean(process.env.CI)

/** Headless, with the flags that keep chromium from reaching for the network at start. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
