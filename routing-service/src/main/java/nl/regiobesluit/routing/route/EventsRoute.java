package nl.regiobesluit.routing.route;

import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.events.EventClassifier;
import nl.regiobesluit.routing.events.EventGroup;
import nl.regiobesluit.routing.events.RepoEventParser;
import nl.regiobesluit.routing.step.GriffieGuard;
import org.apache.camel.LoggingLevel;
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

    public EventsRoute(RegiobesluitProperties properties, RepoEventParser parser, EventClassifier classifier,
                       GriffieGuard guard, IdempotentRepository idempotentRepository, EventGroup group,
                       nl.regiobesluit.routing.behaviour.VoteRefusal voteRefusal) {
        super(properties);
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
        from(events.uri()).routeId(INTAKE_ROUTE)
                .convertBodyTo(String.class)
                .setHeader(MESSAGE_GROUP, method(group, "of")).id("events-group")
                .to(events.queue()).id("events-enqueue");

        from(withOption(events.queue(), "concurrentConsumers=" + events.concurrentConsumers())).routeId("events")
                // The node (proposal, advice or council decision) goes into the logging MDC for every line of this event.
                .process(e -> MDC.remove(MDC_NODE))
                .convertBodyTo(String.class)
                .bean(parser, "parse").id("events-parse")
                .setHeader(RouteHeaders.EVENT_ID, simple("${body.id}"))
                .bean(classifier, "classify").id("events-classify")
                .setHeader(RouteHeaders.NODE_ID, simple("${body.nodeId}"))
                .process(e -> {
                    String node = e.getIn().getHeader(RouteHeaders.NODE_ID, String.class);
                    if (node != null) {
                        MDC.put(MDC_NODE, node);
                    }
                })
                .setHeader(RouteHeaders.USER, simple("${body.user}"))
                .setHeader(RouteHeaders.IDEMPOTENCY_KEY, simple("${body.idempotencyKey}"))
                .setHeader("rbReason", simple("${body.reason}"))
                .setHeader(nl.regiobesluit.routing.behaviour.VoteRoute.VOTE_CHANGE, simple("${body.voteChange}", String.class))
                .filter(simple("${body.ignored}"))
                    .log(LoggingLevel.DEBUG, "events: ignored event ${header.rbEventId} on node ${header.rbNodeId}: ${header.rbReason}")
                    .stop()
                .end()
                .log("events: event ${header.rbEventId} on node ${header.rbNodeId} -> ${body.step} (${header.rbReason})")
                // Refused before the idempotency check, so a refusal never uses up the key of a later, allowed change.
                .filter(method(guard, "admits").isEqualTo(false)).id("events-authorize")
                    .to("direct:refused").id("events-refuse")
                    .stop()
                .end()
                .idempotentConsumer(header(RouteHeaders.IDEMPOTENCY_KEY), idempotentRepository).eager(false).id("events-once")
                    .choice().id("events-dispatch")
                        .when(simple("${body.step} == 'INTAKE'"))
                            .setHeader(RouteHeaders.PROPOSAL_ID, header(RouteHeaders.NODE_ID))
                            .to(IntakeRoute.URI)
                        .when(simple("${body.step} == 'FINALIZE'"))
                            .to(nl.regiobesluit.routing.archive.FinalizeRoute.URI)
                        .when(simple("${body.step} == 'VOTE'"))
                            .to(nl.regiobesluit.routing.behaviour.VoteRoute.URI)
                        .when(simple("${body.step} == 'COMMITTEE_ADVICE'"))
                            .to(CommitteeRoute.ADVICE_URI)
                        .when(simple("${body.step} == 'COMMITTEE'"))
                            .setHeader(RouteHeaders.PROPOSAL_ID, header(RouteHeaders.NODE_ID))
                            .to(CommitteeRoute.URI)
                        .when(simple("${body.step} == 'COLLECT'"))
                            .to(CollectRoute.URI)
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

    private static String withOption(String uri, String option) {
        return uri + (uri.contains("?") ? "&" : "?") + option;
    }
}
