package nl.regiobesluit.routing.collect;

import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.close.CloseRoute;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Collect: gathers one council's decision; a deviation from the advice creates a follow-up agenda item.
 * Ends by offering the proposal to close, which acts only when every participating council has decided.
 */
@Component
public class CollectRoute extends RouteBuilder {

    public static final String URI = "direct:collect";

    private final CollectStep step;

    public CollectRoute(CollectStep step) {
        this.step = step;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());
        from(URI).routeId("collect")
                .bean(step, "collect").id("collect-decision")
                .filter(body().isNotNull()).id("collect-relevant")
                    .setHeader(RouteHeaders.PROPOSAL_ID, simple("${body.proposalId}"))
                    .log("collect: proposal ${header.rbProposalId} council ${body.municipality}: deviates ${body.deviates}, complete ${body.complete}")
                    .to(CloseRoute.URI).id("collect-next")
                .end();
    }
}
