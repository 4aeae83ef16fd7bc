import { Composition, parseComposition } from './composition';
import { EMPTY_SELECTION, choose, chooseMunicipality, clearAll, clearMunicipality, fromStored, sameLists, tally, toLists } from './vote-selection';
import { COMPOSITION_CSV } from '../../testing/fixtures';

function composition(): Composition {
  const parsed = parseComposition(COMPOSITION_CSV, 'c.csv');
  if (!parsed.ok) {
    throw new Error(parsed.problem);
  }
  return parsed.value;
}

describe('vote selection', () => {
  const comp = composition();

  it('keeps a member in one list at most, and choosing its choice again clears it', () => {
    let s = choose(EMPTY_SELECTION, 'Leiden/D66', 'yes');
    s = choose(s, 'Leiden/D66', 'no');
    expect(toLists(s, comp)).toEqual({ yes: [], no: ['Leiden/D66'], abstain: [] });
    s = choose(s, 'Leiden/D66', 'no');
    expect(toLists(s, comp)).toEqual({ yes: [], no: [], abstain: [] });
  });

  it('gives a whole municipality one choice and clears one municipality or all', () => {
    let s = chooseMunicipality(EMPTY_SELECTION, comp, 'leiden', 'yes');
    s = chooseMunicipality(s, comp, 'Zoeterwoude', 'abstain');
    expect(toLists(s, comp)).toEqual({
      yes: ['Leiden/D66', 'Leiden/VVD', 'Leiden/Partij, met komma'],
      no: [],
      abstain: ['Zoeterwoude/CDA', 'Zoeterwoude/Progressief Zoeterwoude']
    });
    expect(toLists(clearMunicipality(s, comp, 'Leiden'), comp).yes).toEqual([]);
    expect(toLists(clearMunicipality(s, comp, 'Leiden'), comp).abstain.length).toBe(2);
    expect(toLists(clearAll(s, comp), comp)).toEqual({ yes: [], no: [], abstain: [] });
  });

  it('writes the lists in the composition order, whatever the order of ticking', () => {
    let s = choose(EMPTY_SELECTION, 'Zoeterwoude/CDA', 'yes');
    s = choose(s, 'Leiden/VVD', 'yes');
    s = choose(s, 'Leiden/D66', 'yes');
    expect(toLists(s, comp).yes).toEqual(['Leiden/D66', 'Leiden/VVD', 'Zoeterwoude/CDA']);
  });

  it('reads stored lists whatever their case and spacing, in the composition spelling, and keeps unknown members', () => {
    const { selection, conflicts } = fromStored({ yes: [' leiden / d66', 'Oegstgeest/CDA'], no: ['LEIDEN/VVD'], abstain: null }, comp);
    expect(toLists(selection, comp)).toEqual({ yes: ['Leiden/D66', 'Oegstgeest/CDA'], no: ['Leiden/VVD'], abstain: [] });
    expect(selection.extra).toEqual(['Oegstgeest/CDA']);
    expect(conflicts).toEqual([]);
  });

  it('keeps a member stored in two lists in the first of yes, no, abstain and reports it', () => {
    const { selection, conflicts } = fromStored({ yes: ['Leiden/D66'], no: [], abstain: ['leiden/d66'] }, comp);
    expect(toLists(selection, comp)).toEqual({ yes: ['Leiden/D66'], no: [], abstain: [] });
    expect(conflicts).toEqual(['Leiden/D66']);
  });

  it('clearing all leaves members outside the composition alone', () => {
    const { selection } = fromStored({ yes: ['Leiden/D66', 'Oegstgeest/CDA'] }, comp);
    expect(toLists(clearAll(selection, comp), comp)).toEqual({ yes: ['Oegstgeest/CDA'], no: [], abstain: [] });
  });

  it('counts party groups and seats per list', () => {
    let s = chooseMunicipality(EMPTY_SELECTION, comp, 'Leiden', 'yes');
    s = choose(s, 'Zoeterwoude/CDA', 'no');
    expect(tally(s, comp)).toEqual({ yes: { groups: 3, seats: 19 }, no: { groups: 1, seats: 4 }, abstain: { groups: 0, seats: 0 } });
  });

  it('compares lists as sets of members per list', () => {
    expect(sameLists({ yes: ['A/x', 'B/y'], no: [], abstain: [] }, { yes: ['b/Y', 'a/x'], no: [], abstain: [] })).toBeTrue();
    expect(sameLists({ yes: ['A/x'], no: [], abstain: [] }, { yes: [], no: ['A/x'], abstain: [] })).toBeFalse();
  });
});
