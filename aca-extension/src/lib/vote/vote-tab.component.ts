import { ChangeDetectionStrategy, Component, DestroyRef, Input, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Node } from '@alfresco/js-api';
import { RegiobesluitApi } from '../regiobesluit-api.service';
import { RB } from '../model';
import { pct } from '../format';
import { dayOf, today } from '../route/route-status';
import { Composition } from './composition';
import {
  CHOICES,
  EMPTY_SELECTION,
  VoteChoice,
  VoteSelection,
  choose,
  chooseMunicipality,
  clearAll,
  clearMunicipality,
  fromStored,
  tally,
  toLists
} from './vote-selection';
import { VoteResultView, barWidths, readVoteResult, resultIsCurrent, storedLists } from './vote-result';

/** How long the tab waits for the routing service to compute a saved vote: polls of the node, POLL_MS apart. */
const POLL_MS = 1500;
const POLLS = 40;

/**
 * The *Stemming / Vote* sidebar tab on regional agenda items and advice: the composition's party groups per
 * municipality to tick yes / no / abstain, saved as rb:votes; then the result the routing service computed
 * (rb:voteResult). ACA's DynamicTabComponent assigns {@code node} (a property, not setInput).
 */
@Component({
  selector: 'rb-vote-tab',
  standalone: true,
  imports: [FormsModule, TranslatePipe],
  templateUrl: './vote-tab.component.html',
  styleUrl: './vote-tab.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'rb-vote-tab' }
})
export class VoteTabComponent {
  private readonly api = inject(RegiobesluitApi);
  private readonly translate = inject(TranslateService);
  private destroyed = false;
  private nodeId: string | null = null;
  /** what the node ACA passed says about writing it (ACA's lists include allowableOperations) */
  private readonly operations = signal<string[] | undefined>(undefined);

  readonly choices = CHOICES;
  readonly votingBodies = RB.VOTING_BODIES;

  readonly current = signal<Node | null>(null);
  readonly composition = signal<Composition | null>(null);
  readonly problem = signal<string | null>(null);
  readonly selection = signal<VoteSelection>(EMPTY_SELECTION);
  readonly conflicts = signal<string[]>([]);
  readonly votingBody = signal<string>('REGIOCOMMISSIE');
  readonly voteDate = signal<string>(today());
  readonly saving = signal(false);
  readonly waiting = signal(false);
  readonly saveError = signal<string | null>(null);
  readonly dirty = signal(false);

  readonly tally = computed(() => {
    const c = this.composition();
    return c ? tally(this.selection(), c) : null;
  });
  readonly result = computed<VoteResultView | null>(() => readVoteResult(this.current()?.properties));
  readonly resultCurrent = computed(() => {
    const r = this.result();
    return r !== null && resultIsCurrent(r, storedLists(this.current()?.properties));
  });
  readonly bars = computed(() => barWidths(this.result()?.power ?? []));
  readonly refusedBy = computed(() => (this.current()?.properties?.[RB.PROP_VOTE_REFUSED_BY] as string) ?? null);
  readonly canWrite = computed(() => {
    const ops = this.operations();
    return !ops || ops.includes('update');
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));
  }

  @Input()
  set node(node: Node | null | undefined) {
    if (node?.id && node.id !== this.nodeId) {
      this.nodeId = node.id;
      this.operations.set(node.allowableOperations);
      void this.load(node.id);
    }
  }

  async load(id: string): Promise<void> {
    this.problem.set(null);
    const [fresh, composition] = await Promise.all([this.api.node(id).catch(() => null), this.api.composition()]);
    if (this.destroyed || id !== this.nodeId) {
      return;
    }
    if (!fresh) {
      this.problem.set(this.translate.instant('RB.VOTE.NODE_UNREADABLE'));
      return;
    }
    this.current.set(fresh);
    if (!composition.ok) {
      this.problem.set(composition.problem);
      return;
    }
    this.composition.set(composition.value);
    this.readStored(fresh, composition.value);
  }

  private readStored(node: Node, composition: Composition): void {
    const props = node.properties ?? {};
    const reading = fromStored(storedLists(props), composition);
    this.selection.set(reading.selection);
    this.conflicts.set(reading.conflicts);
    const body = props[RB.PROP_VOTING_BODY] ?? props[RB.PROP_MEETING_BODY];
    if (typeof body === 'string' && (RB.VOTING_BODIES as readonly string[]).includes(body)) {
      this.votingBody.set(body);
    }
    const date = dayOf(props[RB.PROP_VOTE_DATE]);
    if (date) {
      this.voteDate.set(date);
    }
    this.dirty.set(false);
  }

  choiceOf(key: string): VoteChoice | undefined {
    return this.selection().choices.get(key);
  }

  pick(key: string, choice: VoteChoice): void {
    this.change(choose(this.selection(), key, choice));
  }

  pickMunicipality(name: string, choice: VoteChoice): void {
    this.change(chooseMunicipality(this.selection(), this.composition()!, name, choice));
  }

  clearMunicipality(name: string): void {
    this.change(clearMunicipality(this.selection(), this.composition()!, name));
  }

  clearAll(): void {
    this.change(clearAll(this.selection(), this.composition()!));
  }

  private change(selection: VoteSelection): void {
    this.selection.set(selection);
    this.dirty.set(true);
    this.saveError.set(null);
  }

  async save(): Promise<void> {
    const composition = this.composition();
    const id = this.nodeId;
    if (!composition || !id) {
      return;
    }
    this.saving.set(true);
    this.saveError.set(null);
    try {
      const saved = await this.api.saveVote(id, { votingBody: this.votingBody(), voteDate: this.voteDate() }, toLists(this.selection(), composition));
      if (id !== this.nodeId) {
        return;
      }
      this.current.set(saved);
      this.dirty.set(false);
    } catch (e) {
      this.saveError.set(String((e as { status?: number })?.status ?? (e as Error)?.message ?? e));
      return;
    } finally {
      this.saving.set(false);
    }
    await this.awaitResult(id);
  }

  /** The routing service computes the result after the save's event; the tab reads the node until it answers these votes. */
  private async awaitResult(id: string): Promise<void> {
    this.waiting.set(true);
    try {
      for (let i = 0; i < POLLS && !this.resultCurrent() && !this.destroyed && id === this.nodeId; i++) {
        await new Promise((r) => setTimeout(r, POLL_MS));
        const fresh = await this.api.node(id).catch(() => null);
        if (fresh && id === this.nodeId) {
          this.current.set(fresh);
        }
      }
    } finally {
      this.waiting.set(false);
    }
  }

  pct(value: number): string {
    return pct(value, this.translate.getCurrentLang() ?? 'nl');
  }
}
