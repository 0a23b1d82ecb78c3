import { Workbox } from 'workbox-window';
import { pageCacheKey } from '../../lib/offline/routing';

/**
 * Registers the service worker (src/service-worker/sw.ts) once the page has loaded, so a
 * first visit is not slowed, and tells the reader when a newer build of the site is ready
 * instead of letting them read stale text: "Đã có bản cập nhật — Tải lại". Loaded by the
 * site script (src/client/site.ts) with a dynamic import; workbox-window does the
 * registration's bookkeeping (waiting, controlling, messages).
 */
export function registerServiceWorker(worker: string, base: string): void {
  const wb = new Workbox(worker, { scope: base });

  // A new build installed while this page was open, or before it opened (the worker then waits
  // for every tab of the old build to close, which a reader never does on a phone).
  wb.addEventListener('waiting', () => offerUpdate(wb));

  // The first install: the page the reader is on was fetched before the worker existed, so the
  // worker is asked to cache it now; it is then readable offline like every later page.
  wb.addEventListener('activated', (event) => {
    if (event.isUpdate) return;
    wb.messageSW({ type: 'CACHE_URLS', payload: { urlsToCache: [pageCacheKey(location.href)] } }).catch(() => {});
  });

  wb.register().catch(() => {
    // No worker (a host that does not serve it, private browsing): the site works as before.
  });
}

function offerUpdate(wb: Workbox): void {
  const region = document.querySelector<HTMLElement>('[data-sw-update]');
  if (!region || region.childElementCount > 0) return;
  const message = document.createElement('p');
  message.textContent = region.dataset.message ?? '';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = region.dataset.action ?? '';
  button.addEventListener('click', () => {
    button.disabled = true;
    // Reload once the new worker controls the page, so the page comes from the new build.
    wb.addEventListener('controlling', () => location.reload());
    wb.messageSkipWaiting();
  });
  // The reader may finish reading first; the message comes back on the next page.
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'button update-notice__later';
  later.textContent = region.dataset.later ?? '';
  later.addEventListener('click', () => region.replaceChildren());
  const actions = document.createElement('span');
  actions.className = 'update-notice__actions';
  actions.append(button, later);
  region.append(message, actions);
}
