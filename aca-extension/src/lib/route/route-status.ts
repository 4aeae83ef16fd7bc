/**
 * Route status at a glance: the label of rb:routeStatus and whether a route is overdue. Pure functions.
 * The routing service's DeadlineRoute sets rb:overdue once a route passes rb:deadline; until its next run a route
 * whose deadline has passed is shown overdue as well. A decided or withdrawn route is never overdue.
 */
import { RB } from '../model';

type Props = Record<string, unknown> | null | undefined;

export function routeStatusOf(props: Props): string | null {
  const s = props?.[RB.PROP_ROUTE_STATUS];
  return typeof s === 'string' && s !== '' ? s : null;
}

/** The translation key of a status; an unknown value (a newer model) is shown as it is stored. */
export function routeStatusKey(status: string): string | null {
  return (RB.ROUTE_STATUSES as readonly string[]).includes(status) ? `RB.ROUTE_STATUS.${status}` : null;
}

/** The Dutch calendar: the day an instant falls on in Europe/Amsterdam, as yyyy-mm-dd (en-CA writes ISO order). */
const DUTCH_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The Dutch day of an Alfresco date value or a Date, as yyyy-mm-dd. Alfresco keeps a date as an instant and writes it
 * in UTC (org.alfresco.util.ISO8601DateFormat#format, e.g. "2026-12-04T00:00:00.000+0000"), so a day chosen at local
 * midnight in summer arrives as 22:00 UTC of the day before: the day is the instant's date in Europe/Amsterdam, never
 * the first ten characters of the string (as regio-core's AlfrescoDay reads it too). A plain yyyy-mm-dd is that day.
 */
export function dayOf(value: unknown): string | null {
  if (value instanceof Date) {
    return isNaN(value.getTime()) ? null : DUTCH_DAY.format(value);
  }
  if (typeof value !== 'string') {
    return null;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return value;
  }
  // Alfresco's offset "+0000" as ISO's "+00:00", which every browser parses
  const withOffset = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.exec(value);
  if (withOffset) {
    const instant = new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return isNaN(instant.getTime()) ? null : DUTCH_DAY.format(instant);
  }
  // a date-time without an offset is Dutch local time already
  return /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : null;
}

/** A yyyy-mm-dd day written out for staff: "4 november 2026" in Dutch, "4 November 2026" in English. */
export function formatDay(day: string | null, lang: string): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    return '–';
  }
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, d)));
}

export function isOverdue(props: Props, today: string): boolean {
  const status = routeStatusOf(props);
  if (status === 'DECIDED' || status === 'WITHDRAWN') {
    return false;
  }
  if (props?.[RB.PROP_OVERDUE] === true) {
    return true;
  }
  const deadline = dayOf(props?.[RB.PROP_DEADLINE]);
  return deadline !== null && deadline < today;
}

/** AFTS needs a quoted value's quotes and backslashes escaped. */
export function aftsQuote(value: string): string {
  return '"' + value.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

/** The council decisions a council has not yet taken: the routing service creates one PENDING per participating council. */
export function pendingDecisionsQuery(council: string): string {
  return `TYPE:"${RB.TYPE_COUNCIL_DECISION}" AND ${RB.PROP_MUNICIPALITY}:${aftsQuote(council)} AND ${RB.PROP_COUNCIL_OUTCOME}:"PENDING"`;
}

/** Today in the Dutch calendar, as yyyy-mm-dd (deadlines are Dutch days, wherever the browser runs). */
export function today(now: Date = new Date()): string {
  return DUTCH_DAY.format(now);
}
