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

/** A date-only value of Alfresco ("2026-12-04T00:00:00.000+0000") or a Date, as yyyy-mm-dd. */
export function dayOf(value: unknown): string | null {
  if (value instanceof Date) {
    return isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    return value.slice(0, 10);
  }
  return null;
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

export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
