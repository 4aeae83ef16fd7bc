package nl.regiobesluit.routing.events;

import nl.regiobesluit.routing.camel.ConsumerRouteBuilder;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.collect.CollectRoute;
import nl.regiobesluit.routing.committee.CommitteeRoute;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.mail.MailRoute;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Predicate;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Consumes Alfresco's repository events, parses and classifies them, refuses changes by non-griffie users,
 * and hands each to its step once per change (the idempotency key is what changed, not the event id).
 *
 * <p>Two routes, both run by every instance of the service (issue 13). The broker, not this code, fans Alfresco's
 * topic {@code alfresco.repo.event2} out to the queue {@code regiobesluit.alfresco.repo.event2} (a compositeTopic in
 * docker/activemq/activemq.xml, ActiveMQ "Virtual Destinations"). {@code events-intake} consumes that queue and does
 * nothing but hand each raw event to the service's queue, with the node it is about as JMS message group
 * ({@code JMSXGroupID}). Alfresco sets no group (its event2 messages carry the event JSON only, see
 * {@code org.alfresco.repo.event2.Event2MessageProducer}), and a broker cannot derive one from the body without a
 * plugin of its own in Alfresco's broker image, so it is set here, by the first consumer. For the order to survive
 * this hop, the broker lets one intake consumer at a time take from the queue, whichever instance it is in, and
 * hands over to another when that instance goes (allConsumersExclusiveByDefault in the same activemq.xml): no
 * instance needs to be the only one, the broker picks. {@code events} consumes the service's queue with several
 * consumers in every instance: the broker gives all messages of one group to one consumer at a time (ActiveMQ
 * "Message Groups"), so one node's events stay in order while different nodes are worked on at once, by all
 * instances. The intake's message is acknowledged only after the queue accepted the (persistent) copy, so a crash
 * in between delivers the event twice, never zero times; the steps are idempotent, their keys shared in PostgreSQL.
 */
@Component
public class EventsRoute extends ConsumerRouteBuilder {

    /** MDC key of the node an event is about; propagated by Camel (camel.main.mdc-logging-keys-pattern=rb*). */
    public static final String MDC_NODE = "rbNode";
    /** The route that takes Alfresco's events off the broker's queue; {@code events} is the one that handles them. */
    public static final String INTAKE_ROUTE = "events-intake";
    /** ActiveMQ's message group property: messages with one value go to one consumer at a time, in order. */
    static final String MESSAGE_GROUP = "JMSXGroupID";

    private final RepoEventParser parser;
    private final EventClassifier classifier;
    private final GriffieGuard guard;
    private final IdempotentRepository idempotentRepository;
    private final EventGroup group;
    private final nl.regiobesluit.routing.behaviour.VoteRefusal voteRefusal;
    private final OwnWrites ownWrites;

    public EventsRoute(RegiobesluitProperties properties, RepoEventParser parser, EventClassifier classifier,
                       GriffieGuard guard, IdempotentRepository idempotentRepository, EventGroup group,
                       nl.regiobesluit.routing.behaviour.VoteRefusal voteRefusal, OwnWrites ownWrites) {
        super(properties);
        this.ownWrites = ownWrites;
        this.voteRefusal = voteRefusal;
        this.group = group;
        this.parser = parser;
        this.classifier = classifier;
        this.guard = guard;
        this.idempotentRepository = idempotentRepository;
    }

