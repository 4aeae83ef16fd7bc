package nl.regiobesluit.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import nl.regiobesluit.shared.Excerpt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/** {@code --name value} options of one command, checked against the names it knows. */
final class Options {

    private static final CsvMapper CSV = new CsvMapper();

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final Map<String, Object> read = new HashMap<>();

    private Options() {
    }

    static Options parse(List<String> args, Set<String> known) {
        Options o = new Options();
        String knownList = "--" + String.join(", --", new TreeSet<>(known));
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (!known.contains(name)) {
                    throw CliFailure.bilingual("onbekende optie --" + Excerpt.of(name) + " (bekend: " + knownList + ")",
                            "unknown option --" + Excerpt.of(name) + " (known: " + knownList + ")");
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw CliFailure.bilingual("optie --" + name + " heeft een waarde nodig", "option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (o.values.put(name, value) != null) {
                    throw CliFailure.bilingual("optie --" + name + " staat twee keer", "option --" + name + " is given twice");
                }
            } else {
                o.positional.add(a);
            }
        }
        return o;
    }

    String required(String name) {
        String v = values.get(name);
        if (v == null || v.isBlank()) {
            throw CliFailure.bilingual("optie --" + name + " is verplicht", "option --" + name + " is required");
        }
        return v;
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String get(String name) {
        return values.get(name);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * A comma-separated list, read as one CSV line so that a name holding a comma can be quoted
     * ({@code "Gemeente/Partij, lokaal",Gemeente/X}); empty when absent or blank. An empty item (",", "A,,B") is refused
     * rather than skipped: it is a typing error, and skipping it once turned {@code --municipalities ","} into "all".
     */
    List<String> list(String name) {
        String v = values.get(name);
        if (v == null || v.isBlank()) {
            return List.of();
        }
        if (Excerpt.hasControl(v)) {
            throw CliFailure.bilingual("--" + name + " bevat een regeleinde of stuurteken: " + Excerpt.quoted(v),
                    "--" + name + " holds a line break or control character: " + Excerpt.quoted(v));
        }
        List<String> items = new ArrayList<>();
        try (var it = CSV.readerFor(String[].class).with(CsvSchema.emptySchema().withColumnSeparator(','))
                .with(CsvParser.Feature.WRAP_AS_ARRAY).<String[]>readValues(v)) {
            while (it.hasNext()) {
                for (String item : it.next()) {
                    items.add(item.strip());
                }
            }
        } catch (JacksonException | RuntimeException e) {
            throw CliFailure.bilingual("--" + name + ": aanhalingstekens kloppen niet in " + Excerpt.quoted(v)
                            + " (zet een naam met een komma tussen \"...\")",
                    "--" + name + ": quotes do not match in " + Excerpt.quoted(v) + " (put a name holding a comma between \"...\")");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isEmpty()) {
                throw CliFailure.bilingual("--" + name + ": naam " + (i + 1) + " van " + items.size() + " is leeg in " + Excerpt.quoted(v),
                        "--" + name + ": name " + (i + 1) + " of " + items.size() + " is empty in " + Excerpt.quoted(v));
            }
        }
        return items;
    }

    List<String> positional() {
        return positional;
    }

    /** What {@code load} gives for {@code key}, loaded once per command (a file read by two steps is read once). */
    @SuppressWarnings("unchecked")
    <T> T once(String key, Supplier<T> load) {
        Object v = read.get(key);
        if (v == null) {
            v = load.get();
            read.put(key, v);
        }
        return (T) v;
    }
}
