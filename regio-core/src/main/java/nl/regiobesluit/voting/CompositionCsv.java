package nl.regiobesluit.voting;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import nl.regiobesluit.shared.Excerpt;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import nl.regiobesluit.shared.TextInput;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a composition from CSV with header
 * {@code municipality,valid_votes,population,council_seats,party,seats,party_votes}, one row per party group.
 * {@code population} and {@code party_votes} may be absent or empty; other columns are kept as attributes.
 *
 * <p>Griffies have Excel exports, so the file is read as Dutch Excel writes it: the separator ({@code ;}, {@code ,} or a
 * tab) is taken from the header line, UTF-8 with or without byte-order mark, else Windows-1252 (see {@link TextInput}),
 * any line ending; rows with only empty cells (Excel writes {@code ;;;;} for an empty row) and lines starting with
 * {@code #} are skipped. Splitting, quoting and line breaks inside quoted cells are Jackson's CSV module's job.
 *
 * <p>Limits are checked before any sum is made, so that no weight can overflow: at most {@link #MAX_BYTES} bytes,
 * whole numbers of ASCII digits up to {@link #MAX_VOTES} (votes, population) and {@link #MAX_SEATS} (seats), names of at
 * most {@link #MAX_NAME} characters without control characters. Every problem names the file, line and field in Dutch
 * with English alongside, and keeps {@link Problem#line()} set so that callers can map a row back to where it came from.
 */
public final class CompositionCsv {

    public static final String MUNICIPALITY = "municipality";
    public static final String VALID_VOTES = "valid_votes";
    public static final String POPULATION = "population";
    public static final String COUNCIL_SEATS = "council_seats";
    public static final String PARTY = "party";
    public static final String SEATS = "seats";
    public static final String PARTY_VOTES = "party_votes";

    /**
     * Largest file read: all 342 Dutch municipalities with fifteen party groups each take about 0.5 MB, so this leaves
     * room for extra columns while a wrong file (a database dump, {@code /dev/zero}) is refused before it is read.
     */
    public static final long MAX_BYTES = 4L * 1024 * 1024;
    /**
     * Largest number of votes or inhabitants: the Netherlands has about 18 million inhabitants, so a billion is a typing
     * error, and sums over {@link #MAX_BYTES} of rows stay far below {@link Long#MAX_VALUE}.
     */
    public static final long MAX_VOTES = 1_000_000_000L;
    /**
     * Largest number of seats: a municipal council has at most 45 (Gemeentewet art. 8), provincial states 55
     * (Provinciewet art. 8); a thousand leaves room for other bodies while keeping every sum exact in an {@code int}.
     */
    public static final long MAX_SEATS = 1_000L;
    /** Longest municipality, party or column name; the longest Dutch municipality name has 27 characters. */
    public static final int MAX_NAME = 100;

    private static final List<String> REQUIRED = List.of(MUNICIPALITY, VALID_VOTES, COUNCIL_SEATS, PARTY, SEATS);
    private static final List<String> KNOWN = List.of(MUNICIPALITY, VALID_VOTES, POPULATION, COUNCIL_SEATS, PARTY, SEATS, PARTY_VOTES);
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final CsvMapper CSV = new CsvMapper();

    private CompositionCsv() {
    }

    /** Reads and parses {@code file}: at most {@link #MAX_BYTES}, decoded as {@link TextInput#decode} says. */
    public static Result<Composition> read(Path file, LocalDate validFrom) {
        return TextInput.readBytes(file, MAX_BYTES).flatMap(bytes -> parse(file.toString(), bytes, validFrom));
    }

    /** Parses the bytes of a composition file (from disk or from Alfresco's content), decoding them first. */
    public static Result<Composition> parse(String source, byte[] bytes, LocalDate validFrom) {
        if (bytes.length > MAX_BYTES) {
            return Result.rejected(TextInput.tooLarge(source, MAX_BYTES));
        }
        return TextInput.decode(source, bytes).flatMap(decoded -> parse(source, decoded.text(), validFrom));
    }

    public static Result<Composition> parse(String source, String text, LocalDate validFrom) {
        if (text.length() > MAX_BYTES) {
            return Result.rejected(TextInput.tooLarge(source, MAX_BYTES));
        }
        return new Parser(source, withoutSeparatorHint(text.startsWith("\uFEFF") ? text.substring(1) : text)).parse(validFrom);
    }

    /**
     * Excel writes, and reads, a first line {@code sep=;} naming the separator. It becomes an empty line (so line
     * numbers stay those of the file); the header line holds the same separator, so detecting it there still works.
     */
    private static String withoutSeparatorHint(String text) {
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        if (first.matches("(?i)sep=[;,\t]")) {
            return (end < 0 ? "" : text.substring(end));
        }
        return text;
    }

    /** One row as read, with the line it starts on. */
    private record Row(int line, Map<String, String> values) {
        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.trim();
        }

        boolean has(String column) {
            return !get(column).isEmpty();
        }
    }

    private static final class Parser {
        private final String source;
        private final String text;
        private final List<Problem> problems = new ArrayList<>();

        Parser(String source, String text) {
            this.source = source;
            this.text = text;
        }

        private void problem(int line, String field, String nl, String en) {
            problems.add(Problem.bilingualAt(source, line, field, nl, en));
        }

        Result<Composition> parse(LocalDate validFrom) {
            List<List<String>> cells = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            if (!split(cells, lines)) {
                return Result.rejected(problems);
            }
            if (cells.isEmpty()) {
                problem(0, null, "leeg bestand: de eerste regel moet de kolommen noemen: " + String.join(",", REQUIRED),
                        "empty file: expected a header line with " + String.join(",", REQUIRED));
                return Result.rejected(problems);
            }
            List<String> header = header(cells.get(0), lines.get(0));
            if (header == null) {
                return Result.rejected(problems);
            }
            List<Row> rows = new ArrayList<>();
            for (int r = 1; r < cells.size(); r++) {
                Row row = row(header, cells.get(r), lines.get(r));
                if (row != null) {
                    rows.add(row);
                }
            }
            if (rows.isEmpty() && problems.isEmpty()) {
                problem(0, null, "geen fracties: het bestand heeft kolomnamen maar geen rijen",
                        "no party groups: the file has a header but no rows");
            }
            List<String> extra = header.stream().filter(h -> !KNOWN.contains(h)).toList();
            Composition composition = build(rows, extra, validFrom);
            return problems.isEmpty() ? Result.ok(composition) : Result.rejected(problems);
        }

        /**
         * Splits the text into rows of cells with Jackson's CSV parser, noting the line each row starts on; false with a
         * problem when the CSV itself is malformed (an unclosed quote, text after a closing quote).
         */
        private boolean split(List<List<String>> cells, List<Integer> lines) {
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator()).withComments();
            long rowEnd = 0;
            try (CsvParser p = (CsvParser) CSV.getFactory().createParser(text)) {
                p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
                p.setSchema(schema);
                List<String> row = null;
                int line = 0;
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (t == JsonToken.START_ARRAY) {
                        row = new ArrayList<>();
                        line = 0;
                    } else if (t == JsonToken.VALUE_STRING && row != null) {
                        if (row.isEmpty()) {
                            // The first cell's location is the row's first line (a quoted cell may span more).
                            line = p.currentTokenLocation().getLineNr();
                        }
                        row.add(p.getText());
                    } else if (t == JsonToken.END_ARRAY && row != null) {
                        rowEnd = p.currentLocation().getCharOffset();
                        // Excel writes ";;;;" for an empty row; a blank line is no row either.
                        if (row.stream().anyMatch(c -> !c.isBlank())) {
                            cells.add(row);
                            lines.add(Math.max(line, 1));
                        }
                        row = null;
                    }
                }
                return true;
            } catch (JacksonException e) {
                String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
                if (original.startsWith("Missing closing quote")) {
                    problem(lineOfRowAfter(rowEnd), null,
                            "een waarde tussen aanhalingstekens wordt niet afgesloten (de rij begint op deze regel)",
                            "a quoted value is never closed (the row starts on this line)");
                } else if (original.startsWith("Unexpected character")) {
                    problem(lineOf(e), null,
                            "tekst na een afsluitend aanhalingsteken; schrijf een aanhalingsteken in een waarde dubbel (\"\")",
                            "text after a closing quote; write a quote inside a value twice (\"\")");
                } else {
                    String why = Excerpt.of(original);
                    problem(lineOf(e), null, "onleesbare CSV: " + why, "malformed CSV: " + why);
                }
                return false;
            } catch (IOException e) {
                // Reading a String cannot fail with I/O; anything else is a bug.
                throw new IllegalStateException(e);
            }
        }

        private int lineOf(JacksonException e) {
            return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? 0 : e.getLocation().getLineNr();
        }

        /** The separator the header line uses: the most frequent of ';', ',' and tab (',' when none or a tie). */
        private char separator() {
            for (String line : text.lines().toList()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                long semicolons = l.chars().filter(c -> c == ';').count();
                long commas = l.chars().filter(c -> c == ',').count();
                long tabs = l.chars().filter(c -> c == '\t').count();
                if (semicolons > commas && semicolons >= tabs) {
                    return ';';
                }
                return tabs > commas ? '\t' : ',';
            }
            return ',';
        }

        /** The line on which the first row after {@code offset} starts (skipping blank and comment lines). */
        private int lineOfRowAfter(long offset) {
            int start = (int) Math.min(offset, text.length());
            int line = 1;
            for (int i = 0; i < start; i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    line++;
                }
            }
            String[] rest = text.substring(start).split("\r\n|\r|\n", -1);
            for (int i = 0; i < rest.length; i++) {
                String l = rest[i].strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    return line + i;
                }
            }
            return line;
        }

        /** The column names, or null (and problems) when a required one is missing, empty or twice. */
        private List<String> header(List<String> cells, int line) {
            List<String> header = new ArrayList<>(cells.stream().map(String::trim).toList());
            // Excel adds empty columns after the last one that was ever formatted.
            while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
                header.remove(header.size() - 1);
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String column = header.get(i);
                if (column.isEmpty()) {
                    problem(line, null, "kolom " + (i + 1) + " heeft geen naam", "column " + (i + 1) + " has no name");
                } else if (column.length() > MAX_NAME || Excerpt.hasControl(column)) {
                    problem(line, null, "kolomnaam " + Excerpt.quoted(column) + " is te lang of bevat een stuurteken",
                            "column name " + Excerpt.quoted(column) + " is too long or holds a control character");
                } else if (seen.merge(column, 1, Integer::sum) == 2) {
                    problem(line, column, "kolom staat twee keer in de kolomnamen", "column appears twice in the header");
                }
            }
            for (String column : REQUIRED) {
                if (!header.contains(column)) {
                    problem(line, column, "kolom ontbreekt (nodig: " + String.join(",", REQUIRED) + ")",
                            "missing column (the header needs " + String.join(",", REQUIRED) + ")");
                }
            }
            return problems.isEmpty() ? header : null;
        }

        private Row row(List<String> header, List<String> cells, int line) {
            // Cells beyond the header are allowed when empty: Excel writes them for columns once formatted.
            boolean extraFilled = cells.stream().skip(header.size()).anyMatch(c -> !c.isBlank());
            if (cells.size() < header.size() || extraFilled) {
                problem(line, null, "heeft " + cells.size() + " velden, maar de kolomnamen noemen er " + header.size(),
                        "has " + cells.size() + " fields, but the header has " + header.size());
                return null;
            }
            Map<String, String> values = new LinkedHashMap<>();
            boolean ok = true;
            for (int i = 0; i < header.size(); i++) {
                String value = cells.get(i);
                if (Excerpt.hasControl(value)) {
                    problem(line, header.get(i), "bevat een regeleinde of stuurteken: " + Excerpt.quoted(value),
                            "holds a line break or control character: " + Excerpt.quoted(value));
                    ok = false;
                }
                values.put(header.get(i), value);
            }
            return ok ? new Row(line, values) : null;
        }

        private Composition build(List<Row> rows, List<String> extra, LocalDate validFrom) {
            Map<String, MunicipalityDraft> drafts = new LinkedHashMap<>();
            for (Row row : rows) {
                String name = row.get(MUNICIPALITY);
                if (name.isEmpty()) {
                    problem(row.line(), MUNICIPALITY, "is leeg", "is empty");
                    continue;
                }
                if (name.contains("/")) {
                    problem(row.line(), MUNICIPALITY, "mag geen '/' bevatten: " + Excerpt.quoted(name),
                            "must not contain '/': " + Excerpt.quoted(name));
                    continue;
                }
                if (name.length() > MAX_NAME) {
                    problem(row.line(), MUNICIPALITY, "langer dan " + MAX_NAME + " tekens: " + Excerpt.quoted(name),
                            "longer than " + MAX_NAME + " characters: " + Excerpt.quoted(name));
                    continue;
                }
                drafts.computeIfAbsent(name, n -> new MunicipalityDraft(n, row.line())).add(row);
            }
            List<Municipality> municipalities = new ArrayList<>();
            for (MunicipalityDraft draft : drafts.values()) {
                Municipality m = draft.finish();
                if (m != null) {
                    municipalities.add(m);
                }
            }
            return new Composition(source, validFrom, extra, municipalities);
        }

        private final class MunicipalityDraft {
            final String name;
            final String shown;
            final int firstLine;
            Long validVotes;
            Long population;
            int populationLine;
            Long councilSeats;
            final List<PartyGroup> groups = new ArrayList<>();
            final Map<String, Integer> partyLines = new HashMap<>();
            boolean broken;

            MunicipalityDraft(String name, int firstLine) {
                this.name = name;
                this.shown = Excerpt.of(name);
                this.firstLine = firstLine;
            }

            void add(Row row) {
                Long vv = wholeNumber(row, VALID_VOTES, true, MAX_VOTES);
                Long pop = wholeNumber(row, POPULATION, false, MAX_VOTES);
                Long cs = wholeNumber(row, COUNCIL_SEATS, true, MAX_SEATS);
                Long seats = wholeNumber(row, SEATS, true, MAX_SEATS);
                Long votes = wholeNumber(row, PARTY_VOTES, false, MAX_VOTES);
                String party = row.get(PARTY);
                if (party.isEmpty()) {
                    problem(row.line(), PARTY, "is leeg", "is empty");
                    broken = true;
                    return;
                }
                if (party.length() > MAX_NAME) {
                    problem(row.line(), PARTY, "langer dan " + MAX_NAME + " tekens: " + Excerpt.quoted(party),
                            "longer than " + MAX_NAME + " characters: " + Excerpt.quoted(party));
                    broken = true;
                    return;
                }
                Integer earlier = partyLines.putIfAbsent(party, row.line());
                if (earlier != null) {
                    // VoteOutcomeJson maps "on line N" in the English text back to a JSON path: keep those words.
                    problem(row.line(), PARTY, "fractie " + Excerpt.quoted(party) + " staat twee keer in " + shown + " (ook op regel " + earlier + ")",
                            "party group " + Excerpt.quoted(party) + " appears twice in " + shown + " (also on line " + earlier + ")");
                    broken = true;
                    return;
                }
                validVotes = agree(row, VALID_VOTES, validVotes, vv);
                councilSeats = agree(row, COUNCIL_SEATS, councilSeats, cs);
                if (pop != null) {
                    if (population == null) {
                        population = pop;
                        populationLine = row.line();
                    } else if (!population.equals(pop)) {
                        problem(row.line(), POPULATION, "is " + pop + ", eerder " + population + " voor " + shown + " (regel "
                                        + populationLine + ")", "is " + pop + " but " + population + " for " + shown + " on line " + populationLine);
                    }
                }
                if (vv == null || cs == null || seats == null || (row.has(PARTY_VOTES) && votes == null)
                        || (row.has(POPULATION) && pop == null)) {
                    broken = true;
                    return;
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                for (Map.Entry<String, String> e : row.values().entrySet()) {
                    if (!KNOWN.contains(e.getKey())) {
                        attributes.put(e.getKey(), e.getValue().trim());
                    }
                }
                groups.add(new PartyGroup(name, party, Math.toIntExact(seats), votes, attributes));
            }

            private Long agree(Row row, String column, Long known, Long value) {
                if (value == null) {
                    return known;
                }
                if (known != null && !known.equals(value)) {
                    // Short: two numbers and a name must fit one line in both languages. VoteOutcomeJson rewrites
                    // "on an earlier line (first on line N)" into a JSON path: keep those words.
                    problem(row.line(), column, "is " + value + ", eerder " + known + " voor " + shown + " (regel " + firstLine + ")",
                            "is " + value + " but " + known + " for " + shown + " on an earlier line (first on line " + firstLine + ")");
                    broken = true;
                    return known;
                }
                return value;
            }

            Municipality finish() {
                if (broken || validVotes == null || councilSeats == null) {
                    return null;
                }
                // Each seat count is at most MAX_SEATS and a file holds at most MAX_BYTES rows: the sum is exact in a long.
                long sum = groups.stream().mapToLong(PartyGroup::seats).sum();
                if (sum != councilSeats) {
                    problem(firstLine, SEATS, "de zetels van de fracties van " + shown + " tellen op tot " + sum
                                    + ", maar council_seats is " + councilSeats,
                            "seats of the party groups of " + shown + " add up to " + sum + ", but council_seats is " + councilSeats);
                    return null;
                }
                if (councilSeats == 0) {
                    problem(firstLine, COUNCIL_SEATS, "de raad van " + shown + " heeft geen zetels", "council of " + shown + " has no seats");
                    return null;
                }
                if (validVotes == 0) {
                    problem(firstLine, VALID_VOTES, shown + " heeft geen geldige stemmen", shown + " has no valid votes");
                    return null;
                }
                return new Municipality(name, validVotes, population, Math.toIntExact(councilSeats), groups);
            }
        }

        /**
         * A whole number of ASCII digits (no sign, no thousands separator) up to {@code max}, checked on its digits before
         * it is converted, so that no value near the range of a long can enter a sum; null (and a problem) otherwise.
         */
        private Long wholeNumber(Row row, String column, boolean required, long max) {
            String raw = row.get(column);
            if (raw.isEmpty()) {
                if (required) {
                    problem(row.line(), column, "is leeg", "is empty");
                }
                return null;
            }
            if (raw.startsWith("-") && DIGITS.matcher(raw.substring(1)).matches()) {
                String shown = Excerpt.of(raw);
                problem(row.line(), column, "mag niet negatief zijn: " + shown, "must not be negative: " + shown);
                return null;
            }
            if (!DIGITS.matcher(raw).matches()) {
                String hint = raw.matches("[0-9]{1,3}([. ][0-9]{3})+") ? " (schrijf het zonder punten of spaties)" : "";
                String hintEn = hint.isEmpty() ? "" : " (write it without dots or spaces)";
                problem(row.line(), column, "geen geheel getal: " + Excerpt.quoted(raw) + hint,
                        "not a whole number: " + Excerpt.quoted(raw) + hintEn);
                return null;
            }
            String digits = raw.replaceFirst("^0+(?=.)", "");
            if (digits.length() > String.valueOf(max).length() || Long.parseLong(digits) > max) {
                String shown = Excerpt.of(raw);
                problem(row.line(), column, "te groot: " + shown + " (hoogstens " + max + ")", "too large: " + shown + " (at most " + max + ")");
                return null;
            }
            return Long.parseLong(digits);
        }
    }

    /** Writes a composition back as CSV with all known and extra columns; reading the text gives an equal composition. */
    public static String write(Composition composition) {
        List<String> header = new ArrayList<>(KNOWN);
        header.addAll(composition.extraColumns());
        StringBuilder b = new StringBuilder(String.join(",", header.stream().map(CompositionCsv::quote).toList())).append('\n');
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

    /**
     * One CSV cell, quoted when it holds a separator, a quote, a line break or would read as a comment (RFC 4180);
     * a reader that detects the separator sees ',' in the header, so ';' and tabs are quoted too.
     */
    public static String quote(String cell) {
        boolean needs = cell.contains(",") || cell.contains("\"") || cell.contains(";") || cell.contains("\t")
                || cell.contains("\n") || cell.contains("\r") || cell.startsWith("#");
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
