package nl.regiobesluit.routing.mail;

/**
 * One e-mail the route sends; {@code direct:send-mail} turns it into an SMTP message.
 *
 * @param key what the mail is about (e.g. {@code intake:<proposal>}); a mail with a key already sent is not sent again
 */
public record OutgoingMail(String key, String to, String subject, String body) {

    public OutgoingMail {
        key = nl.regiobesluit.routing.events.IdempotencyKeys.of("mail:" + key);
    }
}
