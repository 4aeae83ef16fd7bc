package nl.regiobesluit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regiobesluit.shared.AlfrescoDay;
import nl.regiobesluit.shared.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the properties of one node as Alfresco's REST API writes them (dates as {@code 2014-10-23T10:00:00.000+0000},
 * multi-valued properties as arrays), collecting a {@link Problem} naming the node and the property for every value
 * that is required but missing or cannot be read.
 */
final class NodeValues {

    private final JsonNode node;
    private final JsonNode properties;
    private final String source;
    private final List<Problem> problems;

    NodeValues(JsonNode node, String what, List<Problem> problems) {
        this.node = node;
        this.properties = node == null ? null : node.path("properties");
        this.source = what + " " + (node == null ? "?" : node.path("id").asText("?"));
        this.problems = problems;
    }

    boolean has(String property) {
        JsonNode v = value(property);
        return v != null && !(v.isTextual() && v.asText().isBlank());
    }

    String text(String property, boolean required) {
        JsonNode v = value(property);
        if (v == null || (v.isTextual() && v.asText().isBlank())) {
            if (required) {
                problem(property, "ontbreekt / missing");
            }
            return null;
        }
        return v.isValueNode() ? v.asText().trim() : v.toString();
    }

    /**
     * The Dutch day of a date or datetime property. Alfresco writes every date in UTC (ISO8601DateFormat#format), so
     * a day picked in Share in summer arrives as 22:00 UTC of the day before: the day is the instant's date in
     * Europe/Amsterdam ({@link AlfrescoDay}), never the first ten characters of the string.
     */
    LocalDate date(String property, boolean required) {
        String t = text(property, required);
        if (t == null) {
            return null;
        }
        try {
            return AlfrescoDay.of(t);
        } catch (DateTimeParseException e) {
            problem(property, "geen datum / not a date: '" + t + "'");
            return null;
        }
    }

    Boolean bool(String property, boolean required) {
        JsonNode v = value(property);
        if (v == null) {
            if (required) {
                problem(property, "ontbreekt / missing");
            }
            return null;
        }
        if (v.isBoolean() || (v.isTextual() && (v.asText().equals("true") || v.asText().equals("false")))) {
            return v.isBoolean() ? v.asBoolean() : Boolean.parseBoolean(v.asText());
        }
        problem(property, "geen ja/nee / not true or false: " + v);
        return null;
    }

    int whole(String property) {
        JsonNode v = value(property);
        if (v == null) {
            problem(property, "ontbreekt / missing");
            return 0;
        }
        if (v.canConvertToInt() && v.isIntegralNumber() && v.asInt() >= 0) {
            return v.asInt();
        }
        if (v.isTextual() && v.asText().matches("\\d{1,9}")) {
            return Integer.parseInt(v.asText());
        }
        problem(property, "geen geheel getal van 0 of meer / not a whole number of at least 0: " + v);
        return 0;
    }

    List<String> texts(String property) {
        JsonNode v = value(property);
        List<String> list = new ArrayList<>();
        if (v == null) {
            return list;
        }
        if (v.isArray()) {
            v.forEach(x -> {
                if (!x.asText().isBlank()) {
                    list.add(x.asText().trim());
                }
            });
        } else if (!v.asText().isBlank()) {
            list.add(v.asText().trim());
        }
        return list;
    }

    <E> E choice(String property, Function<Object, Optional<E>> parse, boolean required) {
        String t = text(property, required);
        if (t == null) {
            return null;
        }
        Optional<E> e = parse.apply(t);
        if (e.isEmpty()) {
            problem(property, "onbekende waarde / unknown value '" + t + "'");
            return null;
        }
        return e.get();
    }

    /** A top-level field of the node (name, nodeType, ...). */
    String field(String name) {
        return node == null || node.path(name).isMissingNode() || node.path(name).isNull() ? null : node.path(name).asText();
    }

    String id() {
        return field("id");
    }

    void problem(String property, String message) {
        problems.add(Problem.at(source, 0, property, message));
    }

    private JsonNode value(String property) {
        if (properties == null) {
            return null;
        }
        JsonNode v = properties.get(property);
        return v == null || v.isNull() ? null : v;
    }
}
