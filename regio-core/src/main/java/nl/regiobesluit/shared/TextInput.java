package nl.regiobesluit.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A text file as griffie staff make them (Excel on Windows, a text editor, an export from another system), read within
 * a size limit and decoded without guessing wrong silently:
 * <ul>
 *   <li>a UTF-8 byte-order mark means UTF-8 (Excel's "CSV UTF-8"); a UTF-16 mark means UTF-16 (Excel's "Unicode-tekst");</li>
 *   <li>otherwise the bytes are decoded strictly as UTF-8, and only when they are not valid UTF-8 as Windows-1252, the
 *       code page Dutch Excel uses for "CSV (gescheiden door lijstscheidingsteken)"; {@link Decoded#encoding()} says
 *       which was used;</li>
 *   <li>bytes that are neither, and NUL characters (a binary file), are a problem naming the line.</li>
 * </ul>
 * The limit is checked while reading, so a device such as {@code /dev/zero} or a huge file never fills the memory.
 */
public final class TextInput {

    public static final String UTF_8 = "UTF-8";
    public static final String WINDOWS_1252 = "Windows-1252";

    /** The decoded text (without a byte-order mark) and the encoding it was read in. */
    public record Decoded(String text, String encoding) {
    }

    private TextInput() {
    }

    /** At most {@code maxBytes} bytes of {@code file}, or a problem naming the file (missing, unreadable, too large). */
    public static Result<byte[]> readBytes(Path file, long maxBytes) {
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                return Result.rejected(tooLarge(source, maxBytes));
            }
            return Result.ok(bytes);
        } catch (NoSuchFileException e) {
            return Result.rejected(Problem.bilingualAt(source, 0, null, "kan het bestand niet lezen: het bestaat niet",
                    "cannot read file: no such file"));
        } catch (IOException | RuntimeException e) {
            String why = Excerpt.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return Result.rejected(Problem.bilingualAt(source, 0, null, "kan het bestand niet lezen: " + why, "cannot read file: " + why));
        }
    }

    public static Problem tooLarge(String source, long maxBytes) {
        return Problem.bilingualAt(source, 0, null, "te groot: meer dan " + maxBytes + " bytes",
                "too large: more than " + maxBytes + " bytes");
    }

    /** The text of {@code bytes}: see the class comment for the encodings tried, in that order. */
    public static Result<Decoded> decode(String source, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return checked(source, bytes, 3, StandardCharsets.UTF_8, UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return checked(source, bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return checked(source, bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        String text = strictly(bytes, 0, StandardCharsets.UTF_8);
        if (text != null) {
            return withoutNul(source, text, UTF_8);
        }
        // Not UTF-8: Dutch Excel's plain "CSV" is saved in the Windows code page (é is the single byte 0xE9).
        text = strictly(bytes, 0, Charset.forName("windows-1252"));
        if (text != null) {
            return withoutNul(source, text, WINDOWS_1252);
        }
        int at = firstBadUtf8(bytes);
        String hex = String.format("0x%02X", bytes[at] & 0xFF);
        return Result.rejected(Problem.bilingualAt(source, lineOfByte(bytes, at), null,
                "tekens niet te lezen: byte " + hex + " is geen UTF-8 en het bestand is ook geen Windows-1252; sla het op als 'CSV UTF-8'",
                "unreadable characters: byte " + hex + " is not UTF-8 and the file is not Windows-1252 either; save it as 'CSV UTF-8'"));
    }

    private static Result<Decoded> checked(String source, byte[] bytes, int skip, Charset charset, String name) {
        String text = strictly(bytes, skip, charset);
        if (text == null) {
            int at = charset == StandardCharsets.UTF_8 ? firstBadUtf8(bytes) : skip;
            return Result.rejected(Problem.bilingualAt(source, lineOfByte(bytes, at), null,
                    "begint met de byte-order mark van " + name + " maar is geen geldige " + name,
                    "starts with the byte-order mark of " + name + " but is not valid " + name));
        }
        return withoutNul(source, text, name);
    }

    /** The text, or null when the bytes are not valid in {@code charset}. */
    private static String strictly(byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Result<Decoded> withoutNul(String source, String text, String encoding) {
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = (int) text.substring(0, nul).chars().filter(c -> c == '\n').count() + 1;
            return Result.rejected(Problem.bilingualAt(source, line, null,
                    "bevat een NUL-teken: dit is geen tekstbestand (of het is UTF-16 zonder byte-order mark)",
                    "holds a NUL character: this is not a text file (or it is UTF-16 without a byte-order mark)"));
        }
        return Result.ok(new Decoded(text, encoding));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Index of the first byte where strict UTF-8 decoding fails. */
    private static int firstBadUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult r = decoder.decode(in, out, true);
        return r.isError() ? Math.min(in.position(), bytes.length - 1) : Math.max(0, bytes.length - 1);
    }

    private static int lineOfByte(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
