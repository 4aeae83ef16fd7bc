package nl.regiobesluit.routing.route;

import nl.regiobesluit.routing.step.CloseStep;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Close: when the route is complete, the proposal becomes DECIDED and its decision record is created and linked. */
@Component
public class CloseRoute extends RouteBuilder {

    public static final String URI = "direct:close";

    private final CloseStep step;

    public CloseRoute(CloseStep step) {
        this.step = step;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());
        from(URI).routeId("close")
                .bean(step, "close").id("close-record")
                .filter(body().isNotNull())
                    .log("close: proposal ${header.rbProposalId} decided, decision record ${body}")
                .end();
    }
}
