package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;
import static nl.regiobesluit.model.RbModel.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.testsupport.SimNode;

/**
 * Puts the final state of a scenario, as {@link ScenarioOutput} wrote it to {@code target/scenarios/<name>.json}, back
 * into the simulated repository: the proposal, its advice, council decisions, agenda items and decision record, with
 * their {@code rb:} aspects, properties and associations (new node ids). So the archivists' tests work on exactly what
 * the scenarios left, without running every route again.
 */
final class ScenarioImport {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The imported nodes of one scenario. */
    record Imported(String scenario, SimNode proposal, SimNode decisionRecord) {
    }

    private ScenarioImport() {
    }

    static Path file(String scenario) {
        return OUTPUT.resolve("scenarios").resolve(scenario + ".json");
    }

    static Imported load(String scenario) throws IOException {
        Path file = file(scenario);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(file + " is missing: ScenariosTest writes it and runs first (junit-platform.properties orders the classes)");
        }
        JsonNode root = JSON.readTree(file.toFile());
        SimNode proposal = add(root.path("proposal"), "folder-voorstellen", REGIOGRIFFIER);
        for (JsonNode a : root.path("advice")) {
            ALFRESCO.link(proposal.id(), add(a, "folder-regiocommissie", REGIOGRIFFIER).id(), ASSOC_PROPOSAL_ADVICE);
        }
        for (JsonNode d : root.path("councilDecisions")) {
            String municipality = d.path("properties").path(PROP_MUNICIPALITY).asText();
            ALFRESCO.link(proposal.id(), add(d, councilFolder(municipality), griffier(municipality)).id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS);
        }
        for (JsonNode a : root.path("agendaItems")) {
            ALFRESCO.link(add(a, "folder-regiocommissie", SERVICE_USER).id(), proposal.id(), ASSOC_AGENDA_ITEM_PROPOSAL);
        }
        SimNode record = null;
        if (root.path("decisionRecord").isObject()) {
            record = add(root.path("decisionRecord"), "folder-besluiten", SERVICE_USER);
            ALFRESCO.link(proposal.id(), record.id(), ASSOC_PROPOSAL_DECISION_RECORD);
        }
        return new Imported(scenario, proposal, record);
    }

    /** One node of a scenario file (name, type, aspects, properties) added to the simulated repository as {@code user}. */
    static SimNode add(JsonNode node, String folder, String user) {
        List<String> aspects = new ArrayList<>();
        node.path("aspectNames").forEach(a -> aspects.add(a.asText()));
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = JSON.convertValue(node.path("properties"), Map.class);
        return ALFRESCO.addNode(folder, node.path("name").asText(), node.path("nodeType").asText(), user, aspects, properties);
    }
}
