import { barWidths, fraction, readVoteResult, resultIsCurrent, storedLists } from './vote-result';
import { resultProps } from '../../testing/fixtures';

describe('vote result', () => {
  const votes = { yes: ['Leiden/D66', 'Leiden/VVD'], no: ['Zoeterwoude/CDA'], abstain: [] };

  it('is absent until the service wrote rb:resultPassed', () => {
    expect(readVoteResult({ 'rb:votesYes': ['Leiden/D66'] })).toBeNull();
    expect(readVoteResult(null)).toBeNull();
  });

  it('reads passed, yes share, decisive and blocking municipalities and the WGR flag from the properties', () => {
    const r = readVoteResult(resultProps(votes))!;
    expect(r.passed).toBeTrue();
    expect(r.yesSharePct).toBe(62.5);
    expect(r.yesShare).toBe('5/8');
    expect(r.decisive).toEqual(['Leiden']);
    expect(r.blocking).toEqual(['Leiden', 'Zoeterwoude']);
    expect(r.wgrAllowed).toBeFalse();
  });

  it('reads the yes weight per municipality and the power per municipality from the exact fractions of rb:resultJson', () => {
    const r = readVoteResult(resultProps(votes))!;
    expect(r.perMunicipality).toEqual([
      { municipality: 'Leiden', yesPct: 50 },
      { municipality: 'Zoeterwoude', yesPct: 12.5 }
    ]);
    expect(r.power.map((p) => [p.municipality, p.banzhafPct, p.estimate])).toEqual([
      ['Leiden', 75, false],
      ['Zoeterwoude', 25, false]
    ]);
    expect(barWidths(r.power).get('Zoeterwoude')).toBeCloseTo(100 / 3, 6);
    expect(barWidths(r.power).get('Leiden')).toBe(100);
  });

  it('tells whether the result answers the votes stored now', () => {
    const props = { ...resultProps(votes), 'rb:votesYes': ['leiden/d66', 'Leiden/VVD'], 'rb:votesNo': ['Zoeterwoude/CDA'] };
    const r = readVoteResult(props)!;
    expect(resultIsCurrent(r, storedLists(props))).toBeTrue();
    expect(resultIsCurrent(r, { ...storedLists(props), abstain: ['Zoeterwoude/Progressief Zoeterwoude'] })).toBeFalse();
  });

  it('survives a result JSON it cannot read: the summary properties still show', () => {
    const r = readVoteResult({ ...resultProps(votes), 'rb:resultJson': '{not json' })!;
    expect(r.passed).toBeTrue();
    expect(r.perMunicipality).toEqual([]);
    expect(r.computedFrom).toBeNull();
  });

  it('reads fractions', () => {
    expect(fraction('3/4')).toBe(0.75);
    expect(fraction('2')).toBe(2);
    expect(fraction('1/0')).toBeNaN();
    expect(fraction('x')).toBeNaN();
  });
});
