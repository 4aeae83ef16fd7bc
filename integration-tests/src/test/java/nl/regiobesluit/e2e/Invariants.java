package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;
import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.testsupport.SimNode;

/** "Nothing lost, nothing doubled", as the failure tests check it after every injected failure. */
public final class Invariants {

    private Invariants() {
    }

    /** The route is closed with exactly one council decision per council, one e-mail per griffie per step, one record. */
    public static void nothingLostNothingDoubled(SimNode proposal, List<String> councils, Map<String, String> outcomes) throws Exception {
        assertThat(ALFRESCO.node(proposal.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DECIDED);
        for (String m : councils) {
            List<SimNode> inFolder = ALFRESCO.children(councilFolder(m)).stream()
                    .filter(n -> TYPE_COUNCIL_DECISION.equals(n.nodeType())).toList();
            assertThat(inFolder).as("rb:councilDecision nodes of " + m).hasSize(1);
            assertThat(ALFRESCO.targets(proposal.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS).stream()
                    .filter(d -> m.equals(d.property(PROP_MUNICIPALITY))).toList()).as("linked decisions of " + m).hasSize(1);
            assertThat(mailsTo(griffieMail(m))).as("dispatch e-mails to the griffie of " + m).hasSize(1);
            assertThat(inFolder.get(0).property(PROP_COUNCIL_OUTCOME)).as(m).isEqualTo(outcomes.get(m));
        }
        assertThat(mailsTo(REGIOCOMMISSIE_MAIL)).as("announcements to the regiocommissie").hasSize(1);
        assertThat(decisionRecords()).as("decision records").hasSize(1);
        assertThat(ALFRESCO.targets(proposal.id(), ASSOC_PROPOSAL_DECISION_RECORD)).as("linked decision records").hasSize(1);
        SimNode record = decisionRecords().get(0);
        assertThat(record.property(PROP_COUNCIL_OUTCOMES)).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .hasSize(councils.size());
        long deviating = outcomes.values().stream().filter(OUTCOME_REJECTED::equals).count();
        assertThat(followUps(proposal)).as("follow-up agenda items").hasSize((int) deviating);
    }
}
