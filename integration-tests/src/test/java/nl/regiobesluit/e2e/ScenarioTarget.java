package nl.regiobesluit.e2e;

import static nl.regiobesluit.model.RbModel.*;

import java.util.List;
import java.util.Map;

/**
 * Where a scenario runs. Three things differ between the simulated Alfresco and a real one, and only these:
 * <ul>
 *   <li>what griffie staff do in Share (the actions below): in the simulator the test changes its memory and publishes
 *       Alfresco's event fixtures; against Alfresco the test calls its v1 REST API as the griffie users, and Alfresco
 *       sends the events;</li>
 *   <li>how the test waits for the service: every action returns only when the service has handled what it caused
 *       (NotifyBuilder on the published events, or polling the repository until the service's answer is there);</li>
 *   <li>how the test reads state back (the reads below).</li>
 * </ul>
 * The service under test, its clock ({@link Harness#CLOCK}) and its mailboxes ({@link Harness#SMTP}) are the same in both.
 */
public interface ScenarioTarget {

    /** Names the target in output paths: {@code target/<outputDir>/<scenario>.json}. */
    String outputDir();

    /** An empty region for one test: the clock on day 0, empty mailboxes, nothing left open that a test could trip over. */
    void freshRegion() throws Exception;

    /** A scenario starts (the simulator records the service's requests under this name). */
    void begin(String scenario);

    // ------------------------------------------------------------------ what griffie staff do in Share

    /** The regiogriffier uploads a bestuurstafel's proposal (DRAFT). */
    StoredNode draftProposal(String number, String theme);

    /** The regiogriffier submits it, with submission on day 0. */
    void submit(StoredNode proposal);

    /**
     * On day {@code day} (the clock moves there) the regiogriffier records a weighted vote of {@code body} on an advice in
     * the regiocommissie's folder, with {@code more} properties (e.g. the advice kind), and links it to the proposal.
     */
    StoredNode votedAdvice(StoredNode proposal, String body, int day, List<String> yes, List<String> no, Map<String, Object> more);

    /** A council's griffie records its council's decision on day {@code day} (the clock moves there). */
    void decide(StoredNode proposal, String municipality, String outcome, int day);

    /**
     * A council's griffie records its council's vote on the proposal on day {@code day}, on the meeting's agenda item in its
     * council folder, linked to the proposal from the start.
     */
    StoredNode councilVote(StoredNode proposal, String municipality, int day, List<String> yes, List<String> no);

    // ------------------------------------------------------------------ the service's timer

    /** The scheduled deadline check, run now, once the repository would show this open route to it. */
    void runDeadlineCheck(StoredNode openProposal);

    // ------------------------------------------------------------------ reading back

    StoredNode node(String id);

    List<StoredNode> targets(String sourceId, String assocType);

    List<StoredNode> sources(String targetId, String assocType);

    /** The decision records the service made for this proposal, linked or not (a doubled record would show here). */
    List<StoredNode> decisionRecords(StoredNode proposal);

    default StoredNode reread(StoredNode n) {
        return node(n.id());
    }

    default StoredNode decisionOf(StoredNode proposal, String municipality) {
        return targets(proposal.id(), ASSOC_PROPOSAL_COUNCIL_DECISIONS).stream()
                .filter(d -> municipality.equals(d.property(PROP_MUNICIPALITY))).findFirst()
                .orElseThrow(() -> new AssertionError("no council decision for " + municipality));
    }

    /** Every agenda item linked to the proposal (follow-ups of deviations, and meetings where a vote was recorded). */
    default List<StoredNode> agendaItems(StoredNode proposal) {
        return sources(proposal.id(), ASSOC_AGENDA_ITEM_PROPOSAL);
    }

    /** The regiocommissie's follow-up agenda items for deviations from its advice. */
    default List<StoredNode> followUps(StoredNode proposal) {
        return agendaItems(proposal).stream()
                .filter(a -> AGENDA_ITEM_DEVIATION_FOLLOW_UP.equals(a.property(PROP_AGENDA_ITEM_KIND))).toList();
    }
}
