package nl.regiobesluit.routing.mail;

/** One e-mail the route sends; {@code direct:send-mail} turns it into an SMTP message. */
public record OutgoingMail(String to, String subject, String body) {
}
