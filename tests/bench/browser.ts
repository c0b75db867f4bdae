import { chromium, type Browser } from '@playwright/test';

/** Debian's headless Chromium (never a downloaded one), as quiet as it gets. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}
