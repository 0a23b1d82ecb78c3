import { TIMELINE_DATA, type TimelineData } from '../../lib/deadlines/timeline-view';

/** One of the data attributes the page renders for the script ('' when it is absent). */
export const readData = (element: Element, name: TimelineData): string =>
  element.getAttribute(TIMELINE_DATA[name]) ?? '';
