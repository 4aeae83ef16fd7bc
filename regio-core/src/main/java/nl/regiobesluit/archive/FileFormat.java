package nl.regiobesluit.archive;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A file format as an MDTO begrip: a PRONOM format (label, PUID, "PRONOM-register") where the media type and the
 * file's first bytes tell it reliably, otherwise the media type itself from the IANA register. PDF versions are read
 * from the {@code %PDF-1.x} header; other formats whose version cannot be told from the media type map to the PUID of
 * the family that the media type names. A format identification tool (DROID, Siegfried) may refine this later.
 */
public record FileFormat(String label, String code, String list) {

    public static final String PRONOM = "PRONOM-register";
    public static final String IANA = "IANA Media Types";

    private static final Map<String, FileFormat> BY_MEDIA_TYPE = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            new FileFormat("Microsoft Word for Windows 2007 onwards", "fmt/412", PRONOM),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            new FileFormat("Microsoft Excel for Windows 2007 onwards", "fmt/214", PRONOM),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            new FileFormat("Microsoft Powerpoint for Windows 2007 onwards", "fmt/215", PRONOM),
            "application/msword", new FileFormat("Microsoft Word for Windows 97-2003", "fmt/40", PRONOM),
            "text/plain", new FileFormat("Plain Text File", "x-fmt/111", PRONOM),
            "text/csv", new FileFormat("Comma Separated Values", "x-fmt/18", PRONOM),
            "application/xml", new FileFormat("Extensible Markup Language 1.0", "fmt/101", PRONOM),
            "text/xml", new FileFormat("Extensible Markup Language 1.0", "fmt/101", PRONOM),
            "application/json", new FileFormat("JSON Data Interchange Format", "fmt/817", PRONOM),
            "application/zip", new FileFormat("ZIP Format", "x-fmt/263", PRONOM));

    private static final Map<String, String> PDF_VERSIONS = Map.of(
            "1.0", "fmt/14", "1.1", "fmt/15", "1.2", "fmt/16", "1.3", "fmt/17", "1.4", "fmt/18",
            "1.5", "fmt/19", "1.6", "fmt/20", "1.7", "fmt/276", "2.0", "fmt/1129");

    /** The XML files the export writes itself. */
    public static final FileFormat XML = BY_MEDIA_TYPE.get("application/xml");

    /**
     * @param mediaType the media type the repository gives (parameters such as charset are ignored); may be null
     * @param head      the first bytes of the content (may be shorter than 16 or empty)
     */
    public static FileFormat identify(String mediaType, byte[] head) {
        String type = mediaType == null ? "" : mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (type.equals("application/pdf")) {
            String version = pdfVersion(head);
            if (version != null && PDF_VERSIONS.containsKey(version)) {
                return new FileFormat("Acrobat PDF " + version + " - Portable Document Format", PDF_VERSIONS.get(version), PRONOM);
            }
        }
        FileFormat known = BY_MEDIA_TYPE.get(type);
        if (known != null) {
            return known;
        }
        return new FileFormat(type.isEmpty() ? "application/octet-stream" : type, null, IANA);
    }

    private static String pdfVersion(byte[] head) {
        if (head == null || head.length < 8) {
            return null;
        }
        String s = new String(head, 0, Math.min(head.length, 16), StandardCharsets.ISO_8859_1);
        if (!s.startsWith("%PDF-")) {
            return null;
        }
        return s.substring(5, 8);
    }
}
