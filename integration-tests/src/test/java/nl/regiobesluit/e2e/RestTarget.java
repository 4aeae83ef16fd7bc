package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;
import static nl.regiobesluit.model.RbModel.*;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;

/**
 * The REST driver: the scenarios' griffie actions through Alfresco's public v1 REST API, as the griffie users, exactly as
 * Share makes them ({@code POST /nodes/{id}/children} with nodeType, properties and aspectNames, {@code PUT /nodes/{id}},
 * {@code POST /nodes/{id}/targets}). The test publishes nothing: the repository sends its own events to the service. The
 * test waits by polling the repository (Awaitility, bounded) until the service's answer to the action is stored and the
 * service's events route has nothing in flight.
 *
 * <p>The days of decisions cannot be faked in a real repository (cm:created and cm:modified are the real time), so they
 * are written as the properties griffie staff enter (submission, vote, advice and decision dates), and the service's
 * clock ({@link Harness#CLOCK}) is moved for what the service decides by its clock (the deadline check, closing dates).
 *
 * <p>Proposal numbers get a per-run suffix ({@code -e2e-<run>}) so that reruns against the same repository do not collide.
 */
public final class RestTarget implements ScenarioTarget {

    /** What every proposal number of this run ends with; "-e2e-" marks nodes the tests made. */
    static final String E2E_MARK = "-e2e-";
    /** The deadline check's own query (DeadlineStep.OPEN_ROUTES): an open route is found only once the index has it. */
    static final String OPEN_ROUTES = "TYPE:\"" + TYPE_PROPOSAL + "\" AND ASPECT:\"" + ASPECT_ROUTED + "\" AND NOT "
            + PROP_ROUTE_STATUS + ":\"" + STATUS_DECIDED + "\"";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String outputDir;
    private final Function<String, AlfrescoRest> as;
    private final AcsSettings.Accounts accounts;
    private final RegionFolders folders;
    private final String run;
    private final Duration wait;
    private final ServiceUnderTest service;

    /**
     * @param as        a REST client per user name (with that user's password)
     * @param run       this run's suffix for proposal numbers, e.g. {@code -e2e-m3k9x1}
     */
    public RestTarget(String outputDir, Function<String, AlfrescoRest> as, AcsSettings.Accounts accounts, RegionFolders folders,
                      String run, Duration wait, ServiceUnderTest service) {
        this.outputDir = outputDir;
        this.as = as;
        this.accounts = accounts;
        this.folders = folders;
        this.run = run;
        this.wait = wait;
        this.service = service;
    }

    /** A fresh run suffix: unique per run, short enough for a node name. */
    public static String newRun() {
        return E2E_MARK + Long.toString(System.currentTimeMillis(), 36);
    }

    @Override
    public String outputDir() {
        return outputDir;
    }

    /**
     * Day 0, empty mailboxes, the service's subscription to the repository's events connected; and open routes that an
     * earlier, interrupted run left behind go to the trash, because the deadline check would escalate them too.
     */
    @Override
    public void freshRegion() throws Exception {
        CLOCK.set(DAY_0.toInstant());
        SMTP.purgeEmailFromAllMailboxes();
        await("the service's subscription to alfresco.repo.event2").atMost(wait).until(service::subscribed);
        for (JsonNode open : regiogriffier().search(OPEN_ROUTES)) {
            if (open.path("properties").path(PROP_PROPOSAL_NUMBER).asText().contains(E2E_MARK)) {
                regiogriffier().delete("/nodes/" + open.path("id").asText());
            }
        }
    }

    @Override
    public void begin(String scenario) {
        // nothing to record: the contract record is the simulator's
    }

    // ------------------------------------------------------------------ what griffie staff do in Share

    @Override
    public StoredNode draftProposal(String number, String theme) {
        String unique = number + run;
        // A draft starts nothing, so there is no answer of the service to wait for.
        return asInShare(regiogriffier(), folders.proposals(), "Voorstel " + unique + ".pdf", TYPE_PROPOSAL, List.of("cm:titled"),
                Map.of(PROP_ROUTE_STATUS, STATUS_DRAFT, PROP_PROPOSAL_NUMBER, unique, PROP_THEME, theme));
    }

