import { TestBed } from '@angular/core/testing';
import { aftsQuote, dayOf, formatDay, isOverdue, pendingDecisionsQuery, routeStatusKey, today as dutchToday } from './route-status';
import { RouteStatusBadgeComponent } from './route-status-badge.component';
import { provideTestTranslations } from '../../testing/translate';

describe('route status', () => {
  const today = '2026-12-04';

  it('is overdue when the service flagged it or its deadline has passed, never once decided or withdrawn', () => {
    expect(isOverdue({ 'rb:routeStatus': 'DISPATCHED', 'rb:overdue': true }, today)).toBeTrue();
    expect(isOverdue({ 'rb:routeStatus': 'DISPATCHED', 'rb:deadline': '2026-12-03T00:00:00.000+0000' }, today)).toBeTrue();
    expect(isOverdue({ 'rb:routeStatus': 'DISPATCHED', 'rb:deadline': '2026-12-04T00:00:00.000+0000' }, today)).toBeFalse();
    expect(isOverdue({ 'rb:routeStatus': 'DECIDED', 'rb:overdue': true, 'rb:deadline': '2026-01-01' }, today)).toBeFalse();
    expect(isOverdue({ 'rb:routeStatus': 'WITHDRAWN', 'rb:deadline': '2026-01-01' }, today)).toBeFalse();
    expect(isOverdue({}, today)).toBeFalse();
  });

  it('knows the model statuses and shows an unknown one as stored', () => {
    expect(routeStatusKey('IN_COMMITTEE')).toBe('RB.ROUTE_STATUS.IN_COMMITTEE');
    expect(routeStatusKey('SOMETHING_NEW')).toBeNull();
    expect(dayOf('2026-12-04T00:00:00.000+0000')).toBe('2026-12-04');
    expect(dayOf('soon')).toBeNull();
  });

  it('reads an Alfresco date as the Dutch day it means, not the first ten characters of the UTC string', () => {
    // Alfresco writes dates in UTC (ISO8601DateFormat#format): local midnight is 22:00Z (summer) or 23:00Z (winter)
    // of the day before.
    expect(dayOf('2024-06-30T22:00:00.000+0000')).toBe('2024-07-01');
    expect(dayOf('2024-01-14T23:00:00.000+0000')).toBe('2024-01-15');
    expect(dayOf('2024-01-14T23:00:00.000Z')).toBe('2024-01-15');
    expect(dayOf('2024-07-01')).toBe('2024-07-01');
    expect(dayOf(new Date(Date.UTC(2024, 5, 30, 22, 30)))).toBe('2024-07-01');
    expect(dutchToday(new Date(Date.UTC(2026, 11, 31, 23, 30)))).toBe('2027-01-01');
  });

  it('writes a day out in Dutch, or in English', () => {
    expect(formatDay('2026-11-04', 'nl')).toBe('4 november 2026');
    expect(formatDay('2026-11-04', 'en')).toBe('4 November 2026');
    expect(formatDay(null, 'nl')).toBe('–');
  });

  it('searches the PENDING council decisions of one council, quoting its name', () => {
    expect(pendingDecisionsQuery('Alphen aan den Rijn')).toBe(
      'TYPE:"rb:councilDecision" AND rb:municipality:"Alphen aan den Rijn" AND rb:councilOutcome:"PENDING"'
    );
    expect(aftsQuote('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
  });
});

describe('RouteStatusBadgeComponent', () => {
  beforeEach(() => TestBed.configureTestingModule({ imports: [RouteStatusBadgeComponent], providers: provideTestTranslations('nl') }));

  it('shows the Dutch status of a document-list row, marked when overdue', async () => {
    const fixture = TestBed.createComponent(RouteStatusBadgeComponent);
    fixture.componentInstance.context = { row: { node: { entry: { properties: { 'rb:routeStatus': 'DISPATCHED', 'rb:overdue': true } } } } };
    fixture.detectChanges();
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).toContain('Voorgelegd aan de raden');
    expect(el.querySelector('[data-test="rb-overdue"]')!.textContent).toContain('termijn overschreden');
  });

  it('shows a badge in English for an English reader, and nothing for a node without a route', async () => {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ imports: [RouteStatusBadgeComponent], providers: provideTestTranslations('en') });
    const fixture = TestBed.createComponent(RouteStatusBadgeComponent);
    fixture.componentInstance.data = { node: { entry: { properties: { 'rb:routeStatus': 'IN_COMMITTEE' } } } };
    fixture.detectChanges();
    await fixture.whenStable();
    expect(fixture.nativeElement.textContent).toContain('In the regiocommissie');
    expect(fixture.nativeElement.querySelector('[data-test="rb-overdue"]')).toBeNull();
    fixture.componentInstance.data = { node: { entry: { properties: {} } } };
    fixture.detectChanges();
    expect(fixture.nativeElement.querySelector('[data-test="rb-route-status"]')).toBeNull();
  });
});
