import { timelineSelector as selector, yearOpen } from '../../lib/deadlines/timeline-view';
import { readData } from './read';

/**
 * The timeline's years, open without script: the returned function folds those before
 * today's year and the undated work, or opens every year (`all`: filters chosen, printing).
 */
export function yearFolding(timeline: HTMLElement, today: string): (all: boolean) => void {
  const years = [...timeline.querySelectorAll<HTMLDetailsElement>(`details${selector('year')}`)];
  return (all) => {
    for (const year of years) year.open = all || yearOpen(readData(year, 'year'), today);
  };
}

/** A link to a deadline or month inside a folded year opens it. */
export function revealTarget(): void {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const year = target?.closest('details');
  if (year && !year.open) {
    year.open = true;
    target!.scrollIntoView();
  }
}
