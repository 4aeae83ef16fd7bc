package nl.regiobesluit.routing.behaviour;

import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.collect.CollectRoute;
import nl.regiobesluit.routing.committee.CommitteeRoute;
import nl.regiobesluit.routing.mail.MailRoute;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The decision-record behaviour for votes: compute and attach the weighted-vote result, report what cannot be
 * processed, and hand an advice's proposal on to the committee step (which waits for the result).
 */
@Component
public class VoteRoute extends RouteBuilder {

    public static final String URI = "direct:vote";
    /** Header: what the event changed of the vote ({@link nl.regiobesluit.routing.events.Trigger.VoteChange}). */
    public static final String VOTE_CHANGE = "rbVoteChange";
    private static final String COUNCIL_DECISION = "rbCouncilDecision";

    private final VoteStep step;

    public VoteRoute(VoteStep step) {
        this.step = step;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());
        // Plain Java rather than the bean and simple languages: 40% of the events come this way, and their reflection
        // showed in the profile (JFR, issue 13).
        from(URI).routeId("vote")
                .process(e -> e.getIn().setBody(step.computeForEvent(e.getIn().getHeader(RouteHeaders.NODE_ID, String.class),
                        e.getIn().getHeader(VOTE_CHANGE, String.class), e.getIn().getHeader(RouteHeaders.EVENT_ID, String.class))))
                        .id("vote-compute")
                .process(e -> {
                    VoteStep.Outcome o = e.getIn().getBody(VoteStep.Outcome.class);
                    e.getIn().setHeader(RouteHeaders.PROPOSAL_ID, o.proposalId());
                    e.setProperty(COUNCIL_DECISION, o.councilDecision());
                })
                .filter(e -> e.getIn().getBody(VoteStep.Outcome.class).report() != null)
                    .process(e -> e.getIn().setBody(e.getIn().getBody(VoteStep.Outcome.class).report()))
                    .to(MailRoute.URI).id("vote-report")
                .end()
                // A council decision with its vote: the council's outcome still has to be collected.
                .filter(exchangeProperty(COUNCIL_DECISION).isEqualTo(true))
                    .to(CollectRoute.URI).id("vote-next-collect")
                    .stop()
                .end()
                .filter(header(RouteHeaders.PROPOSAL_ID).isNotNull())
                    .to(CommitteeRoute.URI).id("vote-next-committee")
                .end();
    }
}
