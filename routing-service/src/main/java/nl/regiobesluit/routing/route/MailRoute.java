package nl.regiobesluit.routing.route;

import nl.regiobesluit.routing.config.RegiobesluitProperties;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.springframework.stereotype.Component;

/** Turns an {@code OutgoingMail} body into an SMTP message; a null body sends nothing. */
@Component
public class MailRoute extends RouteBuilder {

    public static final String URI = "direct:send-mail";

    private final RegiobesluitProperties properties;
    private final IdempotentRepository idempotentRepository;

    public MailRoute(RegiobesluitProperties properties, IdempotentRepository idempotentRepository) {
        this.properties = properties;
        this.idempotentRepository = idempotentRepository;
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
                    // Once per key: the key is kept as soon as the SMTP server accepted the mail (completionEager),
                    // so re-running a step after a later failure does not send it again; a failed send is retried.
                    .idempotentConsumer(simple("${body.key}"), idempotentRepository).eager(true).completionEager(true)
                        .id("send-mail-once")
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
