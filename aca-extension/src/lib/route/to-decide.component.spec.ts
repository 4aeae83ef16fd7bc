import { TestBed } from '@angular/core/testing';
import { ToDecideComponent, toDecideRows } from './to-decide.component';
import { PendingProposal, RegiobesluitApi } from '../regiobesluit-api.service';
import { parseComposition } from '../vote/composition';
import { COMPOSITION_CSV } from '../../testing/fixtures';
import { provideTestTranslations } from '../../testing/translate';

const pending: PendingProposal[] = [
  { decisionId: 'd2', proposalId: 'p2', name: 'Voorstel bereikbaarheid', properties: { 'rb:routeStatus': 'DISPATCHED', 'rb:deadline': '2099-02-01T00:00:00.000+0000' } },
  { decisionId: 'd1', proposalId: 'p1', name: 'Voorstel woningbouw', properties: { 'rb:routeStatus': 'DISPATCHED', 'rb:deadline': '2020-01-01T00:00:00.000+0000', 'rb:overdue': true } },
  { decisionId: 'd3', proposalId: null, name: 'Raadsbesluit zonder voorstel', properties: {} }
];

describe('Te besluiten / To decide', () => {
  it('orders by deadline, earliest first, and marks overdue proposals', () => {
    const rows = toDecideRows(pending, '2026-12-04');
    expect(rows.map((r) => [r.name, r.deadline, r.overdue])).toEqual([
      ['Voorstel woningbouw', '2020-01-01', true],
      ['Voorstel bereikbaarheid', '2099-02-01', false],
      ['Raadsbesluit zonder voorstel', null, false]
    ]);
  });

  it('offers the councils of the composition and lists what the chosen council has not decided', async () => {
    localStorage.removeItem('regiobesluit.toDecide.council');
    const asked: string[] = [];
    const api = {
      composition: async () => parseComposition(COMPOSITION_CSV, 'c.csv'),
      pendingFor: async (council: string) => {
        asked.push(council);
        return pending;
      }
    };
    TestBed.configureTestingModule({ imports: [ToDecideComponent], providers: [{ provide: RegiobesluitApi, useValue: api }, ...provideTestTranslations('nl')] });
    const fixture = TestBed.createComponent(ToDecideComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    const el: HTMLElement = fixture.nativeElement;
    const options = Array.from(el.querySelectorAll('select option')).map((o) => o.textContent!.trim());
    expect(options).toEqual(['Kies een raad', 'Leiden', 'Zoeterwoude']);

    await fixture.componentInstance.select('Zoeterwoude');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(asked).toEqual(['Zoeterwoude']);
    const rows = Array.from(el.querySelectorAll('[data-test="rb-to-decide-list"] tbody tr'));
    expect(rows.length).toBe(3);
    expect(rows.map((r) => r.getAttribute('data-overdue'))).toEqual(['true', 'false', 'false']);
    expect(rows[0].textContent).toContain('termijn overschreden');
    expect(el.querySelector('[data-test="rb-to-decide-count"]')!.textContent).toContain('3 open, 1 te laat');
    expect(rows[0].querySelector('a')!.getAttribute('href')).toBe('#/details/p1');

    // the council chosen last is chosen again on the next visit
    const again = TestBed.createComponent(ToDecideComponent);
    again.detectChanges();
    await again.whenStable();
    expect(again.componentInstance.council()).toBe('Zoeterwoude');
    expect(asked).toEqual(['Zoeterwoude', 'Zoeterwoude']);
  });
});
