package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;
import static nl.regiobesluit.model.RbModel.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.regiobesluit.routing.testsupport.SimNode;

/**
 * Puts the final state of a joint-arrangement scenario, as {@link ArrangementScenarioOutput} wrote it to
 * {@code target/scenarios/<name>.json}, back into the simulated repository: the arrangement's folder (below the
 * regiocommissie's, as the scenarios file it), its meetings with their cover notes in the councils' folders, its Wgr
 * procedures with their zienswijze records, and the proposal with its council decisions; every {@code rb:} aspect,
 * property and association, with new node ids. So the dashboard reads exactly what the scenarios left.
 */
final class ArrangementScenarioImport {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The imported arrangement folder and proposal (null when the scenario routed none). */
    record Imported(String scenario, SimNode arrangement, SimNode proposal) {
    }

    private ArrangementScenarioImport() {
    }

    static Imported load(String scenario) throws IOException {
        return load(scenario, null);
    }

    /**
     * As {@link #load(String)}, into {@code into} when given: the scenarios describe one arrangement, so the meetings and
     * procedures of several scenarios can be put into the folder of the first.
     */
    static Imported load(String scenario, SimNode into) throws IOException {
        Path file = OUTPUT.resolve("scenarios").resolve(scenario + ".json");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(file + " is missing: ArrangementScenariosTest writes it and runs first (junit-platform.properties orders the classes)");
        }
        JsonNode root = JSON.readTree(file.toFile());
        SimNode arrangement = into != null ? into : ScenarioImport.add(root.path("arrangement"), Harness.folderId("Gemeenschappelijke regelingen"), REGIOGRIFFIER);
        for (JsonNode m : root.path("meetings")) {
            SimNode meeting = ScenarioImport.add(m.path("meeting"), arrangement.id(), REGIOGRIFFIER);
            for (JsonNode n : m.path("coverNotes")) {
                String municipality = n.path("properties").path(PROP_COVER_NOTE_MUNICIPALITY).asText();
                ALFRESCO.link(meeting.id(), ScenarioImport.add(n, councilFolder(municipality), SERVICE_USER).id(), ASSOC_GR_MEETING_COVER_NOTES);
            }
        }
        for (JsonNode p : root.path("procedures")) {
            SimNode procedure = ScenarioImport.add(p.path("procedure"), arrangement.id(), REGIOGRIFFIER);
            for (JsonNode z : p.path("zienswijzen")) {
                String municipality = z.path("properties").path(PROP_ZIENSWIJZE_MUNICIPALITY).asText();
                ALFRESCO.link(procedure.id(), ScenarioImport.add(z, councilFolder(municipality), SERVICE_USER).id(), ASSOC_WGR_PROCEDURE_ZIENSWIJZEN);
            }
        }
        SimNode proposal = null;
        if (root.path("proposal").isObject()) {
            proposal = ScenarioImport.add(root.path("proposal"), "folder-voorstellen", REGIOGRIFFIER);
            for (JsonNode d : root.path("councilDecisions")) {
                String municipality = d.path("properties").path(PROP_MUNICIPALITY).asText();
                ALFRESCO.link(proposal.id(), ScenarioImport.add(d, councilFolder(municipality), SERVICE_USER).id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS);
            }
        }
        return new Imported(scenario, arrangement, proposal);
    }
}
