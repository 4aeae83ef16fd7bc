package nl.regiobesluit.routing.behaviour;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.testsupport.RoutingTestSupport;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The bulk (re)computation for importing history: once, resumable, and reachable as an actuator endpoint. */
class BulkAnnotationTest extends RoutingTestSupport {

    @Autowired
    BulkAnnotation bulk;

    @Value("${local.server.port}")
    int port;

    /** 150 recorded votes in the decision-record folder, as an import of earlier years leaves them. */
    private List<SimNode> history(int count) {
        List<SimNode> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nodes.add(ALFRESCO.addNode("folder-besluiten", "Stemming " + i, TYPE_AGENDA_ITEM, GRIFFIER, List.of(ASPECT_VOTES),
                    Map.of(PROP_VOTING_BODY, "REGIOCOMMISSIE", PROP_VOTE_DATE, "2015-04-01T00:00:00.000+0000",
                            PROP_VOTES_YES, i % 2 == 0 ? groupsOf("Leiden") : groupsOf("Leiderdorp"),
                            PROP_VOTES_NO, groupsOf("Oegstgeest"))));
        }
        return nodes;
    }

    @Test
    void bulkComputesEveryRecordOnceAndASecondRunChangesNothing() {
        List<SimNode> nodes = history(150);

        BulkProgress first = bulk.run(BulkAnnotation.query("folder-besluiten"), true);
        assertThat(first.state()).isEqualTo("DONE");
        assertThat(first.total()).isEqualTo(150);
        assertThat(first.written()).isEqualTo(150);
        assertThat(nodes).allSatisfy(n -> assertThat(ALFRESCO.node(n.id()).property(PROP_RESULT_INPUT_HASH)).isNotNull());
        // Leiden alone (59.2%) does not reach 70% of the five; with Leiderdorp's yes it is even less.
        assertThat(ALFRESCO.node(nodes.get(0).id()).property(PROP_RESULT_PASSED)).isEqualTo(false);

        int writes = ALFRESCO.writes();
        BulkProgress second = bulk.run(BulkAnnotation.query("folder-besluiten"), true);
        assertThat(second.unchanged()).isEqualTo(150);
        assertThat(second.written()).isZero();
        assertThat(ALFRESCO.writes()).isEqualTo(writes);
    }

    @Test
    void anInterruptedRunResumesAfterTheLastCompletePageAndLeavesNothingBehind() {
        List<SimNode> nodes = history(150);
        // Alfresco fails once, on the 120th record, in the second page of 100.
        ALFRESCO.failNext("PUT", "/nodes/" + nodes.get(119).id(), 503, 1);

        BulkProgress interrupted = bulk.run(BulkAnnotation.query("folder-besluiten"), true);
        assertThat(interrupted.state()).isEqualTo("FAILED");
        assertThat(interrupted.lastProblem()).contains("503");

        int writes = ALFRESCO.writes();
        BulkProgress resumed = bulk.run(BulkAnnotation.query("folder-besluiten"), false);

        assertThat(resumed.state()).isEqualTo("DONE");
        assertThat(resumed.done()).isEqualTo(150);
        // Resumed at record 100: only the second page is read again. The failed run finished every other record of
        // that page before it stopped; only the record that failed is written now.
        assertThat(resumed.unchanged()).isEqualTo(49);
        assertThat(resumed.written()).isEqualTo(1);
        assertThat(ALFRESCO.writes() - writes).isEqualTo(1);
        assertThat(nodes).allSatisfy(n -> assertThat(ALFRESCO.node(n.id()).property(PROP_RESULT_INPUT_HASH)).isNotNull());
    }

    @Test
    void theRebuildEndpointStartsARunAndShowsItsProgressToOperatorsOnly() throws Exception {
        history(5);
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString(OPERATOR_LOGIN.getBytes(StandardCharsets.UTF_8));
        URI uri = URI.create("http://localhost:" + port + "/actuator/rebuild");

        assertThat(http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"folder\":\"folder-besluiten\",\"fresh\":true}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.body()).contains("\"state\":\"RUNNING\"").contains("ANCESTOR");

        String body = org.awaitility.Awaitility.await("bulk run done").atMost(java.time.Duration.ofSeconds(20))
                .pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> http.send(HttpRequest.newBuilder(uri).header("Authorization", auth).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body(), b -> b.contains("\"state\":\"DONE\""));
        assertThat(body).contains("\"state\":\"DONE\"").contains("\"done\":5").contains("\"written\":5");
    }
}
