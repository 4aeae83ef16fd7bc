package nl.regiobesluit.routing.arrangement.zienswijze;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** A council's zienswijze on a Wgr procedure, judged against the legal term: given, or out of time (issue 15, item 3). */
@Component
public class ZienswijzeRoute extends RouteBuilder {

    public static final String URI = "direct:arrangement-zienswijze";

    private final ZienswijzeStep step;

    public ZienswijzeRoute(ZienswijzeStep step) {
        this.step = step;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());
        from(URI).routeId("arrangement-zienswijze")
                .bean(step, "judge").id("zienswijze-judge")
                .filter(body().isNotNull())
                    .log("zienswijze: ${body.municipality}: ${body.status}")
                .end();
    }
}
