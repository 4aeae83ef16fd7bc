import { ComponentFixture, TestBed, fakeAsync, flushMicrotasks, tick } from '@angular/core/testing';
import { Node } from '@alfresco/js-api';
import { VoteTabComponent } from './vote-tab.component';
import { RegiobesluitApi, VoteHeader } from '../regiobesluit-api.service';
import { parseComposition } from './composition';
import { VoteLists } from './vote-selection';
import { COMPOSITION_CSV, agendaItem, resultProps } from '../../testing/fixtures';
import { provideTestTranslations } from '../../testing/translate';

/** A repository in memory: the node as the REST API returns it, and what saving would store. */
class FakeApi {
  stored: Node = agendaItem();
  saves: { id: string; header: VoteHeader; lists: VoteLists }[] = [];
  compositionText = COMPOSITION_CSV;
  /** what the routing service writes after a save, on the next read of the node */
  computeOnRead: ((lists: VoteLists) => Record<string, unknown>) | null = null;
  private pending: VoteLists | null = null;

  node = async (id: string) => {
    if (this.pending && this.computeOnRead) {
      this.stored = { ...this.stored, properties: { ...this.stored.properties, ...this.computeOnRead(this.pending) } } as Node;
      this.pending = null;
    }
    return { ...this.stored, id } as Node;
  };
  composition = async () => parseComposition(this.compositionText, 'composition.csv');
  saveVote = async (id: string, header: VoteHeader, lists: VoteLists) => {
    this.saves.push({ id, header, lists });
    this.stored = {
      ...this.stored,
      properties: {
        ...this.stored.properties,
        'rb:votingBody': header.votingBody,
        'rb:voteDate': header.voteDate,
        'rb:votesYes': lists.yes,
        'rb:votesNo': lists.no,
        'rb:votesAbstain': lists.abstain
      }
    } as Node;
    this.pending = lists;
    return this.stored;
  };
}

