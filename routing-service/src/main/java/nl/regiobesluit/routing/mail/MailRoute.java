package nl.regiobesluit.routing.mail;

import nl.regiobesluit.routing.config.RegiobesluitProperties;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Turns an {@code OutgoingMail} body into an SMTP message, once per mail key ({@link MailLedger}); a null body sends
 * nothing. A failed send throws, so the calling step fails and is retried as a whole by the error handler.
 */
@Component
public class MailRoute extends RouteBuilder {

    public static final String URI = "direct:send-mail";

    private final RegiobesluitProperties properties;
    private final MailLedger ledger;

    public MailRoute(RegiobesluitProperties properties, MailLedger ledger) {
        this.properties = properties;
        this.ledger = ledger;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler());
        String base = properties.mail().uri();
        // camel-mail 4 ignores To/Subject headers unless told to use them (BUILD.md pitfall 6).
        String endpoint = base + (base.contains("?") ? "&" : "?") + "from=" + properties.mail().from()
                + "&useHeaderRecipients=true&useHeaderSubject=true&contentType=text/plain;charset=UTF-8";
        from(URI).routeId("send-mail")
                .filter(body().isNotNull())
                    // Once per key, recorded only after the SMTP server accepted the mail: a step re-run after a later
                    // failure does not send it again, and a send that failed leaves it to be sent by the retry.
                    .policy(ledger).id("send-mail-once")
                    .setHeader("To", simple("${body.to}"))
                    .setHeader("Subject", simple("${body.subject}"))
                    .setBody(simple("${body.body}"))
                    .log("mail: to ${header.To}: ${header.Subject}")
                    .to(endpoint).id("send-mail-smtp")
                    .removeHeaders("To|Subject")
                    .end()
                .end();
    }
}
