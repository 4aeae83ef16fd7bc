package nl.regiobesluit.routing.route;

import nl.regiobesluit.routing.config.RegiobesluitProperties;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Turns an {@code OutgoingMail} body into an SMTP message; a null body sends nothing. */
@Component
public class MailRoute extends RouteBuilder {

    public static final String URI = "direct:send-mail";

    private final RegiobesluitProperties properties;

    public MailRoute(RegiobesluitProperties properties) {
        this.properties = properties;
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
                    .setHeader("To", simple("${body.to}"))
                    .setHeader("Subject", simple("${body.subject}"))
                    .setBody(simple("${body.body}"))
                    .log("mail: to ${header.To}: ${header.Subject}")
                    .to(endpoint).id("send-mail-smtp")
                    .removeHeaders("To|Subject")
                .end();
    }
}
