package nl.regiobesluit.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Copies a stream once, with a fixed buffer, and tells its size, SHA-256 (lower-case hex) and first bytes (to tell the
 * format): memory stays flat whatever the size of the content.
 */
public final class DigestingCopy {

    public static final int HEAD = 16;

    public record Copied(long size, String sha256, byte[] head) {
    }

    private DigestingCopy() {
    }

    public static Copied copy(InputStream in, OutputStream out) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        byte[] head = new byte[HEAD];
        int headLength = 0;
        long size = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (headLength < HEAD) {
                int take = Math.min(HEAD - headLength, n);
                System.arraycopy(buffer, 0, head, headLength, take);
                headLength += take;
            }
            digest.update(buffer, 0, n);
            out.write(buffer, 0, n);
            size += n;
        }
        return new Copied(size, HexFormat.of().formatHex(digest.digest()), Arrays.copyOf(head, headLength));
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