describe('VoteTabComponent (Stemming / Vote tab)', () => {
  let api: FakeApi;
  let fixture: ComponentFixture<VoteTabComponent>;
  let el: HTMLElement;

  async function open(node: Node = api.stored): Promise<void> {
    fixture = TestBed.createComponent(VoteTabComponent);
    el = fixture.nativeElement;
    fixture.componentInstance.node = node;
    await fixture.componentInstance.load(node.id);
    fixture.detectChanges();
    await fixture.whenStable();
  }

  const q = (sel: string) => el.querySelector(sel) as HTMLElement;
  const row = (key: string) => q(`tr[data-member="${key}"]`);
  const click = (e: HTMLElement) => {
    e.click();
    fixture.detectChanges();
  };

  beforeEach(() => {
    api = new FakeApi();
    TestBed.configureTestingModule({
      imports: [VoteTabComponent],
      providers: [{ provide: RegiobesluitApi, useValue: api }, ...provideTestTranslations('nl')]
    });
  });

  it('shows the party groups per municipality with their seats, in Dutch', async () => {
    await open();
    const municipalities = Array.from(el.querySelectorAll('tbody[data-municipality]')).map((t) => t.getAttribute('data-municipality'));
    expect(municipalities).toEqual(['Leiden', 'Zoeterwoude']);
    expect(row('Leiden/D66').textContent).toContain('12');
    expect(row('Zoeterwoude/Progressief Zoeterwoude')).toBeTruthy();
    expect(q('thead').textContent).toContain('Voor');
    expect(q('thead').textContent).toContain('Onthouden');
    expect(q('[data-test="rb-result-none"]').textContent).toContain('Nog geen berekende uitslag');
  });

  it('ticks a member in one column only, and whole municipality / clear act on one municipality', async () => {
    await open();
    click(row('Leiden/D66').querySelector('[data-test="rb-pick-yes"]') as HTMLElement);
    click(row('Leiden/D66').querySelector('[data-test="rb-pick-no"]') as HTMLElement);
    expect(row('Leiden/D66').querySelector('[data-test="rb-pick-no"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(row('Leiden/D66').querySelector('[data-test="rb-pick-yes"]')!.getAttribute('aria-pressed')).toBe('false');

    click(q('tbody[data-municipality="Zoeterwoude"] [data-test="rb-whole-abstain"]'));
    expect(q('[data-test="rb-vote-tally"]').textContent).toContain('Onthouden: 2 fracties, 7 zetels');

    click(q('tbody[data-municipality="Zoeterwoude"] [data-test="rb-clear-municipality"]'));
    expect(q('[data-test="rb-vote-tally"]').textContent).toContain('Onthouden: 0 fracties, 0 zetels');
    expect(q('[data-test="rb-vote-tally"]').textContent).toContain('Tegen: 1 fracties, 12 zetels');

    click(q('[data-test="rb-clear-all"]'));
    expect(q('[data-test="rb-vote-tally"]').textContent).toContain('Tegen: 0 fracties, 0 zetels');
  });

  it('saves rb:votes with body and date, then shows the result the service computed for these votes', fakeAsync(() => {
    api.computeOnRead = (lists) => resultProps(lists);
    fixture = TestBed.createComponent(VoteTabComponent);
    el = fixture.nativeElement;
    fixture.componentInstance.node = api.stored;
    flushMicrotasks();
    fixture.detectChanges();

    click(q('tbody[data-municipality="Leiden"] [data-test="rb-whole-yes"]'));
    click(row('Zoeterwoude/CDA').querySelector('[data-test="rb-pick-no"]') as HTMLElement);
    click(q('[data-test="rb-vote-save"]'));
    flushMicrotasks();
    fixture.detectChanges();

    expect(api.saves.length).toBe(1);
    expect(api.saves[0].header.votingBody).toBe('REGIOCOMMISSIE');
    expect(api.saves[0].header.voteDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(api.saves[0].lists).toEqual({ yes: ['Leiden/D66', 'Leiden/VVD', 'Leiden/Partij, met komma'], no: ['Zoeterwoude/CDA'], abstain: [] });
    expect(q('[data-test="rb-result-waiting"]')).toBeTruthy();

    tick(1500);
    flushMicrotasks();
    fixture.detectChanges();
    expect(q('[data-test="rb-result-waiting"]')).toBeNull();
    expect(q('[data-test="rb-result-stale"]')).toBeNull();
    expect(q('[data-test="rb-result-outcome"]').textContent).toContain('Aangenomen');
    expect(q('[data-test="rb-result-yes-share"]').textContent).toContain('62,5%');
    expect(q('[data-test="rb-result-decisive"]').textContent).toContain('Leiden');
    expect(q('[data-test="rb-result-blocking"]').textContent).toContain('Leiden, Zoeterwoude');
    expect(q('[data-test="rb-result-wgr"]').textContent).toContain('nee');
    expect(q('[data-test="rb-result-per-municipality"]').textContent).toContain('12,5%');
    const bars = Array.from(el.querySelectorAll('[data-test="rb-result-power"] rect')).map((r) => Number(r.getAttribute('width')));
    expect(bars.length).toBe(2);
    expect(bars[0]).toBeGreaterThan(bars[1]);
  }));

  it('shows a stored vote ticked and says when the stored result belongs to other votes', async () => {
    api.stored = agendaItem({
      'rb:votingBody': 'REGIORAAD',
      'rb:votesYes': ['leiden/d66'],
      'rb:votesNo': ['Oegstgeest/CDA'],
      ...resultProps({ yes: ['Leiden/VVD'], no: [], abstain: [] })
    });
    await open();
    expect(row('Leiden/D66').querySelector('[data-test="rb-pick-yes"]')!.getAttribute('aria-pressed')).toBe('true');
    expect(q('[data-test="rb-vote-extra"]').textContent).toContain('Oegstgeest/CDA');
    expect((q('select[name="votingBody"]') as HTMLSelectElement).value).toBe('REGIORAAD');
    expect(q('[data-test="rb-result-stale"]')).toBeTruthy();
  });

  it('says why the member list cannot be read, naming the file and line', async () => {
    api.compositionText = 'municipality,party,seats\nLeiden,D66,twaalf\n';
    await open();
    expect(q('[data-test="rb-vote-problem"]').textContent).toContain('De ledenlijst kon niet worden gelezen');
    expect(q('[data-test="rb-vote-problem"]').textContent).toContain('composition.csv line 2, field seats');
    expect(q('[data-test="rb-vote-grid"]')).toBeNull();
  });

  it('shows the grid read-only to whoever may not update the node', async () => {
    api.stored = { ...agendaItem(), allowableOperations: [] } as unknown as Node;
    await open();
    expect((row('Leiden/D66').querySelector('[data-test="rb-pick-yes"]') as HTMLButtonElement).disabled).toBeTrue();
    expect((q('[data-test="rb-vote-save"]') as HTMLButtonElement).disabled).toBeTrue();
  });
});
