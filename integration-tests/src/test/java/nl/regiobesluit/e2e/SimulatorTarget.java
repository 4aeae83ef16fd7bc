package nl.regiobesluit.e2e;

import static nl.regiobesluit.e2e.Harness.*;
import static nl.regiobesluit.model.RbModel.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.deadline.DeadlineRoute;
import nl.regiobesluit.routing.testsupport.EventPublisher;
import nl.regiobesluit.routing.testsupport.SimNode;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;

/**
 * The scenarios on the simulated Alfresco, as they always ran: the test changes the simulator's repository as griffie
 * staff would ({@link Harness}), publishes Alfresco's event for each change itself ({@code RepoEvents}) and waits with a
 * NotifyBuilder until the service's events route has finished every one of them.
 */
public final class SimulatorTarget implements ScenarioTarget {

    private final CamelContext camel;
    private final ProducerTemplate producer;

    public SimulatorTarget(CamelContext camel, ProducerTemplate producer) {
        this.camel = camel;
        this.producer = producer;
    }

    @Override
    public String outputDir() {
        return "scenarios";
    }

    @Override
    public void freshRegion() throws Exception {
        Harness.freshRegion();
    }

    @Override
    public void begin(String scenario) {
        REQUESTS.recordAs(scenario);
    }

    /** Publishes events as Alfresco does and waits until the events route has finished each of them. */
    public void publishAndWait(String... events) {
        EventPublisher.publishAndWait(camel, producer, E2eTestSupport.EVENTS_TOPIC, 30, events);
    }

    @Override
    public StoredNode draftProposal(String number, String theme) {
        SimNode p = Harness.draftProposal(number, theme);
        publishAndWait(EVENTS.nodeCreated(p.id()));
        return StoredNode.of(p);
    }

    @Override
    public void submit(StoredNode proposal) {
        publishAndWait(Harness.submit(ALFRESCO.node(proposal.id())));
    }

    @Override
    public StoredNode votedAdvice(StoredNode proposal, String body, int day, List<String> yes, List<String> no,
                                  Map<String, Object> more) {
        setDay(day);
        SimNode p = ALFRESCO.node(proposal.id());
        SimNode advice = Harness.votedAdvice(p, body, day, yes, no);
        if (!more.isEmpty()) {
            ALFRESCO.edit(advice.id(), REGIOGRIFFIER, more);
        }
        publishAndWait(EVENTS.nodeCreated(advice.id()), link(p, advice));
        return node(advice.id());
    }

    @Override
    public void decide(StoredNode proposal, String municipality, String outcome, int day) {
        publishAndWait(Harness.decide(ALFRESCO.node(proposal.id()), municipality, outcome, day));
    }

    @Override
    public StoredNode councilVote(StoredNode proposal, String municipality, int day, List<String> yes, List<String> no) {
        setDay(day);
        SimNode meeting = ALFRESCO.addNode(councilFolder(municipality), "Raadsvergadering " + municipality + " - " + proposal.name(),
                TYPE_AGENDA_ITEM, griffier(municipality), List.of(ASPECT_VOTES, "cm:titled"), votes(municipality, day, yes, no));
        ALFRESCO.link(meeting.id(), proposal.id(), ASSOC_AGENDA_ITEM_PROPOSAL);
        publishAndWait(EVENTS.nodeCreated(meeting.id()));
        return node(meeting.id());
    }

    /** The properties of a council's vote on a meeting's agenda item, as its griffie enters them. */
    static Map<String, Object> votes(String municipality, int day, List<String> yes, List<String> no) {
        Map<String, Object> vote = new LinkedHashMap<>();
        vote.put(PROP_AGENDA_ITEM_KIND, AGENDA_ITEM_REGULAR);
        // rb:votingBody is a case-sensitive LIST (rb:votingBodyList): the code GEMEENTERAAD, not a text naming the council.
        vote.put(PROP_VOTING_BODY, VOTING_BODY_GEMEENTERAAD);
        vote.put(PROP_VOTE_DATE, date(day(day)));
        vote.put(PROP_VOTES_YES, yes);
        vote.put(PROP_VOTES_NO, no);
        return vote;
    }

    @Override
    public void runDeadlineCheck(StoredNode openProposal) {
        producer.sendBody(DeadlineRoute.CHECK_URI, null);
    }

    @Override
    public StoredNode node(String id) {
        return StoredNode.of(ALFRESCO.node(id));
    }

    @Override
    public List<StoredNode> targets(String sourceId, String assocType) {
        return ALFRESCO.targets(sourceId, assocType).stream().map(StoredNode::of).toList();
    }

    @Override
    public List<StoredNode> sources(String targetId, String assocType) {
        return ALFRESCO.sources(targetId, assocType).stream().map(StoredNode::of).toList();
    }

    /** Every record in the Besluiten folder: each test starts from an empty repository, so all are this proposal's. */
    @Override
    public List<StoredNode> decisionRecords(StoredNode proposal) {
        return Harness.decisionRecords().stream().map(StoredNode::of).toList();
    }
}
