import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { recordCspViolation } from './csp-violations.ts';

/** Debian's Chromium; tests never download a browser of their own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for Chromium on these machines: without the networking ones it keeps calling hosts the sandbox refuses. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const REPORT_BINDING = '__reportCspViolation';

/**
 * Records every violation in the context's pages: the `securitypolicyviolation` events
 * (page scripts and styles, what the meta and the header refuse) and Chromium's console
 * messages about the policy, which also come with JavaScript off and from workers.
 */
async function watchCsp(context: BrowserContext): Promise<void> {
  await context.exposeBinding(REPORT_BINDING, ({ page }, text: string) => {
    recordCspViolation(`${page?.url() ?? '?'}: ${text}`);
  });
  await context.addInitScript((binding: string) => {
    const report = (window as unknown as Record<string, (text: string) => void>)[binding];
    document.addEventListener('securitypolicyviolation', (event) => {
      report?.(
        `${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  }, REPORT_BINDING);
  const listen = (page: Page) =>
    page.on('console', (message) => {
      if (/Content[ -]Security[ -]Policy/iu.test(message.text()))
        recordCspViolation(`${page.url()}: ${message.text()}`);
    });
  context.pages().forEach(listen);
  context.on('page', listen);
}

/**
 * Chromium, with every context (and so every page, browser.newPage() included) watched for
 * Content-Security-Policy violations, and service workers blocked unless a context allows them.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options = {}) => {
    // The site's service worker (offline reading) would answer later pages of a test from its
    // caches and fetch the shell in the background, which tests counting requests would see.
    // Only the offline tests, which ask for it, run with it.
    const context = await newContext({ serviceWorkers: 'block', ...options });
    await watchCsp(context);
    return context;
  };
  return browser;
}

/** Records every request the page makes to a host other than the site's own. */
export function watchForeignRequests(page: Page, siteUrl: string): string[] {
  const own = new URL(siteUrl).host;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.host !== own) foreign.push(request.url());
  });
  return foreign;
}
