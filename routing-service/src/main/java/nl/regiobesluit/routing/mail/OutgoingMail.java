package nl.regiobesluit.routing.mail;

/**
 * One e-mail the route sends; {@code direct:send-mail} turns it into an SMTP message.
 *
 * @param key what the mail is about (e.g. {@code intake:<proposal>}); a mail with a key already sent is not sent again
 */
public record OutgoingMail(String key, String to, String subject, String body) {

    public OutgoingMail {
        key = keyOf(key);
    }

    /** The key under which a mail about {@code what} is recorded as sent ({@link MailLedger}). */
    public static String keyOf(String what) {
        return nl.regiobesluit.routing.events.IdempotencyKeys.of("mail:" + what);
    }
}
