package nl.regiobesluit.routing.route;

import nl.regiobesluit.routing.behaviour.CriteriaStep;
import nl.regiobesluit.routing.step.CloseStep;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Close: when the route is complete, the proposal becomes DECIDED and its decision record is created and linked. */
@Component
public class CloseRoute extends RouteBuilder {

    public static final String URI = "direct:close";

    private final CloseStep step;
    private final CriteriaStep criteria;

    public CloseRoute(CloseStep step, CriteriaStep criteria) {
        this.step = step;
        this.criteria = criteria;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());
        from(URI).routeId("close")
                .bean(step, "close").id("close-record")
                .filter(body().isNotNull())
                    .log("close: proposal ${header.rbProposalId} decided, decision record ${body}")
                .end()
                // The decision-record behaviour: indicators on the record, at closing and after a late decision.
                .bean(criteria, "annotate").id("close-criteria")
                .filter(body().isNotNull())
                    .to(MailRoute.URI).id("close-criteria-report")
                .end();
    }
}
