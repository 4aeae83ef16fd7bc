package nl.regiobesluit.routing.intake;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.testsupport.RoutingTestSupport;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.junit.jupiter.api.Test;

class IntakeRouteTest extends RoutingTestSupport {

    @Test
    void submittedProposalGetsItsThemeDeadlineAndIsAnnouncedToTheRegiocommissie() throws Exception {
        SimNode p = proposal(STATUS_SUBMITTED, "wonen", Map.of(PROP_SUBMITTED_ON, "2026-01-15T10:00:00.000+0000"));

        publishAndWait(EVENTS.nodeCreated(p.id()));

        SimNode after = ALFRESCO.node(p.id());
        assertThat(after.property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_IN_COMMITTEE);
        assertThat(after.property(PROP_DEADLINE)).isEqualTo("2026-04-15T10:00:00.000+0000");
        assertThat(after.property(PROP_PARTICIPATING_MUNICIPALITIES)).isEqualTo(List.of("Leiden", "Oegstgeest"));
        assertThat(after.property(PROP_COOPERATION_MODEL)).isEqualTo("REGIONAL_COMMITTEE");
        assertThat(after.modifiedBy()).isEqualTo("svc-regiobesluit");
        List<MimeMessage> mails = mailsTo("regiocommissie@regio.test");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).startsWith("[Testregio] Nieuw voorstel / New proposal");
        String body = (String) mails.get(0).getContent();
        assertThat(body).contains("15 april 2026", "15 April 2026", "Leiden, Oegstgeest",
                "http://share.test/share/page/document-details?nodeRef=workspace://SpacesStore/" + p.id());
    }

    @Test
    void withoutASubmissionDateTheDeadlineIsTwoMonthsFromIntake() {
        SimNode p = proposal(STATUS_SUBMITTED, null, Map.of());

        publishAndWait(EVENTS.nodeCreated(p.id()));

        SimNode after = ALFRESCO.node(p.id());
        assertThat(after.property(PROP_SUBMITTED_ON)).isNotNull();
        String submitted = (String) after.property(PROP_SUBMITTED_ON);
        String deadline = (String) after.property(PROP_DEADLINE);
        assertThat(java.time.OffsetDateTime.parse(deadline, java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")))
                .isEqualTo(java.time.OffsetDateTime.parse(submitted, java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).plusMonths(2));
        assertThat(after.property(PROP_PARTICIPATING_MUNICIPALITIES)).isEqualTo(List.of("Leiden", "Oegstgeest", "Zoeterwoude"));
    }

    @Test
    void repeatedSubmittedEventSendsOneAnnouncement() throws Exception {
        SimNode p = proposal(STATUS_DRAFT, "wonen", Map.of());
        String created = EVENTS.nodeCreated(p.id());
        Map<String, Object> before = ALFRESCO.edit(p.id(), GRIFFIER, Map.of(PROP_ROUTE_STATUS, STATUS_SUBMITTED));
        String submitted = EVENTS.nodeUpdated(p.id(), before);
        // One upload: a Created, then Updated events (metadata extraction, versioning) that repeat the status.
        Map<String, Object> titleBefore = ALFRESCO.edit(p.id(), GRIFFIER, Map.of("cm:title", "Woonvisie"));
        String retitled = EVENTS.nodeUpdated(p.id(), titleBefore);

        publishAndWait(created, submitted, submitted, retitled);

        assertThat(mailsTo("regiocommissie@regio.test")).hasSize(1);
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_IN_COMMITTEE);
    }

    @Test
    void anOlderDraftEventArrivingAfterTheSubmissionChangesNothing() throws Exception {
        SimNode p = proposal(STATUS_DRAFT, "wonen", Map.of());
        String draftCreated = EVENTS.nodeCreated(p.id());
        Map<String, Object> before = ALFRESCO.edit(p.id(), GRIFFIER, Map.of(PROP_ROUTE_STATUS, STATUS_SUBMITTED));
        String submitted = EVENTS.nodeUpdated(p.id(), before);

        publishAndWait(submitted);
        String afterIntake = ALFRESCO.snapshot();
        publishAndWait(draftCreated, submitted);

        assertThat(ALFRESCO.snapshot()).isEqualTo(afterIntake);
        assertThat(mailsTo("regiocommissie@regio.test")).hasSize(1);
    }

    @Test
    void theServicesOwnWriteDoesNotStartTheRouteAgain() throws Exception {
        SimNode p = proposal(STATUS_SUBMITTED, "wonen", Map.of());
        publishAndWait(EVENTS.nodeCreated(p.id()));
        int writes = ALFRESCO.writes();

        // Alfresco's event for the service's own update: modified by the service user.
        Map<String, Object> before = new java.util.HashMap<>();
        before.put(PROP_DEADLINE, null);
        before.put(PROP_ROUTE_STATUS, STATUS_SUBMITTED);
        publishAndWait(EVENTS.nodeUpdated(p.id(), before));

        assertThat(ALFRESCO.writes()).isEqualTo(writes);
        assertThat(mailsTo("regiocommissie@regio.test")).hasSize(1);
    }

    @Test
    void aSubmissionBySomeoneOutsideTheGriffieIsRefusedAndReportedToTheRegiogriffier() throws Exception {
        SimNode p = proposal(STATUS_DRAFT, "wonen", Map.of());
        Map<String, Object> before = ALFRESCO.edit(p.id(), OUTSIDER, Map.of(PROP_ROUTE_STATUS, STATUS_SUBMITTED));
        String before1 = ALFRESCO.snapshot();

        publishAndWait(EVENTS.nodeUpdated(p.id(), before));

        assertThat(ALFRESCO.snapshot()).isEqualTo(before1);
        assertThat(mailsTo("regiocommissie@regio.test")).isEmpty();
        List<MimeMessage> reports = mailsTo("regiogriffier@regio.test");
        assertThat(reports).hasSize(1);
        assertThat((String) reports.get(0).getContent()).contains(OUTSIDER, "geen lid van de griffiegroep");
    }

    @Test
    void aRefusedChangeDoesNotBlockTheGriffiesOwnLaterSubmission() throws Exception {
        SimNode p = proposal(STATUS_DRAFT, "wonen", Map.of());
        publishAndWait(EVENTS.nodeUpdated(p.id(), ALFRESCO.edit(p.id(), OUTSIDER, Map.of(PROP_ROUTE_STATUS, STATUS_SUBMITTED))));
        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_SUBMITTED);
        assertThat(ALFRESCO.node(p.id()).property(PROP_DEADLINE)).isNull();

        // the griffie checks the proposal and saves it again
        publishAndWait(EVENTS.nodeUpdated(p.id(), ALFRESCO.edit(p.id(), GRIFFIER, Map.of("cm:title", "Woonvisie"))));

        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_IN_COMMITTEE);
        assertThat(mailsTo("regiocommissie@regio.test")).hasSize(1);
    }

    @Test
    void anAdviceRecordedBeforeIntakeRanIsPickedUpByIntake() {
        SimNode p = proposal(STATUS_DRAFT, "wonen", Map.of());
        SimNode advice = advice(p, ADVICE_POSITIVE, false, null);
        String adviceCreated = EVENTS.nodeCreated(advice.id());
        String submitted = EVENTS.nodeUpdated(p.id(), ALFRESCO.edit(p.id(), GRIFFIER, Map.of(PROP_ROUTE_STATUS, STATUS_SUBMITTED)));

        // the advice's event overtakes the submission's
        publishAndWait(adviceCreated, submitted);

        assertThat(ALFRESCO.node(p.id()).property(PROP_ROUTE_STATUS)).isEqualTo(STATUS_DISPATCHED);
        assertThat(ALFRESCO.targets(p.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS)).hasSize(2);
    }
}