    @Override
    public void submit(StoredNode proposal) {
        regiogriffier().put("/nodes/" + proposal.id(), properties(Map.of(PROP_ROUTE_STATUS, STATUS_SUBMITTED, PROP_SUBMITTED_ON, date(DAY_0))));
        serviceAnswered("intake of " + proposal.name(), () -> {
            StoredNode p = reread(proposal);
            return p.property(PROP_DEADLINE) != null && !STATUS_SUBMITTED.equals(p.property(PROP_ROUTE_STATUS));
        });
    }

    @Override
    public StoredNode votedAdvice(StoredNode proposal, String body, int day, List<String> yes, List<String> no,
                                  Map<String, Object> more) {
        setDay(day);
        Map<String, Object> props = new LinkedHashMap<>(voteProperties(body, day, yes, no));
        props.putAll(more);
        StoredNode advice = asInShare(regiogriffier(), folders.committee(), "Advies " + proposal.name(), TYPE_ADVICE,
                List.of(ASPECT_VOTES, "cm:titled"), props);
        regiogriffier().post("/nodes/" + proposal.id() + "/targets",
                JSON.createObjectNode().put("targetId", advice.id()).put("assocType", ASSOC_PROPOSAL_ADVICE), 201);
        serviceAnswered("the vote on " + advice.name() + " and the route after it", () ->
                reread(advice).property(PROP_RESULT_PASSED) != null
                        && !List.of(STATUS_SUBMITTED, STATUS_IN_COMMITTEE).contains(reread(proposal).property(PROP_ROUTE_STATUS)));
        return reread(advice);
    }

    @Override
    public void decide(StoredNode proposal, String municipality, String outcome, int day) {
        setDay(day);
        StoredNode decision = decisionOf(proposal, municipality);
        griffier(municipality).put("/nodes/" + decision.id(), properties(decisionProperties(municipality, outcome, day)));
        serviceAnswered(municipality + "'s decision on " + proposal.name(), () ->
                reread(decision).property(PROP_DEVIATES_FROM_ADVICE) != null
                        && (!everyCouncilDecided(proposal) || STATUS_DECIDED.equals(reread(proposal).property(PROP_ROUTE_STATUS))));
    }

    @Override
    public StoredNode councilVote(StoredNode proposal, String municipality, int day, List<String> yes, List<String> no) {
        setDay(day);
        ObjectNode body = node("Raadsvergadering " + municipality + " - " + proposal.name(), TYPE_AGENDA_ITEM,
                List.of(ASPECT_VOTES, "cm:titled"), SimulatorTarget.votes(municipality, day, yes, no));
        // linked in the same request (NodeBodyCreate.targets), so the vote's event finds the proposal already linked
        body.putArray("targets").addObject().put("targetId", proposal.id()).put("assocType", ASSOC_AGENDA_ITEM_PROPOSAL);
        StoredNode meeting = StoredNode.of(griffier(municipality).post("/nodes/" + folders.council(municipality) + "/children", body, 201));
        serviceAnswered("the vote on " + meeting.name(), () -> reread(meeting).property(PROP_RESULT_PASSED) != null);
        return reread(meeting);
    }

