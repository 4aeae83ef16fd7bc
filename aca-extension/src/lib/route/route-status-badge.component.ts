import { ChangeDetectionStrategy, Component, Input, computed, inject, signal } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { RB } from '../model';
import { dayOf, formatDay, isOverdue, routeStatusKey, routeStatusOf, today } from './route-status';

type Props = Record<string, unknown> | null | undefined;

/**
 * rb:routeStatus as a small badge, overdue marked. One component for both places ACA puts it: a document-list
 * badge (ACA's DatatableCellBadgesComponent passes {@code data = { node }}) and a document-list column (ADF's
 * DynamicColumnComponent assigns {@code context}, whose {@code row.node} is the node entry).
 */
@Component({
  selector: 'rb-route-status-badge',
  standalone: true,
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (status(); as s) {
      <span class="rb-route-status" [class.rb-overdue]="overdue()" [attr.data-status]="s" data-test="rb-route-status"
        [attr.title]="deadline() ? ('RB.ROUTE.DEADLINE' | translate) + ': ' + deadlineText() : null">
        {{ key() ? (key()! | translate) : s }}
        @if (overdue()) {
          <strong class="rb-overdue-mark" data-test="rb-overdue">· {{ 'RB.ROUTE.OVERDUE' | translate }}</strong>
        }
      </span>
    }
  `,
  styles: [
    `.rb-route-status { display: inline-block; padding: 1px 8px; border-radius: 10px; background: #e8eef8; color: #1a3f73; font-size: 12px; white-space: nowrap; }
     .rb-route-status[data-status='DECIDED'] { background: #e6f4e6; color: #1b5e20; }
     .rb-route-status[data-status='WITHDRAWN'] { background: #eee; color: #555; }
     .rb-route-status.rb-overdue { background: #fdecea; color: #b00020; }`
  ]
})
export class RouteStatusBadgeComponent {
  private readonly props = signal<Props>(null);
  readonly status = computed(() => routeStatusOf(this.props()));
  readonly key = computed(() => {
    const s = this.status();
    return s ? routeStatusKey(s) : null;
  });
  readonly overdue = computed(() => isOverdue(this.props(), today()));
  readonly deadline = computed(() => dayOf(this.props()?.[RB.PROP_DEADLINE]));
  private readonly translate = inject(TranslateService);

  deadlineText(): string {
    return formatDay(this.deadline(), this.translate.getCurrentLang() ?? 'nl');
  }

  @Input()
  set data(data: { node?: { entry?: { properties?: Props } } } | null | undefined) {
    this.props.set(data?.node?.entry?.properties);
  }

  @Input()
  set context(context: { row?: { node?: { entry?: { properties?: Props } } } } | null | undefined) {
    this.props.set(context?.row?.node?.entry?.properties);
  }

  /** For the sidebar and tests: a node (entry) directly. */
  @Input()
  set node(node: { properties?: Props } | null | undefined) {
    this.props.set(node?.properties);
  }
}
