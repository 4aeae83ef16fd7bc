package nl.regiobesluit.routing.close;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.apache.camel.builder.Builder.body;

import java.util.List;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.testsupport.RoutingTestSupport;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.junit.jupiter.api.Test;

class CloseRouteTest extends RoutingTestSupport {

    /**
     * Weaves a mock after the close step's decision-record creation, once per Camel context (asked of the context
     * itself, not of a static flag that would outlive a context Spring recreates); harmless to other tests.
     */
    private org.apache.camel.component.mock.MockEndpoint closedRoutes() throws Exception {
        if (camel.hasEndpoint("mock:closed") == null) {
            org.apache.camel.builder.AdviceWith.adviceWith(camel, "close", a ->
                    a.weaveById("close-record").after().filter(body().isNotNull()).to("mock:closed"));
        }
        org.apache.camel.component.mock.MockEndpoint mock = camel.getEndpoint("mock:closed", org.apache.camel.component.mock.MockEndpoint.class);
        mock.reset();
        return mock;
    }

    @Test
    void aRouteCompletesExactlyOnceHoweverOftenItsLastDecisionArrives() throws Exception {
        org.apache.camel.component.mock.MockEndpoint closed = closedRoutes();
        SimNode p = dispatched(ADVICE_POSITIVE, "Leiden", "Oegstgeest");
        String first = decide(p, "Leiden", OUTCOME_ADOPTED, griffierOf("Leiden"));
        String last = decide(p, "Oegstgeest", OUTCOME_ADOPTED, griffierOf("Oegstgeest"));
        closed.expectedMessageCount(1);
        closed.expectedHeaderReceived(RouteHeaders.PROPOSAL_ID, p.id());
        closed.setAssertPeriod(500);

        publishAndWait(first, last, last, first);

        closed.assertIsSatisfied();
    }

    @Test
    void whenTheLastCouncilDecidesTheProposalIsDecidedAndGetsALinkedDecisionRecord() {
        SimNode p = dispatched(ADVICE_POSITIVE, "Leiden", "Oegstgeest", "Zoeterwoude");

        publishAndWait(decide(p, "Leiden", OUTCOME_ADOPTED, griffierOf("Leiden")),
                decide(p, "Oegstgeest", OUTCOME_POSTPONED, griffierOf("Oegstgeest")));
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
        publishAndWait(decide(p, "Zoeterwoude", OUTCOME_ADOPTED, griffierOf("Zoeterwoude")));

        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DECIDED);
        List<SimNode> records = ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_DECISION_RECORD);
        assertThat(records).hasSize(1);
        SimNode record = records.get(0);
        assertThat(record.nodeType()).isEqualTo(TYPE_DECISION_RECORD);
        assertThat(record.parentId()).isEqualTo("folder-besluiten");
        assertThat(record.property(PROP_RECORD_OUTCOME)).isEqualTo(RECORD_NO_REGIONAL_DECISION);
        assertThat(record.property(PROP_COUNCIL_OUTCOMES)).isEqualTo(
                List.of("Leiden=ADOPTED", "Oegstgeest=POSTPONED", "Zoeterwoude=ADOPTED"));
        assertThat(record.property(PROP_DECIDED_ON)).isNotNull();
    }

    @Test
    void everyCouncilAdoptingMakesItARegionalDecision() {
        SimNode p = dispatched(ADVICE_POSITIVE, "Leiden", "Oegstgeest");

        publishAndWait(decide(p, "Leiden", OUTCOME_ADOPTED, griffierOf("Leiden")),
                decide(p, "Oegstgeest", OUTCOME_ADOPTED, griffierOf("Oegstgeest")));

        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_DECISION_RECORD)).singleElement()
                .satisfies(record -> assertThat(record.property(PROP_RECORD_OUTCOME)).isEqualTo(RECORD_REGIONAL_DECISION_TAKEN));
    }

    @Test
    void aRepeatedLastDecisionCreatesOneDecisionRecord() {
        SimNode p = dispatched(ADVICE_POSITIVE, "Leiden");
        String last = decide(p, "Leiden", OUTCOME_ADOPTED, griffierOf("Leiden"));

        publishAndWait(last, last);
        producer.sendBodyAndHeader(CloseRoute.URI, null, RouteHeaders.PROPOSAL_ID, p.id());

        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_DECISION_RECORD)).hasSize(1);
        assertThat(ALFRESCO.children("folder-besluiten")).hasSize(1);
    }

    @Test
    void closeDoesNothingWhileACouncilIsPending() {
        SimNode p = dispatched(ADVICE_POSITIVE, "Leiden", "Oegstgeest");
        String before = ALFRESCO.snapshot();

        producer.sendBodyAndHeader(CloseRoute.URI, null, RouteHeaders.PROPOSAL_ID, p.id());

        assertThat(ALFRESCO.snapshot()).isEqualTo(before);
    }
}
