package nl.regiobesluit.voting;

import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a composition from CSV with header
 * {@code municipality,valid_votes,population,council_seats,party,seats,party_votes}, one row per party group.
 * {@code population} and {@code party_votes} may be absent or empty; other columns are kept as attributes.
 * Lines starting with {@code #} are comments. Every problem names the file, line and field.
 */
public final class CompositionCsv {

    public static final String MUNICIPALITY = "municipality";
    public static final String VALID_VOTES = "valid_votes";
    public static final String POPULATION = "population";
    public static final String COUNCIL_SEATS = "council_seats";
    public static final String PARTY = "party";
    public static final String SEATS = "seats";
    public static final String PARTY_VOTES = "party_votes";

    private static final List<String> REQUIRED = List.of(MUNICIPALITY, VALID_VOTES, COUNCIL_SEATS, PARTY, SEATS);
    private static final List<String> KNOWN = List.of(MUNICIPALITY, VALID_VOTES, POPULATION, COUNCIL_SEATS, PARTY, SEATS, PARTY_VOTES);

    private CompositionCsv() {
    }

    public static Result<Composition> read(Path file, LocalDate validFrom) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            return Result.rejected(Problem.at(file.toString(), 0, null, "cannot read file: no such file"));
        } catch (IOException | RuntimeException e) {
            return Result.rejected(Problem.at(file.toString(), 0, null, "cannot read file: " + describe(e)));
        }
        return parse(file.toString(), text, validFrom);
    }

    public static Result<Composition> parse(String source, String text, LocalDate validFrom) {
        try {
            return new Parser(source).parse(new StringReader(stripBom(text)), validFrom);
        } catch (IOException e) {
            return Result.rejected(Problem.at(source, 0, null, "cannot read: " + describe(e)));
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** One row as read, with the line it came from. */
    private record Row(int line, Map<String, String> values) {
        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.trim();
        }
    }

    private static final class Parser {
        private final String source;
        private final List<Problem> problems = new ArrayList<>();

        Parser(String source) {
            this.source = source;
        }

        Result<Composition> parse(Reader reader, LocalDate validFrom) throws IOException {
            BufferedReader in = new BufferedReader(reader);
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> fields = splitCsvLine(line, lineNo);
                if (fields == null) {
                    continue;
                }
                if (header == null) {
                    header = fields.stream().map(String::trim).toList();
                    if (!checkHeader(header, lineNo)) {
                        return Result.rejected(problems);
                    }
                    continue;
                }
                if (fields.size() != header.size()) {
                    problems.add(Problem.at(source, lineNo, null,
                            "has " + fields.size() + " fields, but the header has " + header.size()));
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), fields.get(i));
                }
                rows.add(new Row(lineNo, values));
            }
            if (header == null) {
                problems.add(Problem.at(source, 0, null, "empty file: expected a header line with " + String.join(",", REQUIRED)));
                return Result.rejected(problems);
            }
            if (rows.isEmpty() && problems.isEmpty()) {
                problems.add(Problem.at(source, 0, null, "no party groups: the file has a header but no rows"));
            }
            List<String> extra = header.stream().filter(h -> !KNOWN.contains(h)).toList();
            Composition composition = build(rows, extra, validFrom);
            return problems.isEmpty() ? Result.ok(composition) : Result.rejected(problems);
        }

        private boolean checkHeader(List<String> header, int lineNo) {
            for (String column : REQUIRED) {
                if (!header.contains(column)) {
                    problems.add(Problem.at(source, lineNo, column,
                            "missing column (the header needs " + String.join(",", REQUIRED) + ")"));
                }
            }
            Map<String, Integer> seen = new HashMap<>();
            for (String column : header) {
                if (seen.merge(column, 1, Integer::sum) == 2) {
                    problems.add(Problem.at(source, lineNo, column, "column appears twice in the header"));
                }
            }
            return problems.isEmpty();
        }

        private Composition build(List<Row> rows, List<String> extra, LocalDate validFrom) {
            Map<String, MunicipalityDraft> drafts = new LinkedHashMap<>();
            for (Row row : rows) {
                String name = row.get(MUNICIPALITY);
                if (name.isEmpty()) {
                    problems.add(Problem.at(source, row.line(), MUNICIPALITY, "is empty"));
                    continue;
                }
                if (name.contains("/")) {
                    problems.add(Problem.at(source, row.line(), MUNICIPALITY, "must not contain '/': '" + name + "'"));
                    continue;
                }
                drafts.computeIfAbsent(name, n -> new MunicipalityDraft(n, row.line())).add(row);
            }
            List<Municipality> municipalities = new ArrayList<>();
            for (MunicipalityDraft draft : drafts.values()) {
                Municipality m = draft.finish(extra);
                if (m != null) {
                    municipalities.add(m);
                }
            }
            return new Composition(source, validFrom, extra, municipalities);
        }

        private final class MunicipalityDraft {
            final String name;
            final int firstLine;
            Long validVotes;
            Long population;
            int populationLine;
            Integer councilSeats;
            final List<PartyGroup> groups = new ArrayList<>();
            final Map<String, Integer> partyLines = new HashMap<>();
            boolean broken;

            MunicipalityDraft(String name, int firstLine) {
                this.name = name;
                this.firstLine = firstLine;
            }

            void add(Row row) {
                Long vv = wholeNumber(row, VALID_VOTES, true);
                Long pop = wholeNumber(row, POPULATION, false);
                Long cs = wholeNumber(row, COUNCIL_SEATS, true);
                Long seats = wholeNumber(row, SEATS, true);
                Long votes = wholeNumber(row, PARTY_VOTES, false);
                String party = row.get(PARTY);
                if (party.isEmpty()) {
                    problems.add(Problem.at(source, row.line(), PARTY, "is empty"));
                    broken = true;
                    return;
                }
                Integer earlier = partyLines.putIfAbsent(party, row.line());
                if (earlier != null) {
                    problems.add(Problem.at(source, row.line(), PARTY,
                            "party group '" + party + "' appears twice in " + name + " (also on line " + earlier + ")"));
                    broken = true;
                    return;
                }
                validVotes = agree(row, VALID_VOTES, validVotes, vv);
                councilSeats = toInt(agree(row, COUNCIL_SEATS, councilSeats == null ? null : councilSeats.longValue(), cs));
                if (pop != null) {
                    if (population == null) {
                        population = pop;
                        populationLine = row.line();
                    } else if (!population.equals(pop)) {
                        problems.add(Problem.at(source, row.line(), POPULATION, "is " + pop + " but " + population
                                + " for " + name + " on line " + populationLine + "; a municipality has one population"));
                    }
                }
                if (vv == null || cs == null || seats == null || (row.values().containsKey(PARTY_VOTES) && !row.get(PARTY_VOTES).isEmpty() && votes == null)
                        || (row.values().containsKey(POPULATION) && !row.get(POPULATION).isEmpty() && pop == null)) {
                    broken = true;
                    return;
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                for (Map.Entry<String, String> e : row.values().entrySet()) {
                    if (!KNOWN.contains(e.getKey())) {
                        attributes.put(e.getKey(), e.getValue().trim());
                    }
                }
                groups.add(new PartyGroup(name, party, seats.intValue(), votes, attributes));
            }

            private Long agree(Row row, String column, Long known, Long value) {
                if (value == null) {
                    return known;
                }
                if (known != null && !known.equals(value)) {
                    problems.add(Problem.at(source, row.line(), column, "is " + value + " but " + known + " for " + name
                            + " on an earlier line (first on line " + firstLine + "); it must be the same on every row of a municipality"));
                    broken = true;
                    return known;
                }
                return value;
            }

            Municipality finish(List<String> extra) {
                if (broken || validVotes == null || councilSeats == null) {
                    return null;
                }
                int sum = groups.stream().mapToInt(PartyGroup::seats).sum();
                if (sum != councilSeats) {
                    problems.add(Problem.at(source, firstLine, SEATS, "seats of the party groups of " + name + " add up to "
                            + sum + ", but council_seats is " + councilSeats));
                    return null;
                }
                if (councilSeats == 0) {
                    problems.add(Problem.at(source, firstLine, COUNCIL_SEATS, "council of " + name + " has no seats"));
                    return null;
                }
                if (validVotes == 0) {
                    problems.add(Problem.at(source, firstLine, VALID_VOTES, name + " has no valid votes"));
                    return null;
                }
                return new Municipality(name, validVotes, population, councilSeats, groups);
            }
        }

        private static Integer toInt(Long value) {
            return value == null ? null : Math.toIntExact(value);
        }

        private Long wholeNumber(Row row, String column, boolean required) {
            String raw = row.get(column);
            if (raw.isEmpty()) {
                if (required) {
                    problems.add(Problem.at(source, row.line(), column, "is empty"));
                }
                return null;
            }
            long value;
            try {
                value = Long.parseLong(raw);
            } catch (NumberFormatException e) {
                problems.add(Problem.at(source, row.line(), column, "not a whole number: '" + raw + "'"));
                return null;
            }
            if (value < 0) {
                problems.add(Problem.at(source, row.line(), column, "must not be negative: " + value));
                return null;
            }
            if (value > Integer.MAX_VALUE && (column.equals(SEATS) || column.equals(COUNCIL_SEATS))) {
                problems.add(Problem.at(source, row.line(), column, "too large: " + value));
                return null;
            }
            return value;
        }

        /** Splits one CSV line (RFC 4180 quoting, no embedded line breaks); null and a problem when quoting is broken. */
        private List<String> splitCsvLine(String line, int lineNo) {
            List<String> fields = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            current.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        current.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(current.toString());
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
            if (quoted) {
                problems.add(Problem.at(source, lineNo, null, "unterminated quoted field"));
                return null;
            }
            fields.add(current.toString());
            return fields;
        }
    }

    /** Writes a composition back as CSV with all known and extra columns; reading the text gives an equal composition. */
    public static String write(Composition composition) {
        List<String> header = new ArrayList<>(KNOWN);
        header.addAll(composition.extraColumns());
        StringBuilder b = new StringBuilder(String.join(",", header)).append('\n');
        for (Municipality m : composition.municipalities()) {
            for (PartyGroup g : m.partyGroups()) {
                List<String> cells = new ArrayList<>(List.of(m.name(), Long.toString(m.validVotes()),
                        m.population() == null ? "" : m.population().toString(), Integer.toString(m.councilSeats()),
                        g.name(), Integer.toString(g.seats()), g.votes() == null ? "" : g.votes().toString()));
                for (String extra : composition.extraColumns()) {
                    cells.add(g.attributes().getOrDefault(extra, ""));
                }
                b.append(String.join(",", cells.stream().map(CompositionCsv::quote).toList())).append('\n');
            }
        }
        return b.toString();
    }

    /** One CSV cell, quoted when it holds a comma or a quote (RFC 4180). */
    public static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