    /**
     * A document as griffie staff make one in Share, each step its own request and so its own event: Upload
     * (node.Created of a cm:content), Change type (node.Updated with the type's mandatory aspects and defaults), Manage
     * aspects (a node.Updated that only adds aspects) and Edit properties (a node.Updated with the values). Recorded on
     * ACS 25.2 in this order (../shared/reference/alfresco/real-acs-25.2/transcript.jsonl, lines 5, 6, 11 and 12).
     */
    private static StoredNode asInShare(AlfrescoRest as, String folderId, String name, String type, List<String> aspects,
                                        Map<String, ?> props) {
        JsonNode uploaded = as.upload(folderId, name, name.endsWith(".pdf") ? "application/pdf" : "text/plain",
                ("%PDF-1.4 " + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String path = "/nodes/" + uploaded.path("id").asText();
        JsonNode typed = as.put(path, JSON.createObjectNode().put("nodeType", type));
        ObjectNode manage = JSON.createObjectNode();
        var all = manage.putArray("aspectNames");
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        typed.path("aspectNames").forEach(a -> names.add(a.asText()));
        names.addAll(aspects);
        names.forEach(all::add);
        as.put(path, manage);
        return StoredNode.of(as.put(path, properties(props)));
    }

    // ------------------------------------------------------------------ the service's timer

    @Override
    public void runDeadlineCheck(StoredNode openProposal) {
        // The check finds open routes through the search index, which a real Alfresco updates some seconds after a change.
        await("the search index to show " + openProposal.name() + " as an open route").atMost(wait)
                .until(() -> regiogriffier().search(OPEN_ROUTES).stream().anyMatch(n -> openProposal.id().equals(n.path("id").asText())));
        service.runDeadlineCheck();
    }

    // ------------------------------------------------------------------ reading back (as the regiogriffier)

    @Override
    public StoredNode node(String id) {
        return StoredNode.of(regiogriffier().get("/nodes/" + id));
    }

    @Override
    public List<StoredNode> targets(String sourceId, String assocType) {
        return associated(sourceId, "targets", assocType);
    }

    @Override
    public List<StoredNode> sources(String targetId, String assocType) {
        return associated(targetId, "sources", assocType);
    }

    /** The records in the Besluiten folder named after this proposal ("Besluit - <name>", renamed copies included). */
    @Override
    public List<StoredNode> decisionRecords(StoredNode proposal) {
        String prefix = "Besluit - " + proposal.name().replaceFirst("\\.[^.]*$", "");
        return regiogriffier().list("/nodes/" + folders.decisions() + "/children?where="
                        + AlfrescoRest.encode("(nodeType='" + TYPE_DECISION_RECORD + "')") + "&include=properties,aspectNames")
                .stream().map(StoredNode::of).filter(r -> r.name().startsWith(prefix)).toList();
    }

    private List<StoredNode> associated(String id, String direction, String assocType) {
        return regiogriffier().list("/nodes/" + id + "/" + direction + "?where=" + AlfrescoRest.encode("(assocType='" + assocType + "')")
                + "&include=properties,aspectNames").stream().map(StoredNode::of).toList();
    }

    // ------------------------------------------------------------------ helpers

    private boolean everyCouncilDecided(StoredNode proposal) {
        return targets(proposal.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS).stream()
                .allMatch(d -> d.property(PROP_COUNCIL_OUTCOME) != null && !OUTCOME_PENDING.equals(d.property(PROP_COUNCIL_OUTCOME)));
    }

    /** Waits until the service's answer is in the repository and the service has finished handling what led to it. */
    private void serviceAnswered(String what, Callable<Boolean> answered) {
        await("the service's answer to " + what).atMost(wait).pollInterval(Duration.ofMillis(200))
                .until(() -> answered.call() && service.idle());
    }

    private AlfrescoRest regiogriffier() {
        return as.apply(accounts.regiogriffier());
    }

    private AlfrescoRest griffier(String municipality) {
        return as.apply(accounts.griffier().apply(municipality));
    }

    private static ObjectNode node(String name, String nodeType, List<String> aspects, Map<String, ?> props) {
        ObjectNode body = JSON.createObjectNode().put("name", name).put("nodeType", nodeType);
        aspects.forEach(body.putArray("aspectNames")::add);
        body.set("properties", JSON.valueToTree(props));
        return body;
    }

    private static ObjectNode properties(Map<String, ?> props) {
        ObjectNode body = JSON.createObjectNode();
        body.set("properties", JSON.valueToTree(props));
        return body;
    }
}
