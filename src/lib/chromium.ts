import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from './note-pdf.ts';

/** The system Chromium through playwright-core, headless: for the note PDFs, the scripts and the browser tests. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
