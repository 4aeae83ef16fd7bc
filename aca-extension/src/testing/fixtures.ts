/** Small, hand-made test data: a composition of two municipalities and a stored result for it. */
import { Node } from '@alfresco/js-api';

export const COMPOSITION_CSV = [
  'municipality,valid_votes,council_seats,party,seats,party_family',
  'Leiden,55146,39,D66,12,D66',
  'Leiden,55146,39,VVD,5,VVD',
  'Leiden,55146,39,"Partij, met komma",2,OTHER',
  'Zoeterwoude,4000,15,CDA,4,CDA',
  'Zoeterwoude,4000,15,Progressief Zoeterwoude,3,OTHER'
].join('\r\n');

/** What the routing service writes: VoteResultProperties + VoteOutcomeJson (fractions "p/q"). */
export function resultProps(votes: { yes: string[]; no: string[]; abstain: string[] }): Record<string, unknown> {
  return {
    'rb:resultPassed': true,
    'rb:resultYesSharePct': 62.5,
    'rb:resultScheme': 'A',
    'rb:resultRule': 'simple',
    'rb:resultDecisiveMunicipalities': ['Leiden'],
    'rb:resultBlockingMunicipalities': ['Leiden', 'Zoeterwoude'],
    'rb:resultPivotalMunicipalities': ['Leiden'],
    'rb:resultWgrAllowed': false,
    'rb:resultCompositionDate': '2014-03-19',
    'rb:resultJson': JSON.stringify({
      computationVersion: 'regiobesluit-vote/2',
      inputs: { votes },
      passed: true,
      yesShare: '5/8',
      yesSharePct: '62.5000',
      yesWeightPerMunicipality: { Leiden: '1/2', Zoeterwoude: '1/8' },
      analysis: {
        couldPassAlone: ['Leiden'],
        couldBlockAlone: ['Leiden', 'Zoeterwoude'],
        power: {
          method: 'BANZHAF_SHAPLEY_SHUBIK',
          municipalities: [
            { municipality: 'Leiden', banzhaf: '3/4', banzhafPct: '75.00', shapleyShubik: '2/3', shapleyShubikPct: '66.67' },
            { municipality: 'Zoeterwoude', banzhaf: '1/4', banzhafPct: '25.00', shapleyShubik: '1/3', shapleyShubikPct: '33.33' }
          ]
        }
      }
    })
  };
}

export function agendaItem(properties: Record<string, unknown> = {}): Node {
  return {
    id: 'item-1',
    name: 'Agendapunt 3',
    nodeType: 'rb:agendaItem',
    isFile: true,
    isFolder: false,
    modifiedAt: new Date('2026-11-01'),
    createdAt: new Date('2026-11-01'),
    modifiedByUser: { id: 'griffie', displayName: 'Griffie' },
    createdByUser: { id: 'griffie', displayName: 'Griffie' },
    parentId: 'folder-1',
    aspectNames: [],
    allowableOperations: ['update'],
    properties: { 'rb:meetingBody': 'REGIOCOMMISSIE', ...properties }
  } as unknown as Node;
}
