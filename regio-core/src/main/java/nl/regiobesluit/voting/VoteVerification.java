package nl.regiobesluit.voting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
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
        Result<VoteOutcome> decided = VoteEngine.decide(stored.inputs());
        if (!decided.isOk()) {
            return Result.rejected(decided.problems());
        }
        // Recomputed with today's engine and written in the form of the stored version (see VoteEngine.VERSION).
        VoteOutcome recomputed = decided.value().withComputationVersion(stored.computationVersion());
        ObjectNode fresh = VoteOutcomeJson.toTree(recomputed);
        List<String> differences = new ArrayList<>(inputDifferences(stored.tree(), fresh));
        ObjectNode rest = stored.tree().deepCopy();
        rest.remove(List.of(VoteOutcomeJson.INPUT_FINGERPRINT, VoteOutcomeJson.INPUT_DIGESTS));
        ObjectNode freshRest = fresh.deepCopy();
        freshRest.remove(List.of(VoteOutcomeJson.INPUT_FINGERPRINT, VoteOutcomeJson.INPUT_DIGESTS));
        differences.addAll(VoteOutcomeJson.differences(rest, freshRest));
        return Result.ok(new VoteVerification(recomputed, differences));
    }

    /**
     * The stored inputs against their stored fingerprint, then part by part against the stored digests: one line per
     * part that was changed, removed or added after the result was computed. A /1 result has neither, and gets none.
     */
    private static List<String> inputDifferences(JsonNode stored, ObjectNode fresh) {
        List<String> out = new ArrayList<>();
        if (!fresh.has(VoteOutcomeJson.INPUT_FINGERPRINT)) {
            if (stored.has(VoteOutcomeJson.INPUT_FINGERPRINT) || stored.has(VoteOutcomeJson.INPUT_DIGESTS)) {
                out.add("/" + VoteOutcomeJson.INPUT_FINGERPRINT + ": een " + VoteEngine.VERSION_1 + "-uitslag heeft geen"
                        + " vingerafdruk / a " + VoteEngine.VERSION_1 + " result has no fingerprint");
            }
            return out;
        }
        String expected = fresh.get(VoteOutcomeJson.INPUT_FINGERPRINT).asText();
        JsonNode fingerprint = stored.path(VoteOutcomeJson.INPUT_FINGERPRINT);
        if (!fingerprint.isTextual() || !fingerprint.asText().equals(expected)) {
            String was = fingerprint.isMissingNode() ? "(absent)"
                    : fingerprint.isTextual() && fingerprint.asText().length() <= 64 ? fingerprint.toString() : VoteOutcomeJson.shown(fingerprint);
            out.add("/" + VoteOutcomeJson.INPUT_FINGERPRINT + ": " + was
                    + " → \"" + expected + "\": de invoer klopt niet met haar vingerafdruk / the inputs do not match their fingerprint");
        }
        JsonNode digests = stored.path(VoteOutcomeJson.INPUT_DIGESTS);
        JsonNode freshDigests = fresh.get(VoteOutcomeJson.INPUT_DIGESTS);
        if (!digests.isObject()) {
            out.add("/" + VoteOutcomeJson.INPUT_DIGESTS + ": " + (digests.isMissingNode() ? "(absent)" : VoteOutcomeJson.shown(digests))
                    + " → de samenvatting per deel ontbreekt / the digest per part is missing");
            return out;
        }
        for (Iterator<String> it = freshDigests.fieldNames(); it.hasNext(); ) {
            String part = it.next();
            JsonNode was = digests.get(part);
            if (was == null) {
                out.add(inputLine(part, "toegevoegd na de berekening", "added after the result was computed"));
            } else if (!was.equals(freshDigests.get(part))) {
                out.add(inputLine(part, "gewijzigd na de berekening", "changed after the result was computed"));
            }
        }
        for (Iterator<String> it = digests.fieldNames(); it.hasNext(); ) {
            String part = it.next();
            if (!freshDigests.has(part)) {
                out.add(inputLine(part, "verwijderd na de berekening", "removed after the result was computed"));
            }
        }
        return out;
    }

    private static String inputLine(String part, String nl, String en) {
        if (part.startsWith(VoteOutcomeJson.MUNICIPALITY_DIGEST)) {
            String name = VoteOutcomeJson.shown(com.fasterxml.jackson.databind.node.TextNode.valueOf(
                    part.substring(VoteOutcomeJson.MUNICIPALITY_DIGEST.length())));
            return "/inputs/composition: gemeente " + name + " " + nl + " / municipality " + name + " " + en;
        }
        String shownPart = VoteOutcomeJson.shown(com.fasterxml.jackson.databind.node.TextNode.valueOf(part));
        return "/inputs: " + shownPart + " " + nl + " / " + shownPart + " " + en;
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
