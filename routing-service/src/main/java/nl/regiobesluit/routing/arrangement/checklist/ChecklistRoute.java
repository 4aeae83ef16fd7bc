package nl.regiobesluit.routing.arrangement.checklist;

import nl.regiobesluit.routing.intake.IntakeRoute;
import nl.regiobesluit.routing.mail.MailRoute;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * In front of intake: a proposal with the toetsingskader is held (open questions on the proposal, one e-mail to the
 * regiogriffier) until the checklist is complete; then, and for every other proposal at once, intake runs as before.
 */
@Component
public class ChecklistRoute extends RouteBuilder {

    public static final String URI = "direct:arrangement-checklist";

    private final ChecklistStep step;

    public ChecklistRoute(ChecklistStep step) {
        this.step = step;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());
        from(URI).routeId("arrangement-checklist")
                .bean(step, "check").id("checklist-check")
                .choice().id("checklist-gate")
                    .when(simple("${body.pass}"))
                        .to(IntakeRoute.URI).id("checklist-pass")
                    .otherwise()
                        .log("checklist: proposal ${header.rbProposalId} held, open: ${body.open}")
                        .setBody(simple("${body.mail}"))
                        .to(MailRoute.URI).id("checklist-held-mail")
                .end();
    }
}
