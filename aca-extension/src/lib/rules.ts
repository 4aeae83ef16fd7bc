import { RuleContext } from '@alfresco/adf-extensions';
import { RB } from './model';

type NodeLike = { entry?: { nodeType?: string; properties?: Record<string, unknown>; aspectNames?: string[] } } | null | undefined;

/** The selected file is an agenda item or an advice: the nodes a vote is recorded on (as Share's rb.evaluator.isVoteDocument). */
export function isVoteDocument(context: RuleContext): boolean {
  const type = context?.selection?.file?.entry?.nodeType;
  return type === RB.TYPE_AGENDA_ITEM || type === RB.TYPE_ADVICE;
}

/** For a badge: ACA evaluates a badge's visibility rule with the row's node as the argument after the context. */
export function hasRouteStatus(_context: RuleContext, node?: NodeLike): boolean {
  const status = node?.entry?.properties?.[RB.PROP_ROUTE_STATUS];
  return typeof status === 'string' && status !== '';
}
