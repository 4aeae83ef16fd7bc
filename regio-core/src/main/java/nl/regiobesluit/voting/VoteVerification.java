package nl.regiobesluit.voting;

import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks a stored vote result against a recomputation from the inputs it holds, trusting nothing it has not checked:
 * the text is one JSON value of bounded size in UTF-8 ({@link VoteOutcomeJson#read}); the inputs must match the
 * fingerprint and the digest per part stored beside them (so an edit that leaves every number as it was is still
 * seen, e.g. removing a municipality that did not take part); and every stored value must equal the recomputed one.
 *
 * <p>A fingerprint is no signature: whoever edits the inputs can write a matching fingerprint too. It shows edits
 * made without that care and mistakes; the copy of the fingerprint that Alfresco keeps on the node
 * ({@code rb:resultInputHash}, with its version history) is the one to compare against for more.
 */
public record VoteVerification(VoteOutcome recomputed, List<String> differences) {

    public VoteVerification {
        differences = List.copyOf(differences);
    }

    public boolean identical() {
        return differences.isEmpty();
    }

    /** A stored result as bytes (a file): at most {@link VoteOutcomeJson#MAX_CHARS} bytes of UTF-8, a BOM allowed. */
    public static Result<VoteVerification> of(byte[] content) {
        if (content.length > VoteOutcomeJson.MAX_CHARS) {
            return Result.rejected(VoteOutcomeJson.tooLarge());
        }
        Result<String> text = utf8(content);
        return text.isOk() ? of(text.value()) : Result.rejected(text.problems());
    }

    /** A stored result as text (a file's content, or a node's {@code rb:resultJson}). */
    public static Result<VoteVerification> of(String json) {
        Result<VoteOutcomeJson.Stored> read = VoteOutcomeJson.read(json);
        if (!read.isOk()) {
            return Result.rejected(read.problems());
        }
        VoteOutcomeJson.Stored stored = read.value();
        Result<VoteOutcome> decided = VoteEngine.decide(stored.inputs(), stored.computationVersion());
        if (!decided.isOk()) {
            return Result.rejected(decided.problems());
        }
        // Recomputed with today's engine and written in the form of the stored version (see VoteEngine.VERSION).
        VoteOutcome recomputed = decided.value().withComputationVersion(stored.computationVersion());
        return Result.ok(new VoteVerification(recomputed, VoteOutcomeJson.compare(stored, recomputed)));
    }

    /** Strict UTF-8 (an optional BOM is dropped): a byte that is not UTF-8 is named with its line and byte offset. */
    static Result<String> utf8(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            return Result.rejected(Problem.bilingualAt(null, line, null,
                    "geen UTF-8: byte " + offset + " (0x" + String.format("%02X", content[offset] & 0xFF) + ") is geen geldig teken",
                    "not UTF-8: byte " + offset + " (0x" + String.format("%02X", content[offset] & 0xFF) + ") is no valid character"));
        }
        out.flip();
        return Result.ok(out.toString());
    }
}
