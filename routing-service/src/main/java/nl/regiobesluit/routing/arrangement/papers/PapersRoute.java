package nl.regiobesluit.routing.arrangement.papers;

import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.mail.MailRoute;
import nl.regiobesluit.routing.store.LockPolicy;
import nl.regiobesluit.routing.store.StateStore;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Board papers of a joint arrangement (issue 15, item 2): to every participating council's griffie, an oplegnotitie
 * and an e-mail each, under the meeting's lock in the service's database, so two events of one meeting (the document
 * created, then its properties saved) never route it twice. A failure for one council fails the step, and the
 * re-run skips the councils that have their cover note and whose e-mail the mail server accepted.
 */
@Component
public class PapersRoute extends RouteBuilder {

    public static final String URI = "direct:arrangement-papers";

    private final PapersStep step;
    private final StateStore store;

    public PapersRoute(PapersStep step, StateStore store) {
        this.step = step;
        this.store = store;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());
        from(URI).routeId("arrangement-papers")
                .policy(LockPolicy.on(store, "gr-papers", header(RouteHeaders.NODE_ID))).id("papers-lock")
                    .bean(step, "plan").id("papers-plan")
                    .filter(body().isNotNull()).id("papers-ready")
                        .setHeader("rbPlan", body())
                        .bean(step, "recordFiledOn").id("papers-filed-on")
                        .bean(step, "moveDates").id("papers-move-dates")
                        .log("papers: meeting ${header.rbNodeId} on ${body.meetingDate} to ${body.councils}, instruction by ${body.instructionDeadline}")
                        .split(simple("${header.rbPlan.councils}")).stopOnException().id("papers-councils")
                            .setHeader(RouteHeaders.MUNICIPALITY, body())
                            .setHeader("rbCoverNoteId", method(step, "createCoverNote")).id("papers-cover-note")
                            .bean(step, "papersMail").id("papers-mail")
                            .to(MailRoute.URI).id("papers-notify")
                        .end()
                    .end()
                .end();
    }
}
