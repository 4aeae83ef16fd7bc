package nl.regiobesluit.routing.intake;

import nl.regiobesluit.routing.committee.CommitteeRoute;
import nl.regiobesluit.routing.mail.MailRoute;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Intake: a submitted proposal gets its deadline and is announced. The announcement goes out before the
 * state is written, so a failure in between repeats the e-mail rather than losing it.
 * Ends by offering the proposal to the committee step, which acts if an advice was recorded before intake ran
 * (events may arrive out of order) and in turn offers it to dispatch (models without a regional body) and close.
 */
@Component
public class IntakeRoute extends RouteBuilder {

    public static final String URI = "direct:intake";

    private final IntakeStep step;

    public IntakeRoute(IntakeStep step) {
        this.step = step;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());
        from(URI).routeId("intake")
                .log("intake: proposal ${header.rbProposalId}")
                .bean(step, "plan").id("intake-plan")
                .filter(body().isNotNull()).id("intake-awaits")
                    .setProperty("plan", body())
                    .setBody(simple("${body.announcement}"))
                    .to(MailRoute.URI).id("intake-announce")
                    .setBody(exchangeProperty("plan"))
                    .bean(step, "record").id("intake-record")
                    .log("intake: proposal ${header.rbProposalId} is in its route, deadline ${exchangeProperty.plan.deadline}")
                .end()
                .to(CommitteeRoute.URI).id("intake-next");
    }
}
