package nl.regiobesluit.routing.behaviour;

import nl.regiobesluit.routing.route.CollectRoute;
import nl.regiobesluit.routing.route.CommitteeRoute;
import nl.regiobesluit.routing.route.MailRoute;
import nl.regiobesluit.routing.route.RouteHeaders;
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
        from(URI).routeId("vote")
                .bean(step, "computeForEvent").id("vote-compute")
                .setHeader(RouteHeaders.PROPOSAL_ID, simple("${body.proposalId}"))
                .setProperty(COUNCIL_DECISION, simple("${body.councilDecision}"))
                .filter(simple("${body.report} != null"))
                    .setBody(simple("${body.report}"))
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
