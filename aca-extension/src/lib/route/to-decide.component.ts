import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { PendingProposal, RegiobesluitApi } from '../regiobesluit-api.service';
import { RB } from '../model';
import { dayOf, formatDay, isOverdue, today } from './route-status';
import { RouteStatusBadgeComponent } from './route-status-badge.component';

const COUNCIL_KEY = 'regiobesluit.toDecide.council';

export interface ToDecideRow extends PendingProposal {
  deadline: string | null;
  overdue: boolean;
}

/** Rows by deadline, earliest first; no deadline last; then by name. */
export function toDecideRows(pending: PendingProposal[], on: string): ToDecideRow[] {
  return pending
    .map((p) => ({ ...p, deadline: dayOf(p.properties[RB.PROP_DEADLINE]), overdue: isOverdue(p.properties, on) }))
    .sort((a, b) => (a.deadline ?? '9999') .localeCompare(b.deadline ?? '9999') || a.name.localeCompare(b.name));
}

/**
 * *Te besluiten / To decide*: for one council, the routed proposals on which it has not decided yet (its PENDING
 * council decisions, found with the search API), with their deadline; overdue ones marked. Councils come from the
 * region's composition.
 */
@Component({
  selector: 'rb-to-decide',
  standalone: true,
  imports: [FormsModule, TranslatePipe, RouteStatusBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="rb-to-decide">
      <h1>{{ 'RB.TO_DECIDE.TITLE' | translate }}</h1>
      @if (problem(); as p) {
        <p class="rb-problem" role="alert" data-test="rb-to-decide-problem">{{ p }}</p>
      }
      <label>
        {{ 'RB.TO_DECIDE.COUNCIL' | translate }}
        <select name="council" [ngModel]="council()" (ngModelChange)="select($event)" data-test="rb-to-decide-council">
          <option value="" disabled>{{ 'RB.TO_DECIDE.CHOOSE' | translate }}</option>
          @for (c of councils(); track c) {
            <option [value]="c">{{ c }}</option>
          }
        </select>
      </label>
      @if (council()) {
        @if (loading()) {
          <p class="rb-pending">{{ 'RB.TO_DECIDE.LOADING' | translate }}</p>
        } @else if (rows().length === 0) {
          <p data-test="rb-to-decide-empty">{{ 'RB.TO_DECIDE.NONE' | translate }}</p>
        } @else {
          <p data-test="rb-to-decide-count">{{ rows().length }} {{ 'RB.TO_DECIDE.OPEN' | translate }}, {{ overdueCount() }} {{ 'RB.TO_DECIDE.OVERDUE' | translate }}</p>
          <table class="rb-to-decide-list" data-test="rb-to-decide-list">
            <thead>
              <tr>
                <th scope="col">{{ 'RB.TO_DECIDE.PROPOSAL' | translate }}</th>
                <th scope="col">{{ 'RB.ROUTE.DEADLINE' | translate }}</th>
                <th scope="col">{{ 'RB.ROUTE.STATUS' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (r of rows(); track r.decisionId) {
                <tr [class.rb-overdue]="r.overdue" [attr.data-overdue]="r.overdue">
                  <td>
                    @if (r.proposalId) {
                      <a [href]="'#/details/' + r.proposalId">{{ r.name }}</a>
                    } @else {
                      {{ r.name }}
                    }
                  </td>
                  <td [attr.data-day]="r.deadline">{{ day(r.deadline) }}@if (r.overdue) { <strong class="rb-overdue-mark"> · {{ 'RB.ROUTE.OVERDUE' | translate }}</strong> }</td>
                  <td><rb-route-status-badge [node]="{ properties: r.properties }" /></td>
                </tr>
              }
            </tbody>
          </table>
        }
      }
    </div>
  `,
  styles: [
    `.rb-to-decide { padding: 16px 24px; }
     .rb-to-decide-list { border-collapse: collapse; margin-top: 12px; }
     .rb-to-decide-list th, .rb-to-decide-list td { padding: 4px 12px; text-align: left; border-bottom: 1px solid #eee; }
     tr.rb-overdue td { background: #fdecea; }
     .rb-overdue-mark { color: #b00020; }
     .rb-problem { color: #b00020; }`
  ]
})
export class ToDecideComponent implements OnInit {
  private readonly api = inject(RegiobesluitApi);
  private readonly translate = inject(TranslateService);

  readonly councils = signal<string[]>([]);
  readonly council = signal<string>('');
  readonly rows = signal<ToDecideRow[]>([]);
  readonly loading = signal(false);
  readonly problem = signal<string | null>(null);
  readonly overdueCount = computed(() => this.rows().filter((r) => r.overdue).length);

  async ngOnInit(): Promise<void> {
    const composition = await this.api.composition();
    if (!composition.ok) {
      this.problem.set(composition.problem);
      return;
    }
    this.councils.set(composition.value.municipalities.map((m) => m.name));
    const remembered = localStorage.getItem(COUNCIL_KEY);
    if (remembered && this.councils().includes(remembered)) {
      await this.select(remembered);
    }
  }

  /** A deadline as staff read it: "4 november 2026" (English: "4 November 2026"). */
  day(deadline: string | null): string {
    return formatDay(deadline, this.translate.getCurrentLang() ?? 'nl');
  }

  async select(council: string): Promise<void> {
    this.council.set(council);
    localStorage.setItem(COUNCIL_KEY, council);
    this.loading.set(true);
    this.problem.set(null);
    try {
      const pending = await this.api.pendingFor(council);
      if (this.council() === council) {
        this.rows.set(toDecideRows(pending, today()));
      }
    } catch (e) {
      this.problem.set(String((e as { status?: number })?.status ?? (e as Error)?.message ?? e));
      this.rows.set([]);
    } finally {
      this.loading.set(false);
    }
  }
}
