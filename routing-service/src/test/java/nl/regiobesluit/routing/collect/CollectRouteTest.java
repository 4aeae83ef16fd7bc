package nl.regiobesluit.routing.collect;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.regiobesluit.routing.testsupport.RoutingTestSupport;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.junit.jupiter.api.Test;

class CollectRouteTest extends RoutingTestSupport {

    private static List<SimNode> followUps(SimNode proposal) {
        return ALFRESCO.sources(proposal.id(), ASSOC_AGENDA_ITEM_PROPOSAL);
    }

    @Test
    void aCouncilDecisionIsCollectedAndTheRouteStaysOpenWhileOthersArePending() {
        SimNode p = dispatched(ADVICE_POSITIVE, "Leiden", "Oegstgeest", "Zoeterwoude");

        publishAndWait(decide(p, "Leiden", OUTCOME_ADOPTED, griffierOf("Leiden")));

        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
        assertThat(decisionOf(p, "Leiden").property(PROP_DEVIATES_FROM_ADVICE)).isEqualTo(false);
        assertThat(followUps(p)).isEmpty();
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_DECISION_RECORD)).isEmpty();
    }

    @Test
    void aDecisionDeviatingFromTheAdviceCreatesAFollowUpAgendaItemForTheRegiocommissie() {
        SimNode p = dispatched(ADVICE_POSITIVE, "Leiden", "Oegstgeest");

        publishAndWait(decide(p, "Oegstgeest", OUTCOME_REJECTED, griffierOf("Oegstgeest")));

        assertThat(decisionOf(p, "Oegstgeest").property(PROP_DEVIATES_FROM_ADVICE)).isEqualTo(true);
        List<SimNode> items = followUps(p);
        assertThat(items).hasSize(1);
        SimNode item = items.get(0);
        assertThat(item.nodeType()).isEqualTo(TYPE_AGENDA_ITEM);
        assertThat(item.parentId()).isEqualTo("folder-regiocommissie");
        assertThat(item.property(PROP_AGENDA_ITEM_KIND)).isEqualTo(AGENDA_ITEM_DEVIATION_FOLLOW_UP);
        assertThat(item.property(PROP_FOLLOW_UP_MUNICIPALITY)).isEqualTo("Oegstgeest");
    }

    @Test
    void aRepeatedDecisionEventCreatesOneFollowUpAgendaItem() {
        SimNode p = dispatched(ADVICE_POSITIVE, "Leiden", "Oegstgeest");
        String rejected = decide(p, "Oegstgeest", OUTCOME_REJECTED, griffierOf("Oegstgeest"));
        // a later Updated event on the same decision (e.g. a rendition) repeats the outcome under a new event id
        String again = EVENTS.nodeUpdated(decisionOf(p, "Oegstgeest").id(), java.util.Map.of("cm:title", "Besluit"));

        publishAndWait(rejected, rejected, again);

        assertThat(followUps(p)).hasSize(1);
    }

    @Test
    void anAmendmentFollowsAnAdviceThatIsPositiveInOutline() {
        SimNode p = dispatched(ADVICE_POSITIVE_IN_OUTLINE, "Leiden", "Oegstgeest");

        publishAndWait(decide(p, "Leiden", OUTCOME_ADOPTED_WITH_AMENDMENTS, griffierOf("Leiden")));

        assertThat(followUps(p)).isEmpty();
    }

    @Test
    void aDecisionRecordedBySomeoneOutsideTheGriffieIsRefused() throws Exception {
        SimNode p = dispatched(ADVICE_POSITIVE, "Leiden");

        publishAndWait(decide(p, "Leiden", OUTCOME_REJECTED, OUTSIDER));

        assertThat(followUps(p)).isEmpty();
        assertThat(decisionOf(p, "Leiden").property(PROP_DEVIATES_FROM_ADVICE)).isEqualTo(false); // the model's default
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
        assertThat(mailsTo("regiogriffier@regio.test")).hasSize(1);
    }
}
