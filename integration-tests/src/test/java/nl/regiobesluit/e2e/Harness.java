package nl.regiobesluit.e2e;

import static nl.regiobesluit.model.RbModel.*;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.e2e.contract.ContractRun;
import nl.regiobesluit.routing.testsupport.AccessDescription;
import nl.regiobesluit.routing.testsupport.AlfrescoSimulator;
import nl.regiobesluit.routing.testsupport.RepoEvents;
import nl.regiobesluit.routing.testsupport.SimNode;

/**
 * What every end-to-end test shares, once per JVM: the simulated Alfresco (routing-service's {@link AlfrescoSimulator},
 * with the contract record attached), a real SMTP server (GreenMail), Alfresco's event fixtures and the scenario clock;
 * and the Leidse regio as griffie staff set it up in Alfresco (folders, people) and use it (proposals, advice, votes,
 * council decisions).
 */
public final class Harness {

    public static final List<String> LEIDSE_REGIO = List.of("Leiden", "Leiderdorp", "Oegstgeest", "Voorschoten", "Zoeterwoude");
    public static final String GRIFFIE_GROUP = "GROUP_REGIOBESLUIT_GRIFFIE";
    /** Who may do what in the region's Alfresco: docker/bootstrap/access.json, as the bootstrap sets it up. */
    public static final AccessDescription ACCESS = AccessDescription.forRegion(LEIDSE_REGIO);
    /** The regiogriffier: griffie of the regiocommissie and site manager (access.json). */
    public static final String REGIOGRIFFIER = "regiogriffier";
    /** The archivist, who finalizes decision records (access.json). */
    public static final String ARCHIVIST = "archivaris";
    public static final String REGIOGRIFFIER_MAIL = "regiogriffier@leidseregio.test";
    public static final String REGIOCOMMISSIE_MAIL = "regiocommissie@leidseregio.test";
    public static final String SERVICE_USER = ACCESS.serviceUser;
    /** Day 0 of the 2014 scenarios: the bestuurstafel submits on 1 September 2014. */
    public static final OffsetDateTime DAY_0 = OffsetDateTime.of(2014, 9, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    private static final DateTimeFormatter ALFRESCO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    public static final MutableClock CLOCK = new MutableClock(DAY_0.toInstant());
    public static final AlfrescoSimulator ALFRESCO = new AlfrescoSimulator();
    public static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    public static final RepoEvents EVENTS = new RepoEvents(ALFRESCO);
    public static final Path OUTPUT = Path.of(System.getProperty("regio.e2e.output", "target"));
    public static final AcsRequestLog REQUESTS = new AcsRequestLog(OUTPUT.resolve("acs-requests.jsonl"));
    /** Every exchange with the simulator and every event published, checked against Alfresco's own definitions. */
    public static final ContractRun CONTRACT = ContractRun.current();

    static {
        ALFRESCO.startServer();
        ALFRESCO.useClock(CLOCK);
        ALFRESCO.server().addMockServiceRequestListener(REQUESTS);
        ALFRESCO.server().addMockServiceRequestListener(CONTRACT.requestListener());
        SMTP.start();
    }

    private Harness() {
    }

    public static Path repoRoot() {
        return Path.of(System.getProperty("regio.repo.root", ".."));
    }

    public static Path composition2014() {
        return repoRoot().resolve("data/election_2014_leidse_regio.csv").toAbsolutePath();
    }

    public static String councilFolder(String municipality) {
        return "folder-raad-" + municipality.toLowerCase();
    }

    public static String griffieMail(String municipality) {
        return "griffie@" + municipality.toLowerCase() + ".test";
    }

    /** The griffier of this municipality's council, as access.json names them. */
    public static String griffier(String municipality) {
        return "griffier." + AccessDescription.slug(municipality);
    }

    /** A user's password as access.json gives it. */
    public static String password(String user) {
        return ACCESS.password(user);
    }

    /** The node id of a folder of the site (an access.json path; "" is the documentLibrary), as application-e2e.yml names them. */
    public static String folderId(String path) {
        if (path.isEmpty()) {
            return "folder-regio";
        }
        if (path.startsWith("Gemeenteraden/")) {
            return councilFolder(path.substring("Gemeenteraden/".length()));
        }
        return "folder-" + AccessDescription.slug(path);
    }

    public static String date(OffsetDateTime t) {
        return ALFRESCO_DATE.format(t);
    }

    public static OffsetDateTime day(int n) {
        return DAY_0.plusDays(n);
    }

    public static void setDay(int n) {
        CLOCK.set(day(n).toInstant());
    }

    /** An empty repository with the region's folders and griffie staff, an empty mailbox, the clock on day 0. */
    public static void freshRegion() throws Exception {
        CLOCK.set(DAY_0.toInstant());
        ALFRESCO.reset();
        SMTP.purgeEmailFromAllMailboxes();
        // Users, groups, the site and its folders with their permissions, as docker/bootstrap sets them up from
        // docker/bootstrap/access.json; from here on the simulator checks passwords and permissions.
        ALFRESCO.bootstrap(ACCESS, Harness::folderId);
    }

    // ------------------------------------------------------------------ what griffie staff do in Share

    /** A bestuurstafel's proposal as uploaded (DRAFT); returns Alfresco's Created event. */
    public static SimNode draftProposal(String number, String theme) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(PROP_ROUTE_STATUS, STATUS_DRAFT);
        props.put(PROP_PROPOSAL_NUMBER, number);
        props.put(PROP_THEME, theme);
        return ALFRESCO.addNode("folder-voorstellen", "Voorstel " + number + ".pdf", TYPE_PROPOSAL, REGIOGRIFFIER,
                List.of(ASPECT_ROUTED, "cm:titled"), props);
    }

