package nl.regiobesluit.routing.archive;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.testsupport.AlfrescoSimulator;
import nl.regiobesluit.routing.testsupport.RoutingTestSupport;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.junit.jupiter.api.Test;

/** A decision record marked final gets its archival metadata and is then locked against every change. */
class FinalizationTest extends RoutingTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    private SimNode record() {
        return ALFRESCO.addNode("folder-besluiten", "Besluit woningbouw", TYPE_DECISION_RECORD, GRIFFIER,
                List.of(ASPECT_VOTES, ASPECT_ARCHIVAL), Map.of(PROP_RECORD_OUTCOME, RECORD_REGIONAL_DECISION_TAKEN,
                        PROP_VOTING_BODY, "REGIORAAD", PROP_VOTE_DATE, "2014-09-22T10:00:00.000+0000", PROP_VOTES_YES, groupsOf("Leiden"),
                        PROP_FINALIZED, false));
    }

    private String markFinal(SimNode record) {
        return markFinal(record, ARCHIVIST);
    }

    private String markFinal(SimNode record, String user) {
        Map<String, Object> before = ALFRESCO.edit(record.id(), user, Map.of(PROP_FINALIZED, true));
        return EVENTS.nodeUpdated(record.id(), before);
    }

    @Test
    void anArchivistMayFinalizeARecord() throws Exception {
        // docker/bootstrap gives GROUP_REGIOBESLUIT_ARCHIEF Editor on Besluiten; the Share action "Definitief maken"
        // sets rb:finalized as the archivist, who is no griffie member.
        SimNode record = record();

        publishAndWait(markFinal(record, ARCHIVIST));

        SimNode stored = ALFRESCO.node(record.id());
        assertThat(stored.property(PROP_WAARDERING)).isEqualTo(WAARDERING_BLIJVEND_TE_BEWAREN);
        assertThat(stored.property("cm:lockType")).isEqualTo("READ_ONLY_LOCK");
        assertThat(mailsTo("regiogriffier@regio.test")).isEmpty();
    }

    @Test
    void someoneOutsideTheGriffieAndTheArchiveCannotFinalizeARecord() throws Exception {
        SimNode record = record();

        publishAndWait(markFinal(record, OUTSIDER));

        SimNode stored = ALFRESCO.node(record.id());
        assertThat(stored.property(PROP_ARCHIVE_IDENTIFICATION)).isNull();
        assertThat(stored.aspectNames()).doesNotContain("cm:lockable");
        assertThat(mailsTo("regiogriffier@regio.test")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isNotBlank());
    }

    @Test
    void aRecordMarkedFinalGetsItsArchivalValuesAndIsLocked() {
        SimNode record = record();
        // The service dates by its own clock (UTC), and the run may cross midnight or New Year: the finalization
        // date is one of the service's days between just before and just after, never the test machine's zone.
        LocalDate before = LocalDate.now(clock);

        publishAndWait(markFinal(record));

        LocalDate after = LocalDate.now(clock);
        SimNode stored = ALFRESCO.node(record.id());
        // rb:finalizedOn is a d:datetime: Alfresco keeps the day as its midnight (UTC) and returns it so.
        assertThat(stored.property(PROP_FINALIZED_ON)).isIn(before + "T00:00:00.000+0000", after + "T00:00:00.000+0000");
        assertThat(stored.property(PROP_WAARDERING)).isEqualTo(WAARDERING_BLIJVEND_TE_BEWAREN);
        assertThat(stored.property(PROP_ARCHIVE_IDENTIFICATION)).isIn(
                "RB-" + before.getYear() + "-" + record.id(), "RB-" + after.getYear() + "-" + record.id());
        assertThat(stored.property(PROP_ARCHIEFVORMER)).isEqualTo("Testregio");
        assertThat(stored.aspectNames()).contains("cm:lockable");
        assertThat(stored.property("cm:lockType")).isEqualTo("READ_ONLY_LOCK");
    }

    @Test
    void aLockedRecordRefusesEveryChangeAndTheServiceDoesNotTryAgain() throws Exception {
        SimNode record = record();
        String finalEvent = markFinal(record);
        publishAndWait(finalEvent);
        String snapshot = ALFRESCO.snapshot();

        // Griffie staff try to change it through the REST API: Alfresco refuses with 409.
        HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(ALFRESCO.baseUrl() + AlfrescoSimulator.CORE + "/nodes/" + record.id()))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((GRIFFIER + ":" + ACCESS.password(GRIFFIER)).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"properties\":{\"rb:recordOutcome\":\"NO_REGIONAL_DECISION\"}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(409);

        // The same event again: nothing is written. A changed vote on the locked record is refused by Alfresco itself,
        // in Share as on the REST API (LockServiceImpl.checkForLock: a FULL lock refuses everyone, 409).
        publishAndWait(finalEvent);
        assertThat(ALFRESCO.snapshot()).isEqualTo(snapshot);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ALFRESCO.edit(record.id(), GRIFFIER, Map.of(PROP_VOTES_YES, groupsOf("Leiderdorp"))))
                .isInstanceOfSatisfying(nl.regiobesluit.routing.testsupport.SimAccess.Refused.class,
                        e -> assertThat(e.status).isEqualTo(409));
        assertThat(ALFRESCO.snapshot()).isEqualTo(snapshot);
        assertThat(mailsTo("regiogriffier@regio.test")).isEmpty();
    }
}
