package nl.regiobesluit.routing.testsupport;

import static nl.regiobesluit.model.RbModel.*;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.regiobesluit.routing.RoutingServiceApplication;
import org.apache.activemq.broker.BrokerService;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shared base of the route tests: one Spring context for all of them, with a real embedded ActiveMQ
 * broker, a real SMTP server (GreenMail) and Alfresco simulated by its REST contract ({@link AlfrescoSimulator}).
 *
 * <p>WireMock and GreenMail are started once per JVM rather than per class (a {@code @RegisterExtension}
 * would restart them on new ports for every class and so defeat the shared Spring context).
 */
@SpringBootTest(classes = {RoutingServiceApplication.class, RoutingTestSupport.Broker.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("routetest")
@org.junit.jupiter.api.extension.ExtendWith(CleanDatabase.class)
public abstract class RoutingTestSupport {

    public static final String EVENTS_TOPIC = "jms:topic:alfresco.repo.event2";
    public static final String DLQ = "jms:queue:regiobesluit.dlq";
    public static final String GRIFFIE_GROUP = "GROUP_REGIOBESLUIT_GRIFFIE";
    /** The municipalities of application-routetest.yml. */
    public static final List<String> MUNICIPALITIES = List.of("Leiden", "Oegstgeest", "Zoeterwoude");
    /** Who may do what, from docker/bootstrap/access.json for these municipalities. */
    public static final AccessDescription ACCESS = AccessDescription.forRegion(MUNICIPALITIES);
    /** The regiogriffier: griffie of the regiocommissie, site manager. */
    public static final String GRIFFIER = "regiogriffier";
    /** The griffier of Leiden's council. */
    public static final String GRIFFIER_LEIDEN = "griffier.leiden";
    /** The archivist. */
    public static final String ARCHIVIST = "archivaris";
    public static final String OUTSIDER = "medewerker.extern";
    /** The operator account as application-routetest.yml sets it (the service refuses the old default change-me). */
    public static final String OPERATOR_LOGIN = "operator:routetest-operator-password";
    public static final List<String> COUNCIL_FOLDERS = List.of("folder-raad-leiden", "folder-raad-oegstgeest", "folder-raad-zoeterwoude");

    protected static final AlfrescoSimulator ALFRESCO = new AlfrescoSimulator();
    protected static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    protected static final RepoEvents EVENTS = new RepoEvents(ALFRESCO);
    private static final java.util.concurrent.atomic.AtomicInteger PROPOSAL_NUMBERS = new java.util.concurrent.atomic.AtomicInteger(100);

    static {
        ALFRESCO.startServer();
        SMTP.start();
    }

    @DynamicPropertySource
    static void endpoints(DynamicPropertyRegistry registry) {
        registry.add("content.service.url", ALFRESCO::baseUrl);
        registry.add("search.service.url", ALFRESCO::baseUrl);
        registry.add("regiobesluit.mail.uri", () -> "smtp://127.0.0.1:" + SMTP.getSmtp().getPort());
    }

    /** The broker Alfresco would publish to, as docker/activemq/activemq.xml configures it; persistent off, so each JVM starts clean. */
    @TestConfiguration
    public static class Broker {
        @Bean(initMethod = "start", destroyMethod = "stop")
        BrokerService broker() throws Exception {
            return ConfiguredBroker.create("test-broker");
        }
    }

    @Autowired
    protected CamelContext camel;
    @Autowired
    protected ProducerTemplate producer;
    @Autowired
    protected ConsumerTemplate consumer;
    @Autowired
    private BrokerService broker;

    /** The dead-letter queue, counted by the broker and matched by event, never by arrival order. */
    protected DeadLetterQueue deadLetters;

    @BeforeEach
    void cleanRepositoryMailAndDeadLetters() throws Exception {
        ALFRESCO.reset();
        SMTP.purgeEmailFromAllMailboxes();
        deadLetters = new DeadLetterQueue(broker, consumer);
        deadLetters.purge();
        // Users, groups, the site and its folders with their permissions as docker/bootstrap sets them up
        // (docker/bootstrap/access.json), with the folder ids application-routetest.yml names.
        ALFRESCO.bootstrap(ACCESS, RoutingTestSupport::folderId);
        // Someone in no griffie group whom Alfresco nevertheless lets write (a site collaborator a site manager added,
        // and a collaborator on each council's folder): what the service's own check (GriffieGuard) is the second
        // line for. AlfrescoSimulatorPermissionsTest shows Alfresco refusing those who were not let in.
        ALFRESCO.addPerson(OUTSIDER, "GROUP_EVERYONE");
        ALFRESCO.access().addUser(OUTSIDER, "extern");
        ALFRESCO.access().addToGroup(OUTSIDER, "GROUP_site_" + ACCESS.siteId + "_SiteCollaborator");
        MUNICIPALITIES.forEach(m -> ALFRESCO.access().grant(folderId(ACCESS.councilFolders.get(m)), OUTSIDER, "Collaborator"));
    }

    /** The griffier of this municipality's council, as access.json names them. */
    public static String griffierOf(String municipality) {
        return "griffier." + AccessDescription.slug(municipality);
    }

    /** The node id of a folder of the site (access.json path; "" is the documentLibrary), as application-routetest.yml names them. */
    public static String folderId(String path) {
        if (path.isEmpty()) {
            return "folder-regio";
        }
        if (path.startsWith("Gemeenteraden/")) {
            return "folder-raad-" + AccessDescription.slug(path.substring("Gemeenteraden/".length()));
        }
        return "folder-" + AccessDescription.slug(path);
    }

    // ------------------------------------------------------------------ arranging

    /** A routed proposal in the given status, as griffie staff leave it in Share. */
    protected SimNode proposal(String status, String theme, Map<String, ?> extra) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(PROP_ROUTE_STATUS, status);
        // Unique within the JVM: dispatch and close name their nodes after the proposal, and Alfresco answers 409 to a
        // second child of the same name (a random number here once let two proposals of one test clash).
        props.put(PROP_PROPOSAL_NUMBER, "RV-2026-" + PROPOSAL_NUMBERS.incrementAndGet());
        if (theme != null) {
            props.put(PROP_THEME, theme);
        }
        props.putAll(extra);
        return ALFRESCO.addNode("folder-voorstellen", "Voorstel " + props.get(PROP_PROPOSAL_NUMBER) + ".pdf",
                TYPE_PROPOSAL, GRIFFIER, List.of(ASPECT_ROUTED, "cm:titled"), props);
    }

    /** An advice node linked to the proposal. */
    protected SimNode advice(SimNode proposal, String kind, boolean votes, Boolean passed) {
        Map<String, Object> props = new LinkedHashMap<>();
        if (kind != null) {
            props.put(PROP_ADVICE_KIND, kind);
        }
        if (passed != null) {
            props.put(PROP_RESULT_PASSED, passed);
        }
        List<String> aspects = new ArrayList<>();
        if (votes) {
            aspects.add(ASPECT_VOTES);
        }
        if (passed != null) {
            aspects.add(ASPECT_VOTE_RESULT);
        }
        SimNode advice = ALFRESCO.addNode("folder-regiocommissie", "Advies " + proposal.name(), TYPE_ADVICE, GRIFFIER, aspects, props);
        ALFRESCO.link(proposal.id(), advice.id(), ASSOC_PROPOSAL_ADVICE);
        return advice;
    }

    /** An advice on which griffie staff recorded a regiocommissie vote (members as "Municipality/PartyGroup"). */
    protected SimNode votedAdvice(SimNode proposal, List<String> yes, List<String> no) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(PROP_ADVICE_KIND, ADVICE_POSITIVE);
        props.put(PROP_VOTING_BODY, "REGIOCOMMISSIE");
        props.put(PROP_VOTE_DATE, "2015-04-01T00:00:00.000+0000");
        props.put(PROP_VOTES_YES, List.copyOf(yes));
        props.put(PROP_VOTES_NO, List.copyOf(no));
        SimNode advice = ALFRESCO.addNode("folder-regiocommissie", "Advies " + proposal.name(), TYPE_ADVICE, GRIFFIER,
                List.of(ASPECT_VOTES), props);
        ALFRESCO.link(proposal.id(), advice.id(), ASSOC_PROPOSAL_ADVICE);
        return advice;
    }

    /** Every party group with a seat in these municipalities in the 2014 composition the tests use. */
    protected static List<String> groupsOf(String... municipalities) {
        try {
            java.nio.file.Path csv = java.nio.file.Path.of(System.getProperty("regio.repo.root", "..") + "/data/election_2014_leidse_regio.csv");
            List<String> wanted = List.of(municipalities);
            return java.nio.file.Files.readAllLines(csv).stream().skip(1).map(l -> l.split(","))
                    .filter(f -> wanted.contains(f[0])).map(f -> f[0] + "/" + f[3]).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A proposal as dispatch leaves it: DISPATCHED, with a consensus advice and one PENDING council decision
     * per municipality, written by the service user. Returns the proposal; decisions via {@link #decisionOf}.
     */
    protected SimNode dispatched(String adviceKind, String... municipalities) {
        SimNode p = proposal(STATUS_DISPATCHED, null, Map.of(
                PROP_DEADLINE, "2099-01-01T00:00:00.000+0000",
                PROP_SUBMITTED_ON, "2098-11-01T00:00:00.000+0000",
                PROP_PARTICIPATING_MUNICIPALITIES, List.of(municipalities)));
        advice(p, adviceKind, false, null);
        for (String m : municipalities) {
            SimNode d = ALFRESCO.addNode("folder-raad-" + m.toLowerCase(), "Raadsbesluit " + m + " - " + p.name(),
                    TYPE_COUNCIL_DECISION, ACCESS.serviceUser, List.of(),
                    Map.of(PROP_MUNICIPALITY, m, PROP_COUNCIL_OUTCOME, OUTCOME_PENDING));
            ALFRESCO.link(p.id(), d.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS);
        }
        return p;
    }

    protected SimNode decisionOf(SimNode proposal, String municipality) {
        return ALFRESCO.targets(proposal.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS).stream()
                .filter(d -> municipality.equals(d.property(PROP_MUNICIPALITY))).findFirst().orElseThrow();
    }

    /** A council's griffie records its decision in Share; returns Alfresco's Updated event for it. */
    protected String decide(SimNode proposal, String municipality, String outcome, String user) {
        SimNode d = decisionOf(proposal, municipality);
        Map<String, Object> before = ALFRESCO.edit(d.id(), user, Map.of(PROP_COUNCIL_OUTCOME, outcome,
                PROP_COUNCIL_DECISION_DATE, "2098-12-01T19:30:00.000+0000"));
        return EVENTS.nodeUpdated(d.id(), before);
    }

    // ------------------------------------------------------------------ acting and waiting

    /**
     * Publishes events as Alfresco does and waits until the events route has finished each of them,
     * recognised by a test header (recipient-list copies carry it too, so only originals are counted).
     */
    protected void publishAndWait(String... events) {
        EventPublisher.publishAndWait(camel, producer, EVENTS_TOPIC, 20, events);
    }

    protected void runDeadlineCheck() {
        producer.sendBody(nl.regiobesluit.routing.deadline.DeadlineRoute.CHECK_URI, null);
    }

    protected List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> result = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            for (var r : m.getAllRecipients()) {
                if (r.toString().equals(address)) {
                    result.add(m);
                }
            }
        }
        return result;
    }

    protected Exchange deadLetter() {
        return consumer.receive(DLQ, 5000);
    }
}
