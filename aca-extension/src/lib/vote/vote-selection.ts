/**
 * Who voted how, as the grid holds it: each member is in at most one list (yes, no, abstain); whoever is in none is
 * absent. Values are immutable: every change returns a new selection. Pure functions, no Angular.
 */
import { Composition, normalName, PartyGroup } from './composition';

export type VoteChoice = 'yes' | 'no' | 'abstain';
export const CHOICES: readonly VoteChoice[] = ['yes', 'no', 'abstain'];

export interface VoteLists {
  yes: string[];
  no: string[];
  abstain: string[];
}

export interface VoteSelection {
  /** member key → choice */
  readonly choices: ReadonlyMap<string, VoteChoice>;
  /** stored members that match no member of the composition: kept, so opening and saving drops nothing */
  readonly extra: readonly string[];
}

export const EMPTY_SELECTION: VoteSelection = { choices: new Map(), extra: [] };

/** Choosing a member's current choice again clears it; another choice moves the member to that list. */
export function choose(selection: VoteSelection, key: string, choice: VoteChoice): VoteSelection {
  const choices = new Map(selection.choices);
  if (choices.get(key) === choice) {
    choices.delete(key);
  } else {
    choices.set(key, choice);
  }
  return { ...selection, choices };
}

/** "Hele gemeente / Whole municipality": every party group of the municipality gets this choice. */
export function chooseMunicipality(selection: VoteSelection, composition: Composition, municipality: string, choice: VoteChoice): VoteSelection {
  const choices = new Map(selection.choices);
  membersOf(composition, municipality).forEach((m) => choices.set(m.key, choice));
  return { ...selection, choices };
}

export function clearMunicipality(selection: VoteSelection, composition: Composition, municipality: string): VoteSelection {
  const choices = new Map(selection.choices);
  membersOf(composition, municipality).forEach((m) => choices.delete(m.key));
  return { ...selection, choices };
}

/** "Alles wissen / Clear all": the composition's members only; stored members outside it stay as they were. */
export function clearAll(selection: VoteSelection, composition: Composition): VoteSelection {
  const choices = new Map(selection.choices);
  composition.members.forEach((m) => choices.delete(m.key));
  return { ...selection, choices };
}

function membersOf(composition: Composition, municipality: string): PartyGroup[] {
  const group = composition.municipalities.find((g) => normalName(g.name) === normalName(municipality));
  return group ? group.members : [];
}

/** The lists to store, in the composition's order, then the extra members in stored order. */
export function toLists(selection: VoteSelection, composition: Composition): VoteLists {
  const lists: VoteLists = { yes: [], no: [], abstain: [] };
  for (const key of [...composition.members.map((m) => m.key), ...selection.extra]) {
    const choice = selection.choices.get(key);
    if (choice) {
      lists[choice].push(key);
    }
  }
  return lists;
}

export interface StoredReading {
  selection: VoteSelection;
  /** members found in more than one stored list: kept in the first of yes, no, abstain */
  conflicts: string[];
}

/**
 * Reads the stored lists against a composition. A stored value matches a member whatever its case and spacing and
 * then takes the composition's spelling; a value that matches no member is kept as an extra member.
 */
export function fromStored(stored: Partial<Record<VoteChoice, readonly string[] | null | undefined>>, composition: Composition): StoredReading {
  const byNorm = new Map(composition.members.map((m) => [normalKey(m.key), m.key] as const));
  const choices = new Map<string, VoteChoice>();
  const extra: string[] = [];
  const conflicts: string[] = [];
  for (const choice of CHOICES) {
    for (const value of stored[choice] ?? []) {
      const key = byNorm.get(normalKey(value)) ?? extraKey(extra, value);
      if (choices.has(key)) {
        if (choices.get(key) !== choice) {
          conflicts.push(key);
        }
        continue;
      }
      choices.set(key, choice);
    }
  }
  return { selection: { choices, extra }, conflicts };
}

function extraKey(extra: string[], value: string): string {
  const found = extra.find((e) => normalKey(e) === normalKey(value));
  if (found) {
    return found;
  }
  const key = value.trim();
  extra.push(key);
  return key;
}

/** "Leiden / D66" and "leiden/d66" are one member. */
export function normalKey(key: string): string {
  return key
    .split('/')
    .map((part) => normalName(part))
    .join('/');
}

export interface Tally {
  groups: number;
  seats: number;
}

/** Per list: how many party groups, and how many seats they hold (extra members count as groups without seats). */
export function tally(selection: VoteSelection, composition: Composition): Record<VoteChoice, Tally> {
  const seats = new Map(composition.members.map((m) => [m.key, m.seats] as const));
  const result: Record<VoteChoice, Tally> = { yes: { groups: 0, seats: 0 }, no: { groups: 0, seats: 0 }, abstain: { groups: 0, seats: 0 } };
  selection.choices.forEach((choice, key) => {
    result[choice].groups++;
    result[choice].seats += seats.get(key) ?? 0;
  });
  return result;
}

/** Whether two sets of lists name the same members in the same lists (order, case and spacing aside). */
export function sameLists(a: VoteLists, b: VoteLists): boolean {
  return CHOICES.every((c) => {
    const x = new Set(a[c].map(normalKey));
    const y = new Set(b[c].map(normalKey));
    return x.size === y.size && [...x].every((k) => y.has(k));
  });
}
