package nl.regiobesluit.routing.mail;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.dispatch.DispatchRoute;
import nl.regiobesluit.routing.testsupport.RoutingTestSupport;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Once per key, however many senders at the same moment: the dispatch lock and the mail ledger, inside one service.
 * (Mail server outages, Alfresco failures, crashes and two instances: integration-tests' MailReliabilityTest and
 * ServiceInstancesTest.)
 */
class MailOnceTest extends RoutingTestSupport {

    private static final int AT_ONCE = 8;

    @Autowired
    private MailLedger ledger;

    @Test
    void manyTriggersOfOneDispatchAtTheSameMomentMailEachCouncilOnceAndCreateOneDecisionEach() throws Exception {
        SimNode p = proposal(STATUS_ADVISED, null, Map.of(
                PROP_DEADLINE, "2026-03-15T09:00:00.000+0000",
                PROP_PARTICIPATING_MUNICIPALITIES, List.of("Leiden", "Oegstgeest", "Zoeterwoude")));
        advice(p, ADVICE_POSITIVE_IN_OUTLINE, false, null);

        List<CompletableFuture<Object>> triggers = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            triggers.add(producer.asyncRequestBodyAndHeader(DispatchRoute.URI, null, RouteHeaders.PROPOSAL_ID, p.id()));
        }
        CompletableFuture.allOf(triggers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        for (String m : List.of("leiden", "oegstgeest", "zoeterwoude")) {
            assertThat(mailsTo("griffie@" + m + ".test")).as(m).hasSize(1);
            assertThat(ALFRESCO.children("folder-raad-" + m)).as(m).hasSize(1);
        }
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).hasSize(3);
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
    }

    @Test
    void oneMailSentByManyAtTheSameMomentGoesOutOnceAndIsRecordedAsSent() throws Exception {
        OutgoingMail mail = new OutgoingMail("test:" + System.nanoTime(), "once@example.test", "Eens / Once", "tekst / text");
        assertThat(ledger.sent(mail.key())).isFalse();

        List<CompletableFuture<Object>> senders = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            senders.add(producer.asyncRequestBody(MailRoute.URI, mail));
        }
        CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        assertThat(mailsTo("once@example.test")).hasSize(1);
        assertThat(ledger.sent(mail.key())).isTrue();
    }
}
