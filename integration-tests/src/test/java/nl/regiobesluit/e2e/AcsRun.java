package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A {@code -Pacs} run, once per test JVM: the running Alfresco of {@code ./run.sh build_start} ({@link AcsSettings}), the
 * region's folders in its site, and the routing-service under test connected to that Alfresco and its broker. The service
 * runs in the test JVM (not the stack's container, which must be stopped: two services would both handle every event), so
 * that its clock is the scenarios' clock and its e-mail goes to the test's SMTP server.
 */
final class AcsRun {

    private static final Map<String, Object> ONCE = new ConcurrentHashMap<>();

    private AcsRun() {
    }

    static AcsSettings settings() {
        return (AcsSettings) ONCE.computeIfAbsent("settings", k -> AcsSettings.fromEnvironment());
    }

    /** The bootstrap's folders in the site, found (or made) as the regiogriffier, who manages the site. */
    static RegionFolders folders() {
        return (RegionFolders) ONCE.computeIfAbsent("folders", k -> {
            AlfrescoRest manager = as(settings().accounts().regiogriffier());
            return RegionFolders.findOrCreate(manager, RegionFolders.documentLibrary(manager, settings().site()), LEIDSE_REGIO);
        });
    }

    static AlfrescoRest as(String user) {
        HttpClient http = (HttpClient) ONCE.computeIfAbsent("http", k -> AlfrescoRest.client());
        return new AlfrescoRest(http, settings().url(), user, settings().accounts().password());
    }

    /** The service under test: Alfresco's REST API and broker, the region's real folder ids, the test's SMTP server. */
    static void serviceProperties(DynamicPropertyRegistry registry) {
        AcsSettings acs = settings();
        registry.add("content.service.url", acs::url);
        registry.add("search.service.url", acs::url);
        registry.add("content.service.security.basicAuth.username", acs::serviceUser);
        registry.add("content.service.security.basicAuth.password", acs::servicePassword);
        registry.add("regiobesluit.service-user", acs::serviceUser);
        registry.add("spring.activemq.broker-url", acs::brokerUrl);
        registry.add("spring.activemq.user", acs::brokerUser);
        registry.add("spring.activemq.password", acs::brokerPassword);
        // A plain (non-durable) topic subscription and an own dead-letter queue: the test leaves nothing behind in
        // Alfresco's broker, and never takes events from the stack's routing-service's queue or its dead letters.
        registry.add("regiobesluit.events.uri", () -> "jms:topic:alfresco.repo.event2?asyncStartListener=true");
        registry.add("regiobesluit.events.dead-letter-uri", () -> "jms:queue:regiobesluit-e2e.dlq");
        registry.add("regiobesluit.mail.uri", () -> "smtp://127.0.0.1:" + SMTP.getSmtp().getPort());
        registry.add("regiobesluit.region.composition.location", () -> composition2014().toString());
        registry.add("regiobesluit.region.committee.agenda-folder", () -> folders().committee());
        registry.add("regiobesluit.region.decision-record-folder", () -> folders().decisions());
        for (String m : LEIDSE_REGIO) {
            registry.add("regiobesluit.region.municipalities[" + m + "].council-folder", () -> folders().council(m));
        }
    }

    static RestTarget target(CamelContext camel, ProducerTemplate producer) {
        return new RestTarget("scenarios-acs", AcsRun::as, settings().accounts(), folders(), RestTarget.newRun(), settings().longestWait(),
                new ServiceUnderTest(camel, producer));
    }
}
