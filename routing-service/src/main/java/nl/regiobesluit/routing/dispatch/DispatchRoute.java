package nl.regiobesluit.routing.dispatch;

import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.mail.MailRoute;
import nl.regiobesluit.routing.store.LockPolicy;
import nl.regiobesluit.routing.store.StateStore;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Dispatch: a recipient list sends the proposal to every participating council that has not received it yet,
 * one route per configured municipality: first the council's decision node, then its mail, which links to that node.
 * The proposal becomes DISPATCHED only after every council succeeded; a failure anywhere fails the whole step, and a
 * re-run skips councils that have their node and whose mail the mail server accepted.
 *
 * <p>One dispatch per proposal at a time, however many triggers arrive (the advice created and the advice linked
 * come as two events, handled at once by different consumers, or by different instances): the whole step runs
 * under the proposal's lock in the service's database. The second trigger waits, then plans from Alfresco's state
 * as the first left it, and so only fills in what the first did not finish. Without the lock, the second found the
 * first's mail claimed and created the council's node, and when the first's mail then failed, that council was
 * never mailed (issue 10).
 */
@Component
public class DispatchRoute extends RouteBuilder {

    public static final String URI = "direct:dispatch";
    static final String COUNCIL_URI = "direct:dispatch-council";

    private final DispatchStep step;
    private final RegiobesluitProperties properties;
    private final StateStore store;

    public DispatchRoute(DispatchStep step, RegiobesluitProperties properties, StateStore store) {
        this.step = step;
        this.properties = properties;
        this.store = store;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());
        from(URI).routeId("dispatch")
                .policy(LockPolicy.on(store, "dispatch", header(RouteHeaders.PROPOSAL_ID))).id("dispatch-lock")
                    .bean(step, "plan").id("dispatch-plan")
                    .filter(body().isNotNull()).id("dispatch-ready")
                        .log("dispatch: proposal ${header.rbProposalId} to ${body.recipients}")
                        .recipientList(simple("${body.recipients}")).parallelProcessing().stopOnException().id("dispatch-councils")
                        .end()
                        .bean(step, "dispatched").id("dispatch-done")
                        .log("dispatch: proposal ${header.rbProposalId} dispatched")
                    .end()
                .end();

        // One entry per municipality, so the recipient list names councils, not parameters.
        properties.region().municipalities().keySet().forEach(municipality ->
                from(DispatchStep.endpointFor(municipality)).routeId(DispatchStep.endpointFor(municipality).substring("direct:".length()))
                        .setHeader(RouteHeaders.MUNICIPALITY, constant(municipality))
                        .to(COUNCIL_URI));

        from(COUNCIL_URI).routeId("dispatch-council")
                .log("dispatch: proposal ${header.rbProposalId} to council ${header.rbMunicipality}")
                .setHeader(RouteHeaders.COUNCIL_DECISION_ID, method(step, "createCouncilDecision")).id("dispatch-council-decision")
                .bean(step, "councilMail").id("dispatch-council-mail")
                .to(MailRoute.URI).id("dispatch-council-notify");
    }
}
