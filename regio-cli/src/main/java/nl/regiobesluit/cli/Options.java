package nl.regiobesluit.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of one command, checked against the names it knows. */
final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Options() {
    }

    static Options parse(List<String> args, Set<String> known) {
        Options o = new Options();
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
                    throw new CliFailure("unknown option --" + name + " (known: --" + String.join(", --", known) + ")");
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new CliFailure("option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (o.values.put(name, value) != null) {
                    throw new CliFailure("option --" + name + " is given twice");
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
            throw new CliFailure("option --" + name + " is required");
        }
        return v;
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String get(String name) {
        return values.get(name);
    }

    /** A comma-separated list; empty when absent. */
    List<String> list(String name) {
        String v = values.get(name);
        if (v == null || v.isBlank()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String s : v.split(",")) {
            if (!s.isBlank()) {
                items.add(s.trim());
            }
        }
        return items;
    }

    List<String> positional() {
        return positional;
    }
}
