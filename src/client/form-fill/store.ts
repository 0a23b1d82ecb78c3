import { asideKey, parseSavedValues, storageKey, type SavedProblem, type Values } from '../../lib/forms/draft';

/**
 * One form's values in this browser's localStorage, shared by every tab that has the form
 * open. The store remembers what it last read or wrote (`base`, and the text it came as),
 * the common ancestor a tab merges its changes against. Saved data the page cannot use is
 * copied to a key of its own before anything is written over it; while the form's key
 * holds data that could not be copied, the store never writes it.
 */
export interface Store {
  /** localStorage, or null where the browser refuses it. */
  storage: Storage | null;
  formId: string;
  key: string;
  /** False while the form's key holds data that could not be copied aside. */
  writable: boolean;
  /** The values storage held when this tab last read or wrote them. */
  base: Values;
  /** The text they were stored as (null: nothing stored), to skip parsing what did not change. */
  baseRaw: string | null;
}

/** What the store tells the page: a problem with saved data, or a copy aside that failed. */
export type StoreReport = (problem: SavedProblem | 'aside-failed') => void;

/** What storage holds now: its usable values and the text they came as. */
export interface Stored {
  values: Values;
  raw: string | null;
}

/** localStorage, or null where the browser refuses it (storage disabled, some private modes). */
function openStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Copies unusable saved data to a key of its own; the form's key is written again only if that worked. */
function keepAside(store: Store, raw: string, problem: SavedProblem, report: StoreReport): void {
  try {
    store.storage!.setItem(asideKey(store.formId, new Date()), raw);
    report(problem);
  } catch {
    store.writable = false;
    report('aside-failed');
  }
}

/** Stored text read: unchanged text is not parsed again (a draft may be megabytes); unusable data is kept aside first. */
function parseStored(store: Store, raw: string | null, report: StoreReport): Stored {
  if (raw === store.baseRaw) return { values: store.base, raw };
  const saved = parseSavedValues(raw);
  if (saved.problem && raw !== null) keepAside(store, raw, saved.problem, report);
  return { values: saved.values, raw };
}

/** The form's values in storage now; when reading throws, the last values seen stand in. */
export function readStored(store: Store, report: StoreReport): Stored {
  try {
    return parseStored(store, store.storage!.getItem(store.key), report);
  } catch {
    return { values: store.base, raw: store.baseRaw };
  }
}

/** Opens the form's store and reads what an earlier visit (or another tab) saved. */
export function openStore(formId: string, report: StoreReport): Store {
  const storage = openStorage();
  const store: Store = {
    storage,
    formId,
    key: storageKey(formId),
    writable: storage !== null,
    base: {},
    baseRaw: null,
  };
  if (!storage) return store;
  let raw: string | null;
  try {
    raw = storage.getItem(store.key);
  } catch {
    // Storage refused at the first read: nothing is read or written after it.
    store.storage = null;
    store.writable = false;
    return store;
  }
  const stored = parseStored(store, raw, report);
  store.base = stored.values;
  store.baseRaw = stored.raw;
  return store;
}

/** Whether the store may write (storage there, its data sound or copied aside). */
export const canWrite = (store: Store): boolean => store.storage !== null && store.writable;

/** Writes values under the form's key; they become the base. False when storage refuses. */
export function writeValues(store: Store, values: Values): boolean {
  if (!canWrite(store)) return false;
  const raw = JSON.stringify(values);
  try {
    store.storage!.setItem(store.key, raw);
  } catch {
    return false;
  }
  store.base = values;
  store.baseRaw = raw;
  return true;
}

/** Removes the form's values (the user cleared the form). */
export function removeValues(store: Store): void {
  if (!canWrite(store)) return;
  try {
    store.storage!.removeItem(store.key);
    store.base = {};
    store.baseRaw = null;
  } catch {
    // Nothing to undo: the values are gone from the page, as asked.
  }
}
