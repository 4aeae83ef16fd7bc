package nl.regiobesluit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ./regio records search}: finds decision records through Alfresco's search API by municipality, ambition,
 * policy domain, cooperation model, outcome, period and free text; paged, newest decision first; a table or JSON.
 * {@code ./regio records export} is {@link RecordsExportCommand}.
 */
final class RecordsCommand {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PrintStream out;

    RecordsCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        if (!args.isEmpty() && args.get(0).equals("export")) {
            return new RecordsExportCommand(out).run(args.subList(1, args.size()));
        }
        if (args.isEmpty() || !args.get(0).equals("search")) {
            throw new CliFailure("write ./regio records search|export --alfresco URL [filters] (see ./regio --help)");
        }
        Options o = Options.parse(args.subList(1, args.size()), Set.of("alfresco", "user", "municipality", "ambition",
                "domain", "model", "outcome", "from", "to", "text", "page", "size", "format"));
        String format = Inputs.format(o, "table", "table", "json");
        int size = positive(o.get("size", "25"), "size");
        int page = positive(o.get("page", "1"), "page");
        String afts = query(o);
        ObjectNode request = MAPPER.createObjectNode();
        request.putObject("query").put("language", "afts").put("query", afts);
        request.putObject("paging").put("maxItems", size).put("skipCount", (page - 1) * size);
        request.putArray("include").add("properties").add("aspectNames");
        request.putArray("sort").addObject().put("type", "FIELD").put("field", "rb:decidedOn").put("ascending", false);
        JsonNode list = AlfrescoClient.from(o).search(request);
        if (format.equals("json")) {
            out.println(list.toPrettyString());
            return 0;
        }
        JsonNode pagination = list.path("pagination");
        out.println("besluit / decided | naam / name | uitkomst / outcome | gemeenten / municipalities | samenwerkingsvorm / model | id");
        for (JsonNode e : list.path("entries")) {
            JsonNode n = e.path("entry");
            JsonNode p = n.path("properties");
            out.println(String.join(" | ", p.path("rb:decidedOn").asText("-").replaceFirst("T.*", ""), n.path("name").asText(),
                    p.path("rb:recordOutcome").asText("-"), join(p.path("rb:recordMunicipalities")),
                    p.path("rb:criteriaCooperationModel").asText("-"), n.path("id").asText()));
        }
        out.println("pagina / page " + page + ": " + pagination.path("count").asInt() + " van / of "
                + pagination.path("totalItems").asText("?") + (pagination.path("hasMoreItems").asBoolean() ? " (meer / more: --page " + (page + 1) + ")" : ""));
        return 0;
    }

    /** The AFTS query for the filters (built by regio-core, as the service's search endpoint builds it). */
    static String query(Options o) {
        return Inputs.orFail(nl.regiobesluit.archive.RecordQuery.of(o.get("municipality"), o.get("ambition"), o.get("domain"),
                o.get("model"), o.get("outcome"), o.get("from"), o.get("to"), o.get("text"))).afts();
    }

    private static int positive(String value, String option) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CliFailure("option --" + option + " must be a whole number of at least 1: '" + value + "'");
    }

    private static String join(JsonNode values) {
        if (!values.isArray()) {
            return values.asText("-");
        }
        List<String> all = new ArrayList<>();
        values.forEach(v -> all.add(v.asText()));
        return String.join(", ", all);
    }

}
