import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Node } from '@alfresco/js-api';
import { VoteTabComponent } from './vote-tab.component';

/**
 * *Stemming vastleggen / Record vote* as a page of its own, {@code #/stemming/<nodeId>}: the same grid and result as
 * the sidebar tab, for a link from an e-mail or the agenda. The tab reads the node itself.
 */
@Component({
  selector: 'rb-vote-page',
  standalone: true,
  imports: [VoteTabComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="rb-vote-page">
      @if (node(); as n) {
        <rb-vote-tab [node]="n" />
      } @else {
        <p>{{ 'RB.VOTE.NODE_UNREADABLE' | translate }}</p>
      }
    </div>
  `,
  styles: [`.rb-vote-page { padding: 16px 24px; max-width: 760px; overflow: auto; }`]
})
export class VotePageComponent {
  readonly node = signal<Node | null>(null);

  constructor() {
    // ACA puts an extension route's component in a child route ('') of the route with the path: the id is the parent's.
    const route = inject(ActivatedRoute);
    const id = route.snapshot.paramMap.get('nodeId') ?? route.parent?.snapshot.paramMap.get('nodeId');
    // The tab loads the node by its id; it needs no more than the id to start.
    if (id) {
      this.node.set({ id } as Node);
    }
  }
}
