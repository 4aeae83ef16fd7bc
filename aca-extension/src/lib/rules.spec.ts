import { RuleContext } from '@alfresco/adf-extensions';
import { hasRouteStatus, isVoteDocument } from './rules';
import { USER_FACING_ASPECTS, withRegiobesluitAspects } from './aspect-visible';

const withFile = (nodeType: string) => ({ selection: { file: { entry: { nodeType } } } }) as unknown as RuleContext;

describe('rules and aspect visibility', () => {
  it('offers the vote tab on agenda items and advice only', () => {
    expect(isVoteDocument(withFile('rb:agendaItem'))).toBeTrue();
    expect(isVoteDocument(withFile('rb:advice'))).toBeTrue();
    expect(isVoteDocument(withFile('rb:proposal'))).toBeFalse();
    expect(isVoteDocument({ selection: {} } as unknown as RuleContext)).toBeFalse();
  });

  it('shows the route badge on nodes with a route status', () => {
    const ctx = {} as RuleContext;
    expect(hasRouteStatus(ctx, { entry: { properties: { 'rb:routeStatus': 'SUBMITTED' } } })).toBeTrue();
    expect(hasRouteStatus(ctx, { entry: { properties: {} } })).toBeFalse();
    expect(hasRouteStatus(ctx, undefined)).toBeFalse();
  });

  it('adds a regiobesluit group to aspect-visible and leaves the other groups alone', () => {
    const config: Record<string, any> = withRegiobesluitAspects({ 'aspect-visible': { default: ['cm:taggable'] }, other: 1 } as Record<string, any>);
    expect(config['aspect-visible']).toEqual({ default: ['cm:taggable'], regiobesluit: [...USER_FACING_ASPECTS] });
    expect(config['other']).toBe(1);
    expect(USER_FACING_ASPECTS).not.toContain('rb:voteResult');
  });
});
