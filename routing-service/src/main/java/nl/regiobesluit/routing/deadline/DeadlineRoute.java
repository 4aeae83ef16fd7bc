package nl.regiobesluit.routing.deadline;

import nl.regiobesluit.routing.camel.ConsumerRouteBuilder;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.mail.MailRoute;
import org.springframework.stereotype.Component;

/**
 * Deadline: a scheduled check of the absolute rb:deadline stored on each proposal (never an aggregator
 * timeout, which would restart with every message and every restart). Each overdue route is escalated once:
 * the e-mail first, then rb:overdue and rb:escalatedOn, which also keep it from being escalated again.
 */
@Component
public class DeadlineRoute extends ConsumerRouteBuilder {

    public static final String CHECK_URI = "direct:deadline-check";

    private final DeadlineStep step;

    public DeadlineRoute(RegiobesluitProperties properties, DeadlineStep step) {
        super(properties);
        this.step = step;
    }

    @Override
    protected void routes() {
        from("scheduler:deadline?delay=" + properties.deadline().checkInterval().toMillis()
                + "&initialDelay=" + properties.deadline().initialDelay().toMillis()).routeId("deadline-timer")
                .to(CHECK_URI);

        from(CHECK_URI).routeId("deadline")
                .bean(step, "overdueRoutes").id("deadline-find")
                .split(body())
                    .setHeader(RouteHeaders.PROPOSAL_ID, body())
                    .bean(step, "escalation").id("deadline-escalation")
                    .filter(body().isNotNull())
                        .log("deadline: proposal ${header.rbProposalId} is overdue; escalating to the regiogriffier")
                        .to(MailRoute.URI).id("deadline-mail")
                        .bean(step, "markEscalated").id("deadline-mark")
                    .end()
                .end();
    }
}
