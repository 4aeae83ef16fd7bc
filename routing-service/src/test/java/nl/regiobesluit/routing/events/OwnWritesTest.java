package nl.regiobesluit.routing.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The short cut for the service's own writes: it recognises exactly the events the parser and classifier would ignore
 * as "the service's own write", and leaves everything malformed in its syntax or envelope to the parser.
 */
class OwnWritesTest {

    private static final RegiobesluitProperties PROPERTIES = new Binder(new MapConfigurationPropertySource(
            Map.of("regiobesluit.service-user", "svc"))).bindOrCreate("regiobesluit", RegiobesluitProperties.class);

    private final OwnWrites ownWrites = new OwnWrites(PROPERTIES);
    private final RepoEventParser parser = new RepoEventParser();
    private final EventClassifier classifier = new EventClassifier(PROPERTIES);

    private static String updated(String user) {
        return "{\"specversion\":\"1.0\",\"type\":\"org.alfresco.event.node.Updated\",\"id\":\"e1\",\"source\":\"/s\","
                + "\"time\":\"2026-12-03T18:47:06.539Z\",\"dataschema\":\"https://api.alfresco.com/schema/event/repo/v1/nodeUpdated\","
                + "\"datacontenttype\":\"application/json\",\"data\":{\"eventGroupId\":\"g1\",\"resource\":"
                + "{\"@type\":\"NodeResource\",\"id\":\"n1\",\"nodeType\":\"rb:decisionRecord\",\"modifiedByUser\":{\"id\":\"" + user + "\"},"
                + "\"aspectNames\":[\"rb:votes\",\"rb:voteResult\"],\"properties\":{\"rb:resultJson\":\"{\\\"passed\\\":true}\","
                + "\"rb:resultPassed\":true}},\"resourceBefore\":{\"@type\":\"NodeResource\",\"properties\":{\"rb:resultJson\":null,"
                + "\"rb:resultPassed\":null}}}}";
    }

    @Test
    void theServicesOwnWriteIsRecognisedAndIsWhatTheClassifierIgnoresAsSuch() {
        String echo = updated("svc");
        assertThat(ownWrites.recognise(echo)).isEqualTo(new OwnWrites.Echo("e1", "n1"));
        Trigger trigger = classifier.classify(parser.parse(echo));
        assertThat(trigger.isIgnored()).isTrue();
        assertThat(trigger.reason()).isEqualTo("the service's own write");
        assertThat(ownWrites.recognise(echo.replace("node.Updated", "node.Created").replace("\"resourceBefore\"", "\"x\"")))
                .isNotNull();
    }

    @Test
    void someoneElsesChangeIsLeftToTheParser() {
        assertThat(ownWrites.recognise(updated("griffier"))).isNull();
        assertThat(ownWrites.recognise(updated("svc2"))).isNull();
        assertThat(ownWrites.recognise(updated("SVC"))).isNull();
        // A user id that is not text, and a node.Deleted (not a change the classifier judges by its user).
        assertThat(ownWrites.recognise(updated("svc").replace("{\"id\":\"svc\"}", "{\"id\":1}"))).isNull();
        assertThat(ownWrites.recognise(updated("svc").replace("node.Updated", "node.Deleted"))).isNull();
    }

    @Test
    void anEventMalformedInItsSyntaxOrEnvelopeIsLeftToTheParserWhichRefusesIt() {
        String echo = updated("svc");
        List<String> malformed = List.of(
                echo + " {}",
                echo.substring(0, echo.length() - 1),
                echo.replace("\"specversion\":\"1.0\"", "\"specversion\":1.0"),
                echo.replace("\"specversion\":\"1.0\"", "\"specversion\":\"0.3\""),
                echo.replace("\"source\":\"/s\",", ""),
                echo.replace("\"source\":\"/s\",", "\"source\":\" \","),
                echo.replace("2026-12-03T18:47:06.539Z", "yesterday"),
                echo.replace("\"eventGroupId\":\"g1\",", ""),
                echo.replace("\"id\":\"n1\",", ""),
                echo.replace("\"nodeType\":\"rb:decisionRecord\",", "\"nodeType\":7,"),
                echo.replace("\"id\":\"e1\",", "\"id\":\"e1\",\"id\":\"e2\","),
                echo.replace("\"rb:resultPassed\":true}}", "\"rb:resultPassed\":true,\"rb:resultPassed\":false}}"));
        for (String event : malformed) {
            assertThat(ownWrites.recognise(event)).as(event).isNull();
            assertThatThrownBy(() -> parser.parse(event)).as(event).isInstanceOf(MalformedEventException.class);
        }
        assertThat(ownWrites.recognise("not json")).isNull();
        assertThat(ownWrites.recognise("[]")).isNull();
        assertThat(ownWrites.recognise(null)).isNull();
    }
}
