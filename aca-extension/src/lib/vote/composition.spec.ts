import { parseComposition, parseCsv } from './composition';
import { COMPOSITION_CSV } from '../../testing/fixtures';

describe('composition CSV', () => {
  it('groups party groups per municipality in file order, with seats and the stored member key', () => {
    const parsed = parseComposition(COMPOSITION_CSV, 'composition.csv');
    if (!parsed.ok) {
      fail(parsed.problem);
      return;
    }
    expect(parsed.value.municipalities.map((m) => m.name)).toEqual(['Leiden', 'Zoeterwoude']);
    expect(parsed.value.municipalities.map((m) => m.councilSeats)).toEqual([39, 15]);
    expect(parsed.value.municipalities[0].members.map((m) => [m.party, m.seats])).toEqual([
      ['D66', 12],
      ['VVD', 5],
      ['Partij, met komma', 2]
    ]);
    expect(parsed.value.members.map((m) => m.key)).toContain('Zoeterwoude/Progressief Zoeterwoude');
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const csv = parseCsv('a,"b, c","say ""hi""","two\nlines"\nx,y,z,w');
    expect(csv).toEqual({ ok: true, value: [['a', 'b, c', 'say "hi"', 'two\nlines'], ['x', 'y', 'z', 'w']] });
  });

  it('names the file, line and field of a bad seats value', () => {
    const parsed = parseComposition('municipality,party,seats\nLeiden,D66,12\nLeiden,VVD,vijf\n', 'samenstelling-2014.csv');
    expect(parsed).toEqual({ ok: false, problem: 'samenstelling-2014.csv line 3, field seats: "vijf" is not a whole number' });
  });

  it('names a missing column', () => {
    const parsed = parseComposition('municipality,party\nLeiden,D66\n', 'c.csv');
    expect(parsed).toEqual({ ok: false, problem: 'c.csv line 1: no column "seats" in the header' });
  });

  it('refuses an unclosed quote and a party group listed twice in one municipality', () => {
    expect(parseComposition('municipality,party,seats\n"Leiden,D66,1\n', 'c.csv').ok).toBeFalse();
    const twice = parseComposition('municipality,party,seats\nLeiden,D66,1\nleiden,d66,2\n', 'c.csv');
    expect(twice).toEqual({ ok: false, problem: 'c.csv line 3, field party: "d66" appears twice in Leiden' });
  });
});
