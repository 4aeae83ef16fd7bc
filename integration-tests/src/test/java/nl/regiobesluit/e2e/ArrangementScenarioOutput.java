package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;
import static nl.regiobesluit.model.RbModel.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.regiobesluit.routing.testsupport.SimNode;

/**
 * Writes the final state of a joint-arrangement scenario (issue 15) to {@code target/scenarios/<name>.json}, read from
 * the simulated repository: the arrangement (the register entry), every meeting filed in its folder with the cover
 * notes linked to it, every Wgr procedure with its zienswijze records, and the proposal a scenario routed (with its
 * council decisions); every {@code rb:} aspect and property, as {@link ScenarioOutput} writes the other scenarios; and
 * the e-mails sent (recipient and subject), so the escalations are on record too.
 */
final class ArrangementScenarioOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ArrangementScenarioOutput() {
    }

    static Path write(String scenario, SimNode arrangement, SimNode proposal) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", scenario);
        root.set("arrangement", ScenarioOutput.node(StoredNode.of(ALFRESCO.node(arrangement.id()))));
        ArrayNode meetings = root.putArray("meetings");
        ArrayNode procedures = root.putArray("procedures");
        for (SimNode child : ALFRESCO.children(arrangement.id()).stream().sorted(Comparator.comparing(SimNode::name)).toList()) {
            if (TYPE_GR_MEETING.equals(child.nodeType())) {
                ObjectNode m = meetings.addObject();
                m.set("meeting", ScenarioOutput.node(StoredNode.of(child)));
                ArrayNode notes = m.putArray("coverNotes");
                ALFRESCO.targets(child.id(), ASSOC_GR_MEETING_COVER_NOTES).stream()
                        .sorted(Comparator.comparing(n -> String.valueOf(n.property(PROP_COVER_NOTE_MUNICIPALITY))))
                        .forEach(n -> notes.add(ScenarioOutput.node(StoredNode.of(n))));
            } else if (TYPE_WGR_PROCEDURE.equals(child.nodeType())) {
                ObjectNode p = procedures.addObject();
                p.set("procedure", ScenarioOutput.node(StoredNode.of(child)));
                ArrayNode records = p.putArray("zienswijzen");
                ALFRESCO.targets(child.id(), ASSOC_WGR_PROCEDURE_ZIENSWIJZEN).stream()
                        .sorted(Comparator.comparing(n -> String.valueOf(n.property(PROP_ZIENSWIJZE_MUNICIPALITY))))
                        .forEach(n -> records.add(ScenarioOutput.node(StoredNode.of(n))));
            }
        }
        if (proposal == null) {
            root.putNull("proposal");
        } else {
            root.set("proposal", ScenarioOutput.node(StoredNode.of(ALFRESCO.node(proposal.id()))));
            ArrayNode councils = root.putArray("councilDecisions");
            ALFRESCO.targets(proposal.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS).stream()
                    .sorted(Comparator.comparing(d -> String.valueOf(d.property(PROP_MUNICIPALITY))))
                    .forEach(d -> councils.add(ScenarioOutput.node(StoredNode.of(d))));
        }
        ArrayNode mails = root.putArray("mails");
        List<String[]> sent = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            sent.add(new String[]{m.getAllRecipients()[0].toString(), m.getSubject()});
        }
        // in a fixed order, whatever order the concurrent steps sent them in
        sent.sort(Comparator.<String[], String>comparing(a -> a[0]).thenComparing(a -> a[1]));
        for (String[] m : sent) {
            ObjectNode o = mails.addObject();
            o.put("to", m[0]);
            o.put("subject", m[1]);
        }
        Path file = OUTPUT.resolve("scenarios").resolve(scenario + ".json");
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), root);
        return file;
    }
}
