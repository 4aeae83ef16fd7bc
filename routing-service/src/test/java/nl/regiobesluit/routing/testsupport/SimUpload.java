package nl.regiobesluit.routing.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An upload as Share and the v1 API make it: {@code POST /nodes/{id}/children} with {@code multipart/form-data}, the
 * file in the part {@code filedata} and optionally {@code name} and {@code nodeType} (Alfresco's
 * {@code NodesImpl.upload}). Alfresco makes such a file versionable at once: {@code cm:versionable} with version
 * 1.0 MAJOR ({@code versioningEnabled} defaults to true; transcript line 5), its mimetype guessed from the file name.
 * Any other part the simulator does not model is refused.
 */
final class SimUpload {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern DISPOSITION = Pattern.compile("name=\"([^\"]*)\"(?:; filename=\"([^\"]*)\")?");
    /** Alfresco's MimetypeMap guesses by extension; only the ones the tests upload. */
    private static final Map<String, String> MIMETYPES = Map.of("pdf", "application/pdf", "txt", "text/plain",
            "csv", "text/csv", "xml", "text/xml", "json", "application/json");

    record Upload(ObjectNode body, byte[] content, String mimeType) {
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The upload as the JSON body of a create, plus the file's bytes and mimetype. */
    static Upload parse(String contentType, byte[] body, ObjectMapper json) {
        Matcher b = BOUNDARY.matcher(contentType);
        if (!b.find()) {
            throw new IllegalArgumentException("multipart/form-data without a boundary");
        }
        byte[] delimiter = ("--" + b.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, String> fields = new LinkedHashMap<>();
        byte[] file = null;
        String filename = null;
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                break;
            }
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            int next = indexOf(body, delimiter, headersEnd);
            if (headersEnd < 0 || next < 0) {
                throw new IllegalArgumentException("a part of the multipart body is not closed");
            }
            String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            byte[] value = Arrays.copyOfRange(body, headersEnd + 4, next - 2); // the part ends with CRLF before the delimiter
            Matcher d = DISPOSITION.matcher(headers);
            if (!d.find()) {
                throw new IllegalArgumentException("a part without Content-Disposition name");
            }
            if ("filedata".equals(d.group(1))) {
                file = value;
                filename = d.group(2);
            } else {
                fields.put(d.group(1), new String(value, StandardCharsets.UTF_8));
            }
            at = next;
        }
        if (file == null) {
            throw new IllegalArgumentException("Required parameter filedata is missing");
        }
        for (String f : fields.keySet()) {
            if (!f.equals("name") && !f.equals("nodeType")) {
                throw new IllegalArgumentException("The simulator does not model the upload field " + f);
            }
        }
        String name = fields.getOrDefault("name", filename);
        ObjectNode create = json.createObjectNode();
        create.put("name", name);
        create.put("nodeType", fields.getOrDefault("nodeType", "cm:content"));
        create.putArray("aspectNames").add("cm:versionable");
        create.putObject("properties").put("cm:versionLabel", "1.0").put("cm:versionType", "MAJOR")
                .put("cm:initialVersion", true).put("cm:autoVersion", true).put("cm:autoVersionOnUpdateProps", false);
        String ext = name == null || name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return new Upload(create, file, MIMETYPES.getOrDefault(ext, "application/octet-stream"));
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
