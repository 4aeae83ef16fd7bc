package nl.regiobesluit.routing.archive;

import nl.regiobesluit.routing.mail.MailRoute;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Finalize: archival values on a decision record marked final, then the lock (or the Governance Services record). */
@Component
public class FinalizeRoute extends RouteBuilder {

    public static final String URI = "direct:finalize";

    private final FinalizeStep step;

    public FinalizeRoute(FinalizeStep step) {
        this.step = step;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());
        from(URI).routeId("finalize")
                .bean(step, "finalizeRecord").id("finalize-record")
                .filter(body().isNotNull())
                    .to(MailRoute.URI).id("finalize-report")
                .end();
    }
}