    @Override
    protected void routes() {
        RegiobesluitProperties.Events events = properties.events();
        // Plain Java processors and predicates rather than the bean and simple languages: this is the one route every
        // event passes, and their reflection and type conversion were a fifth of its CPU (JFR, issue 13).
        from(events.uri()).routeId(INTAKE_ROUTE)
                .convertBodyTo(String.class)
                .process(e -> e.getIn().setHeader(MESSAGE_GROUP, group.of(e.getIn().getBody(String.class)))).id("events-group")
                .to(events.queue()).id("events-enqueue");

        from(withOption(events.queue(), "concurrentConsumers=" + events.concurrentConsumers())).routeId("events")
                // The node (proposal, advice or council decision) goes into the logging MDC for every line of this event.
                .process(e -> MDC.remove(MDC_NODE))
                .convertBodyTo(String.class)
                // The service's own writes come back as the largest events: recognised before the parser builds them.
                .filter(e -> ownWrite(e) != null).id("events-own-write")
                    .log(LoggingLevel.DEBUG, "events: ignored event ${header.rbEventId} on node ${header.rbNodeId}: the service's own write")
                    .stop()
                .end()
                .process(e -> e.getIn().setBody(parser.parse(e.getIn().getBody(String.class)))).id("events-parse")
                .process(e -> e.getIn().setHeader(RouteHeaders.EVENT_ID, e.getIn().getBody(RepoEvent.class).id()))
                .process(e -> e.getIn().setBody(classifier.classify(e.getIn().getBody(RepoEvent.class)))).id("events-classify")
                .process(EventsRoute::triggerHeaders)
                .filter(e -> trigger(e).isIgnored())
                    .log(LoggingLevel.DEBUG, "events: ignored event ${header.rbEventId} on node ${header.rbNodeId}: ${header.rbReason}")
                    .stop()
                .end()
                .log("events: event ${header.rbEventId} on node ${header.rbNodeId} -> ${header." + STEP + "} (${header.rbReason})")
                // Refused before the idempotency check, so a refusal never uses up the key of a later, allowed change.
                .filter(e -> !guard.admits(trigger(e), e)).id("events-authorize")
                    .to("direct:refused").id("events-refuse")
                    .stop()
                .end()
                .idempotentConsumer(header(RouteHeaders.IDEMPOTENCY_KEY), idempotentRepository).eager(false).id("events-once")
                    .choice().id("events-dispatch")
                        .when(step(Trigger.Step.INTAKE))
                            .setHeader(RouteHeaders.PROPOSAL_ID, header(RouteHeaders.NODE_ID))
                            // through the toetsingskader gate, which passes every proposal without one straight to intake
                            .to(nl.regiobesluit.routing.arrangement.checklist.ChecklistRoute.URI)
                        .when(step(Trigger.Step.FINALIZE))
                            .to(nl.regiobesluit.routing.archive.FinalizeRoute.URI)
                        .when(step(Trigger.Step.VOTE))
                            .to(nl.regiobesluit.routing.behaviour.VoteRoute.URI)
                        .when(step(Trigger.Step.COMMITTEE_ADVICE))
                            .to(CommitteeRoute.ADVICE_URI)
                        .when(step(Trigger.Step.COMMITTEE))
                            .setHeader(RouteHeaders.PROPOSAL_ID, header(RouteHeaders.NODE_ID))
                            .to(CommitteeRoute.URI)
                        .when(step(Trigger.Step.COLLECT))
                            .to(CollectRoute.URI)
                        .when(step(Trigger.Step.GR_PAPERS))
                            .to(nl.regiobesluit.routing.arrangement.papers.PapersRoute.URI)
                        .when(step(Trigger.Step.WGR_PROCEDURE))
                            .to(nl.regiobesluit.routing.arrangement.procedure.ProcedureRoute.URI)
                        .when(step(Trigger.Step.ZIENSWIJZE))
                            .to(nl.regiobesluit.routing.arrangement.zienswijze.ZienswijzeRoute.URI)
                    .end()
                .end();

        from("direct:refused").routeId("refused")
                .log(LoggingLevel.WARN, "events: refused change by ${header.rbUser} on node ${header.rbNodeId} (${header.rbReason}): "
                        + "not a member of " + properties.griffieGroup())
                // A refused change of a vote stays refused, in Alfresco, until a griffie member records the vote again.
                .filter(simple("${header." + nl.regiobesluit.routing.behaviour.VoteRoute.VOTE_CHANGE + "} != 'NONE'"))
                    .bean(voteRefusal, "refuse").id("refused-vote-mark")
                .end()
                .bean(guard, "refusal")
                .to(MailRoute.URI).id("refused-report");
    }

    /** Header: the step the event asks for, for the log line. */
    static final String STEP = "rbStep";

    /** The own write this event is (its ids set as headers, for the log line), or null. */
    private OwnWrites.Echo ownWrite(Exchange e) {
        OwnWrites.Echo echo = ownWrites.recognise(e.getIn().getBody(String.class));
        if (echo != null) {
            e.getIn().setHeader(RouteHeaders.EVENT_ID, echo.eventId());
            e.getIn().setHeader(RouteHeaders.NODE_ID, echo.nodeId());
        }
        return echo;
    }

    private static Trigger trigger(Exchange e) {
        return e.getIn().getBody(Trigger.class);
    }

    private static Predicate step(Trigger.Step step) {
        return e -> trigger(e).step() == step;
    }

    /** What the steps and the error handler read of the trigger, as headers; the node also into the logging MDC. */
    private static void triggerHeaders(Exchange e) {
        Trigger t = trigger(e);
        org.apache.camel.Message in = e.getIn();
        in.setHeader(RouteHeaders.NODE_ID, t.nodeId());
        if (t.nodeId() != null) {
            MDC.put(MDC_NODE, t.nodeId());
        }
        in.setHeader(RouteHeaders.USER, t.user());
        in.setHeader(RouteHeaders.IDEMPOTENCY_KEY, t.idempotencyKey());
        in.setHeader("rbReason", t.reason());
        in.setHeader(STEP, t.step().name());
        in.setHeader(nl.regiobesluit.routing.behaviour.VoteRoute.VOTE_CHANGE, t.voteChange().name());
    }

    private static String withOption(String uri, String option) {
        return uri + (uri.contains("?") ? "&" : "?") + option;
    }
}
