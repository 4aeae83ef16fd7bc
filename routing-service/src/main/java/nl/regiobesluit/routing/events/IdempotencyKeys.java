package nl.regiobesluit.routing.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keys for the idempotency store. camel-sql's {@code CAMEL_MESSAGEPROCESSED.messageId} holds 100 characters, so a
 * longer key (long municipality names, two node ids) keeps a readable prefix and a SHA-256 of the whole key.
 */
public final class IdempotencyKeys {

    static final int MAX = 100;

    private IdempotencyKeys() {
    }

    public static String of(String raw) {
        if (raw == null || raw.length() <= MAX) {
            return raw;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return raw.substring(0, 30) + "#" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
