/**
 * The computed result as the tab shows it, read from rb:voteResult: the summary properties for what they hold, the
 * full result (rb:resultJson, regio-core VoteOutcomeJson) for the exact fractions, the votes it was computed from
 * and the power per municipality. Pure functions, no Angular.
 */
import { RB } from '../model';
import { VoteLists, sameLists } from './vote-selection';

export interface MunicipalityShare {
  municipality: string;
  /** yes weight of the municipality as a share of all weight, in percent */
  yesPct: number;
}

export interface MunicipalityPower {
  municipality: string;
  banzhafPct: number;
  shapleyShubikPct: number;
  /** true when the service estimated the power instead of computing it exactly */
  estimate: boolean;
}

export interface VoteResultView {
  passed: boolean;
  yesSharePct: number;
  /** the exact yes share, "p/q" */
  yesShare: string | null;
  perMunicipality: MunicipalityShare[];
  decisive: string[];
  blocking: string[];
  pivotal: string[];
  power: MunicipalityPower[];
  wgrAllowed: boolean | null;
  scheme: string | null;
  rule: string | null;
  compositionDate: string | null;
  /** the votes the result was computed from, when the full result says */
  computedFrom: VoteLists | null;
}

type Props = Record<string, unknown> | null | undefined;

/** "p/q" (or an integer) as a number; NaN when it is no fraction. */
export function fraction(text: unknown): number {
  if (typeof text === 'number') {
    return text;
  }
  if (typeof text !== 'string') {
    return NaN;
  }
  const m = /^\s*(-?\d+)\s*(?:\/\s*(\d+))?\s*$/.exec(text);
  if (!m) {
    return NaN;
  }
  const q = m[2] === undefined ? 1 : Number(m[2]);
  return q === 0 ? NaN : Number(m[1]) / q;
}

function strings(v: unknown): string[] {
  if (Array.isArray(v)) {
    return v.filter((x): x is string => typeof x === 'string');
  }
  return typeof v === 'string' && v !== '' ? [v] : [];
}

function json(props: Props): Record<string, any> | null {
  const raw = props?.[RB.PROP_RESULT_JSON];
  if (typeof raw !== 'string' || raw.trim() === '') {
    return null;
  }
  try {
    const parsed = JSON.parse(raw);
    return parsed && typeof parsed === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

/** null when the node carries no computed result (no rb:resultPassed). */
export function readVoteResult(props: Props): VoteResultView | null {
  if (!props || typeof props[RB.PROP_RESULT_PASSED] !== 'boolean') {
    return null;
  }
  const full = json(props);
  const pctProp = props[RB.PROP_RESULT_YES_SHARE_PCT];
  const yesShare = typeof full?.['yesShare'] === 'string' ? full['yesShare'] : null;
  const yesSharePct = typeof pctProp === 'number' ? pctProp : 100 * fraction(yesShare);
  const perMunicipality: MunicipalityShare[] = Object.entries((full?.['yesWeightPerMunicipality'] ?? {}) as Record<string, unknown>).map(
    ([municipality, w]) => ({ municipality, yesPct: 100 * fraction(w) })
  );
  const powerNode = full?.['analysis']?.['power'];
  const estimate = powerNode?.['method'] === 'ESTIMATE';
  const power: MunicipalityPower[] = (Array.isArray(powerNode?.['municipalities']) ? powerNode['municipalities'] : []).map((m: any) =>
    estimate
      ? { municipality: m.municipality, banzhafPct: 100 * Number(m.banzhaf?.estimate), shapleyShubikPct: 100 * Number(m.shapleyShubik?.estimate), estimate }
      : { municipality: m.municipality, banzhafPct: 100 * fraction(m.banzhaf), shapleyShubikPct: 100 * fraction(m.shapleyShubik), estimate }
  );
  const votes = full?.['inputs']?.['votes'];
  const computedFrom: VoteLists | null = votes ? { yes: strings(votes.yes), no: strings(votes.no), abstain: strings(votes.abstain) } : null;
  const wgr = props[RB.PROP_RESULT_WGR_ALLOWED];
  return {
    passed: props[RB.PROP_RESULT_PASSED] as boolean,
    yesSharePct,
    yesShare,
    perMunicipality,
    decisive: strings(props[RB.PROP_RESULT_DECISIVE]),
    blocking: strings(props[RB.PROP_RESULT_BLOCKING]),
    pivotal: strings(props[RB.PROP_RESULT_PIVOTAL]),
    power,
    wgrAllowed: typeof wgr === 'boolean' ? wgr : null,
    scheme: (props[RB.PROP_RESULT_SCHEME] as string) ?? null,
    rule: (props[RB.PROP_RESULT_RULE] as string) ?? null,
    compositionDate: (props[RB.PROP_RESULT_COMPOSITION_DATE] as string) ?? null,
    computedFrom
  };
}

/** The stored vote lists of a node. */
export function storedLists(props: Props): VoteLists {
  return { yes: strings(props?.[RB.PROP_VOTES_YES]), no: strings(props?.[RB.PROP_VOTES_NO]), abstain: strings(props?.[RB.PROP_VOTES_ABSTAIN]) };
}

/** Whether the stored result answers the node's current votes (the service computes after every change of them). */
export function resultIsCurrent(result: VoteResultView, lists: VoteLists): boolean {
  return result.computedFrom !== null && sameLists(result.computedFrom, lists);
}

/** The bar chart's scale: the largest power is the full width. */
export function barWidths(power: MunicipalityPower[]): Map<string, number> {
  const max = Math.max(0, ...power.map((p) => p.banzhafPct).filter((x) => Number.isFinite(x)));
  return new Map(power.map((p) => [p.municipality, max > 0 && Number.isFinite(p.banzhafPct) ? (100 * p.banzhafPct) / max : 0]));
}
