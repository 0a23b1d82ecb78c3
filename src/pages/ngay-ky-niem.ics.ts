import type { APIRoute } from 'astro';
import { anniversaryCalendarFile } from '../data/calendars';

/** Every anniversary of every commemoration in the calendar's years, as all-day events. */
export const GET: APIRoute = async ({ site }) => anniversaryCalendarFile(site);
