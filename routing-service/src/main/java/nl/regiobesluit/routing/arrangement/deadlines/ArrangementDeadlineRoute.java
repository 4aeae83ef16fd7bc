package nl.regiobesluit.routing.arrangement.deadlines;

import nl.regiobesluit.routing.arrangement.ArrangementProperties;
import nl.regiobesluit.routing.camel.ConsumerRouteBuilder;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.mail.MailRoute;
import org.springframework.stereotype.Component;

/**
 * The joint arrangements' dates, checked on a schedule against what Alfresco stores (instruction deadlines, meeting
 * dates, Wgr terms): each item found is mailed, then marked, so it goes out once; a failed check is retried at the
 * next (error handling: {@link ConsumerRouteBuilder}, the one place for it).
 */
@Component
public class ArrangementDeadlineRoute extends ConsumerRouteBuilder {

    public static final String CHECK_URI = "direct:arrangement-deadline-check";

    private final ArrangementDeadlineStep step;
    private final ArrangementProperties arrangementProperties;

    public ArrangementDeadlineRoute(RegiobesluitProperties properties, ArrangementProperties arrangementProperties,
                                    ArrangementDeadlineStep step) {
        super(properties);
        this.arrangementProperties = arrangementProperties;
        this.step = step;
    }

    @Override
    protected void routes() {
        from("scheduler:arrangement-deadline?delay=" + arrangementProperties.checkInterval().toMillis()
                + "&initialDelay=" + arrangementProperties.initialDelay().toMillis()).routeId("arrangement-deadline-timer")
                .to(CHECK_URI);

        from(CHECK_URI).routeId("arrangement-deadline")
                .bean(step, "due").id("arrangement-deadline-find")
                .split(body())
                    .setProperty("due", body())
                    .log("arrangement deadline: ${body.kind} on node ${body.nodeId}")
                    .setBody(simple("${body.mail}"))
                    .to(MailRoute.URI).id("arrangement-deadline-mail")
                    .setBody(exchangeProperty("due"))
                    .bean(step, "mark").id("arrangement-deadline-mark")
                .end();
    }
}
