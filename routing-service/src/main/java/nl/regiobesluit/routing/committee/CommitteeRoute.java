package nl.regiobesluit.routing.committee;

import nl.regiobesluit.routing.behaviour.VoteStep;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.close.CloseRoute;
import nl.regiobesluit.routing.dispatch.DispatchRoute;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Committee: waits for the regional body's advice. When it is ready the proposal becomes ADVISED; then it is
 * offered to dispatch (councils decide) and to close (the body decides itself); each acts only if its turn has come.
 * The decision-record behaviour sends a proposal id to {@link #URI} after writing a vote result.
 */
@Component
public class CommitteeRoute extends RouteBuilder {

    public static final String URI = "direct:committee";
    public static final String ADVICE_URI = "direct:committee-advice";

    private final CommitteeStep step;
    private final VoteStep votes;

    public CommitteeRoute(CommitteeStep step, VoteStep votes) {
        this.step = step;
        this.votes = votes;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());
        from(ADVICE_URI).routeId("committee-advice")
                .bean(step, "proposalOf").id("committee-find-proposal")
                .filter(body().isNotNull())
                    .setHeader(RouteHeaders.PROPOSAL_ID, body())
                    .to(URI)
                .end();

        from(URI).routeId("committee")
                .log("committee: proposal ${header.rbProposalId}")
                // A voted advice linked after its votes were recorded is computed with the proposal's theme now.
                .bean(votes, "refreshAdvices").id("committee-refresh-votes")
                .bean(step, "evaluate").id("committee-evaluate")
                .choice()
                    .when(simple("${body.advisesCouncils}"))
                        .bean(step, "advised").id("committee-advised")
                        .log("committee: proposal ${header.rbProposalId} advised")
                    .when(simple("${body.ready}"))
                        .log("committee: proposal ${header.rbProposalId} decided by the regional body")
                    .otherwise()
                        .log("committee: proposal ${header.rbProposalId} waits for its advice")
                .end()
                .to(DispatchRoute.URI).id("committee-next-dispatch")
                .to(CloseRoute.URI).id("committee-next-close");
    }
}
