import { Injectable, inject } from '@angular/core';
import { AlfrescoApiService } from '@alfresco/adf-content-services';
import { Node, NodeBodyUpdate, NodesApi, SearchApi } from '@alfresco/js-api';
import { Composition, Parsed, parseComposition } from './vote/composition';
import { VoteLists } from './vote/vote-selection';
import { DEFAULT_COMPOSITION_PATH, RB } from './model';
import { pendingDecisionsQuery } from './route/route-status';

export interface VoteHeader {
  votingBody: string;
  voteDate: string;
}

export interface PendingProposal {
  decisionId: string;
  proposalId: string | null;
  name: string;
  properties: Record<string, unknown>;
}

/**
 * Everything the extension reads and writes in the repository, through the v1 REST API (js-api), as the signed-in
 * user: the node, the composition CSV, the vote, and the search for proposals a council has not decided yet.
 */
@Injectable({ providedIn: 'root' })
export class RegiobesluitApi {
  private readonly api = inject(AlfrescoApiService);

  private nodes(): NodesApi {
    return new NodesApi(this.api.getInstance());
  }

  /**
   * The node with its properties and aspects. Not with allowableOperations: whoever may not write the node learns it
   * from the save's 403; ACA's own node (the sidebar's input) carries them and the tab uses those.
   */
  node(id: string): Promise<Node> {
    return this.nodes()
      .getNode(id, { include: ['properties', 'aspectNames'] })
      .then((e) => e.entry);
  }

  /**
   * Saves the vote. Only properties are sent: the repository adds rb:votes with them (NodesImpl.updateNode →
   * NodeService.addProperties adds the aspects the properties belong to), so the routing service sees one change.
   */
  saveVote(id: string, header: VoteHeader, lists: VoteLists): Promise<Node> {
    const properties: Record<string, unknown> = {
      [RB.PROP_VOTING_BODY]: header.votingBody,
      [RB.PROP_VOTE_DATE]: header.voteDate,
      [RB.PROP_VOTES_YES]: lists.yes,
      [RB.PROP_VOTES_NO]: lists.no,
      [RB.PROP_VOTES_ABSTAIN]: lists.abstain
    };
    return this.nodes()
      .updateNode(id, { properties: properties as NodeBodyUpdate['properties'] }, { include: ['properties', 'aspectNames'] })
      .then((e) => e.entry);
  }

  /**
   * The composition below Company Home at {@code path}; when that file is not there, the only CSV in its folder, or
   * of several the one changed last (the Docker bootstrap uploads it as samenstelling-<year>.csv), as the Share grid does.
   */
  async composition(path: string = DEFAULT_COMPOSITION_PATH): Promise<Parsed<Composition>> {
    const nodes = this.nodes();
    let file: Node | null = null;
    try {
      file = (await nodes.getNode('-root-', { relativePath: path })).entry;
    } catch (e) {
      if (status(e) !== 404) {
        return { ok: false, problem: `${path}: ${describe(e)}` };
      }
      const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
      try {
        const children = await nodes.listNodeChildren('-root-', { relativePath: folder, where: '(isFile=true)', maxItems: 100 });
        const csvs = (children.list?.entries ?? []).map((c) => c.entry).filter((n) => n.name.toLowerCase().endsWith('.csv'));
        csvs.sort((a, b) => new Date(b.modifiedAt).getTime() - new Date(a.modifiedAt).getTime());
        file = csvs[0] ?? null;
      } catch (e2) {
        return { ok: false, problem: `${folder}: ${describe(e2)}` };
      }
      if (!file) {
        return { ok: false, problem: `${path}: not found, and no CSV in its folder` };
      }
    }
    try {
      const content: unknown = await nodes.getNodeContent(file.id);
      const text = typeof content === 'string' ? content : await (content as Blob).text();
      return parseComposition(text, file.name);
    } catch (e) {
      return { ok: false, problem: `${file.name}: ${describe(e)}` };
    }
  }

  /** The routed proposals the council has not decided yet: its PENDING council decisions and their proposals. */
  async pendingFor(council: string): Promise<PendingProposal[]> {
    const search = new SearchApi(this.api.getInstance());
    const found = await search.search({
      query: { query: pendingDecisionsQuery(council), language: 'afts' },
      include: ['properties'],
      paging: { maxItems: 100, skipCount: 0 }
    });
    const nodes = this.nodes();
    return Promise.all(
      (found.list?.entries ?? []).map(async ({ entry }) => {
        const sources = await nodes.listSourceAssociations(entry.id, {
          where: `(assocType='${RB.ASSOC_PROPOSAL_COUNCIL_DECISIONS}')`,
          include: ['properties']
        });
        const proposal = sources.list?.entries?.[0]?.entry;
        return {
          decisionId: entry.id,
          proposalId: proposal?.id ?? null,
          name: proposal?.name ?? entry.name,
          properties: (proposal?.properties ?? {}) as Record<string, unknown>
        };
      })
    );
  }
}

function status(e: unknown): number | null {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : null;
}

function describe(e: unknown): string {
  const s = status(e);
  return s === null ? String((e as Error)?.message ?? e) : `HTTP ${s}`;
}
