package nl.regiobesluit.routing.close;

import nl.regiobesluit.routing.behaviour.CriteriaStep;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.mail.MailRoute;
import nl.regiobesluit.routing.store.LockPolicy;
import nl.regiobesluit.routing.store.StateStore;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Close: when the route is complete, the proposal becomes DECIDED and its decision record is created and linked. */
@Component
public class CloseRoute extends RouteBuilder {

    public static final String URI = "direct:close";

    private final CloseStep step;
    private final CriteriaStep criteria;
    private final StateStore store;

    public CloseRoute(CloseStep step, CriteriaStep criteria, StateStore store) {
        this.step = step;
        this.criteria = criteria;
        this.store = store;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());
        from(URI).routeId("close")
                // Councils deciding at once offer the proposal to close together, in one instance or several: the
                // proposal's lock in the service's database lets one close it; the other then finds it DECIDED.
                .policy(LockPolicy.on(store, "close", header(RouteHeaders.PROPOSAL_ID))).id("close-lock")
                    .bean(step, "close").id("close-record")
                .end()
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
