package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;
import static nl.regiobesluit.model.RbModel.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the final state of a scenario's proposal, advice, council decisions, agenda items (follow-ups of deviations, votes) and decision
 * record (every {@code rb:} property, read from the repository) to {@code target/<outputDir>/<name>.json}: {@code scenarios}
 * for the simulated Alfresco, {@code scenarios-acs} for a real one.
 */
public final class ScenarioOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScenarioOutput() {
    }

    public static Path write(ScenarioTarget on, String scenario, StoredNode proposal) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", scenario);
        root.set("proposal", node(on.reread(proposal)));
        ArrayNode advice = root.putArray("advice");
        on.targets(proposal.id(), ASSOC_PROPOSAL_ADVICE).forEach(a -> advice.add(node(a)));
        ArrayNode councils = root.putArray("councilDecisions");
        on.targets(proposal.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS).stream()
                .sorted(java.util.Comparator.comparing(d -> String.valueOf(d.property(PROP_MUNICIPALITY))))
                .forEach(d -> councils.add(node(d)));
        ArrayNode agenda = root.putArray("agendaItems");
        on.agendaItems(proposal).forEach(a -> agenda.add(node(a)));
        var records = on.targets(proposal.id(), ASSOC_PROPOSAL_DECISION_RECORD);
        if (records.isEmpty()) {
            root.putNull("decisionRecord");
        } else {
            root.set("decisionRecord", node(records.get(0)));
        }
        Path file = OUTPUT.resolve(on.outputDir()).resolve(scenario + ".json");
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), root);
        return file;
    }

    static ObjectNode node(StoredNode n) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", n.id());
        o.put("name", n.name());
        o.put("nodeType", n.nodeType());
        ArrayNode aspects = o.putArray("aspectNames");
        n.aspectNames().stream().filter(a -> a.startsWith("rb:")).forEach(aspects::add);
        Map<String, Object> rb = new TreeMap<>();
        n.properties().forEach((k, v) -> {
            if (k.startsWith("rb:")) {
                rb.put(k, v);
            }
        });
        o.set("properties", JSON.valueToTree(rb));
        return o;
    }
}
