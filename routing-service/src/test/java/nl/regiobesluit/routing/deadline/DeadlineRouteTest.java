package nl.regiobesluit.routing.deadline;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.testsupport.RoutingTestSupport;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.junit.jupiter.api.Test;

class DeadlineRouteTest extends RoutingTestSupport {

    private SimNode overdue() {
        SimNode p = dispatched(ADVICE_POSITIVE, "Leiden", "Oegstgeest", "Zoeterwoude");
        ALFRESCO.edit(p.id(), GRIFFIER, Map.of(PROP_DEADLINE, "2020-03-01T00:00:00.000+0000"));
        return p;
    }

    @Test
    void aRoutePastItsDeadlineIsEscalatedToTheRegiogriffierNamingTheLateCouncils() throws Exception {
        SimNode p = overdue();
        publishAndWait(decide(p, "Leiden", OUTCOME_ADOPTED, griffierOf("Leiden")));

        runDeadlineCheck();

        List<MimeMessage> mails = mailsTo("regiogriffier@regio.test");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("Termijn verstreken / Deadline passed");
        assertThat((String) mails.get(0).getContent()).contains("Nog geen besluit van: Oegstgeest, Zoeterwoude", "1 maart 2020");
        SimNode after = ALFRESCO.node(p.id());
        assertThat(after.property(PROP_OVERDUE)).isEqualTo(true);
        assertThat(after.property(PROP_ESCALATED_ON)).isNotNull();
        assertThat(after.property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
    }

    @Test
    void anOverdueRouteIsEscalatedOnlyOnce() throws Exception {
        SimNode p = overdue();

        runDeadlineCheck();
        // the service's own write comes back as an event, and the check runs again
        publishAndWait(EVENTS.nodeUpdated(p.id(), java.util.Collections.singletonMap(PROP_OVERDUE, null)));
        runDeadlineCheck();

        assertThat(mailsTo("regiogriffier@regio.test")).hasSize(1);
    }

    @Test
    void routesWithinTheirDeadlineOrAlreadyDecidedAreNotEscalated() {
        dispatched(ADVICE_POSITIVE, "Leiden");
        SimNode decided = proposal(STATUS_DECIDED, null, Map.of(PROP_DEADLINE, "2020-03-01T00:00:00.000+0000"));
        String before = ALFRESCO.snapshot();

        runDeadlineCheck();

        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(ALFRESCO.snapshot()).isEqualTo(before);
        assertThat(decided.property(PROP_OVERDUE)).isEqualTo(false); // the model's default
    }

    @Test
    void anOverdueRouteStaysOpenUntilTheLastCouncilDecides() {
        SimNode p = overdue();
        runDeadlineCheck();

        publishAndWait(decide(p, "Leiden", OUTCOME_ADOPTED, griffierOf("Leiden")),
                decide(p, "Oegstgeest", OUTCOME_ADOPTED, griffierOf("Oegstgeest")));
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
        publishAndWait(decide(p, "Zoeterwoude", OUTCOME_ADOPTED, griffierOf("Zoeterwoude")));

        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DECIDED);
        assertThat(ALFRESCO.node(p.id()).property(PROP_OVERDUE)).isEqualTo(true);
    }

    @Test
    void aSearchThatKeepsFailingIsRetriedThenDeadLetteredWithTheReasonAndNothingIsMarked() {
        SimNode p = overdue();
        ALFRESCO.failNext("POST", "/alfresco/api/-default-/public/search/versions/1/search", 503, 1000);

        runDeadlineCheck();

        org.apache.camel.Exchange dead = deadLetter();
        assertThat(dead.getIn().getHeader(RouteHeaders.FAILURE_REASON, String.class)).contains("503");
        assertThat(dead.getIn().getHeader(RouteHeaders.FAILED_ROUTE, String.class)).isEqualTo("deadline");
        assertThat(ALFRESCO.node(p.id()).property(PROP_OVERDUE)).isEqualTo(false); // the model's default
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }
}