    /** The regiogriffier submits it on day 0; returns Alfresco's Updated event. */
    public static String submit(SimNode proposal) {
        Map<String, Object> before = ALFRESCO.edit(proposal.id(), REGIOGRIFFIER,
                Map.of(PROP_ROUTE_STATUS, STATUS_SUBMITTED, PROP_SUBMITTED_ON, date(DAY_0)));
        return EVENTS.nodeUpdated(proposal.id(), before);
    }

    /** An advice document in the regiocommissie's folder; returns it (not yet linked). */
    public static SimNode adviceDocument(SimNode proposal, Map<String, ?> props, List<String> aspects) {
        return ALFRESCO.addNode("folder-regiocommissie", "Advies " + proposal.name(), TYPE_ADVICE, REGIOGRIFFIER, aspects, props);
    }

    /** A weighted vote as the regiogriffier enters it on the advice (aspect rb:votes). */
    public static SimNode votedAdvice(SimNode proposal, String body, int voteDay, List<String> yes, List<String> no) {
        return adviceDocument(proposal, voteProperties(body, voteDay, yes, no), List.of(ASPECT_VOTES, "cm:titled"));
    }

    /** The rb:votes values (and the advice date) of a vote taken on day {@code voteDay}, as the regiogriffier enters them. */
    public static Map<String, Object> voteProperties(String body, int voteDay, List<String> yes, List<String> no) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(PROP_VOTING_BODY, body);
        props.put(PROP_VOTE_DATE, date(day(voteDay)));
        props.put(PROP_VOTES_YES, yes);
        props.put(PROP_VOTES_NO, no);
        props.put(PROP_VOTES_ABSTAIN, List.of());
        props.put(PROP_ADVICE_DATE, date(day(voteDay)));
        return props;
    }

    public static String link(SimNode proposal, SimNode advice) {
        ALFRESCO.link(proposal.id(), advice.id(), ASSOC_PROPOSAL_ADVICE);
        return EVENTS.peerAssocCreated(proposal.id(), advice.id(), ASSOC_PROPOSAL_ADVICE);
    }

    public static SimNode decisionOf(SimNode proposal, String municipality) {
        return ALFRESCO.targets(proposal.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS).stream()
                .filter(d -> municipality.equals(d.property(PROP_MUNICIPALITY))).findFirst()
                .orElseThrow(() -> new AssertionError("no council decision for " + municipality));
    }

    /** A council's griffie records its council's decision on day {@code n} (the clock moves there); returns the Updated event. */
    public static String decide(SimNode proposal, String municipality, String outcome, int n) {
        setDay(n);
        SimNode d = decisionOf(proposal, municipality);
        return EVENTS.nodeUpdated(d.id(), ALFRESCO.edit(d.id(), griffier(municipality), decisionProperties(municipality, outcome, n)));
    }

    /** What a griffie enters for its council's decision on day {@code n}: the outcome, its date, and why it deviates. */
    public static Map<String, Object> decisionProperties(String municipality, String outcome, int n) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put(PROP_COUNCIL_OUTCOME, outcome);
        changes.put(PROP_COUNCIL_DECISION_DATE, date(day(n)));
        if (OUTCOME_REJECTED.equals(outcome) || OUTCOME_POSTPONED.equals(outcome)) {
            changes.put(PROP_DEVIATION_EXPLANATION, "De raad van " + municipality + " verwerpt het voorstel.");
        }
        return changes;
    }

    // ------------------------------------------------------------------ inspecting

    public static List<MimeMessage> mailsTo(String address) throws Exception {
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

    public static List<SimNode> councilDecisions(SimNode proposal) {
        List<SimNode> all = new ArrayList<>();
        for (String m : LEIDSE_REGIO) {
            all.addAll(ALFRESCO.children(councilFolder(m)).stream().filter(n -> TYPE_COUNCIL_DECISION.equals(n.nodeType())).toList());
        }
        return all;
    }

    public static List<SimNode> decisionRecords() {
        return ALFRESCO.children("folder-besluiten").stream().filter(n -> TYPE_DECISION_RECORD.equals(n.nodeType())).toList();
    }

    /** The regiocommissie's follow-up agenda items for deviations from its advice. */
    public static List<SimNode> followUps(SimNode proposal) {
        return agendaItems(proposal).stream()
                .filter(a -> AGENDA_ITEM_DEVIATION_FOLLOW_UP.equals(a.property(PROP_AGENDA_ITEM_KIND))).toList();
    }

    /** Every agenda item linked to the proposal (follow-ups, and meetings where a vote was recorded). */
    public static List<SimNode> agendaItems(SimNode proposal) {
        return ALFRESCO.sources(proposal.id(), ASSOC_AGENDA_ITEM_PROPOSAL);
    }

    public static Instant now() {
        return CLOCK.instant();
    }
}
