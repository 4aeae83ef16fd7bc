package nl.regiobesluit.routing.arrangement.procedure;

import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.mail.MailRoute;
import nl.regiobesluit.routing.store.LockPolicy;
import nl.regiobesluit.routing.store.StateStore;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * A Wgr procedure (issue 15, item 3): the councils' term recorded on it, then every participating council asked for
 * its zienswijze (a record and an e-mail each; a participant outside the region a record in the arrangement's folder
 * for the regiogriffier, without e-mail), under the procedure's lock so two events of one filing route it once.
 */
@Component
public class ProcedureRoute extends RouteBuilder {

    public static final String URI = "direct:arrangement-procedure";

    private final ProcedureStep step;
    private final StateStore store;

    public ProcedureRoute(ProcedureStep step, StateStore store) {
        this.step = step;
        this.store = store;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());
        from(URI).routeId("arrangement-procedure")
                .policy(LockPolicy.on(store, "wgr-procedure", header(RouteHeaders.NODE_ID))).id("procedure-lock")
                    .bean(step, "plan").id("procedure-plan")
                    .filter(body().isNotNull()).id("procedure-ready")
                        .setHeader("rbPlan", body())
                        .bean(step, "recordTerm").id("procedure-term")
                        .bean(step, "recordOutsideRegion").id("procedure-outside-region")
                        .log("procedure: ${header.rbNodeId} term ends ${header.rbPlan.term.ends} (${header.rbPlan.term.article}); asking ${header.rbPlan.councils}")
                        .split(simple("${header.rbPlan.councils}")).stopOnException().id("procedure-councils")
                            .setHeader(RouteHeaders.MUNICIPALITY, body())
                            .setHeader("rbZienswijzeId", method(step, "createZienswijze")).id("procedure-zienswijze")
                            .bean(step, "askMail").id("procedure-mail")
                            .to(MailRoute.URI).id("procedure-notify")
                        .end()
                    .end()
                .end();
    }
}
