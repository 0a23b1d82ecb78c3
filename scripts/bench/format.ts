// How the benchmark writes its figures, the same in the budgets and in the tables.
import type { BuildResult } from './results.ts';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const perPageMs = (build: BuildResult) => build.wallMs / Math.max(1, build.dist.htmlPages);
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
