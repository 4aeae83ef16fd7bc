/**
 * The region's composition as the vote grid needs it: party groups per municipality, with seats, read from the
 * composition CSV the routing service computes with (regio-core CompositionCsv; columns found by header:
 * municipality, party, seats and, when present, council_seats). Pure functions, no Angular.
 */

export interface PartyGroup {
  municipality: string;
  party: string;
  seats: number;
  /** How a member is stored in rb:votesYes/No/Abstain and named in rb:resultJson: "Municipality/PartyGroup". */
  key: string;
}

export interface MunicipalityGroup {
  name: string;
  councilSeats: number | null;
  members: PartyGroup[];
}

export interface Composition {
  source: string;
  municipalities: MunicipalityGroup[];
  members: PartyGroup[];
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** RFC 4180: fields separated by commas; a quoted field may hold commas, line breaks and doubled quotes. */
export function parseCsv(text: string): Parsed<string[][]> {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') {
          line++;
        }
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') {
        i++;
      }
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
    } else {
      field += c;
    }
  }
  if (quoted) {
    return { ok: false, problem: `line ${quoteLine}: unclosed quote` };
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { ok: true, value: rows };
}

/** Case and spacing do not tell members apart (as the Share grid and regio-core's member matching). */
export function normalName(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function memberKey(municipality: string, party: string): string {
  return `${municipality.trim()}/${party.trim()}`;
}

/** The members of a composition CSV, grouped per municipality, both in file order; one problem names file, line and field. */
export function parseComposition(text: string, source: string): Parsed<Composition> {
  const csv = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!csv.ok) {
    return { ok: false, problem: `${source} ${csv.problem}` };
  }
  const rows = csv.value.filter((r) => r.some((f) => f.trim() !== ''));
  if (rows.length === 0) {
    return { ok: false, problem: `${source}: the CSV is empty` };
  }
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  for (const needed of ['municipality', 'party', 'seats']) {
    if (col(needed) < 0) {
      return { ok: false, problem: `${source} line 1: no column "${needed}" in the header` };
    }
  }
  const byName = new Map<string, MunicipalityGroup>();
  const municipalities: MunicipalityGroup[] = [];
  const members: PartyGroup[] = [];
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    const lineNo = i + 1;
    const municipality = (r[col('municipality')] ?? '').trim();
    const party = (r[col('party')] ?? '').trim();
    const seatsText = (r[col('seats')] ?? '').trim();
    if (!municipality) {
      return { ok: false, problem: `${source} line ${lineNo}, field municipality: empty` };
    }
    if (!party) {
      return { ok: false, problem: `${source} line ${lineNo}, field party: empty` };
    }
    if (!/^\d+$/.test(seatsText)) {
      return { ok: false, problem: `${source} line ${lineNo}, field seats: "${seatsText}" is not a whole number` };
    }
    const councilSeatsText = col('council_seats') >= 0 ? (r[col('council_seats')] ?? '').trim() : '';
    let group = byName.get(normalName(municipality));
    if (!group) {
      group = { name: municipality, councilSeats: /^\d+$/.test(councilSeatsText) ? Number(councilSeatsText) : null, members: [] };
      byName.set(normalName(municipality), group);
      municipalities.push(group);
    }
    const member: PartyGroup = { municipality: group.name, party, seats: Number(seatsText), key: memberKey(group.name, party) };
    if (group.members.some((m) => normalName(m.party) === normalName(party))) {
      return { ok: false, problem: `${source} line ${lineNo}, field party: "${party}" appears twice in ${group.name}` };
    }
    group.members.push(member);
    members.push(member);
  }
  if (members.length === 0) {
    return { ok: false, problem: `${source}: no party groups in the CSV` };
  }
  return { ok: true, value: { source, municipalities, members } };
}
