package nl.regiobesluit.archive;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Names on disk for records and files. Identifications and file names come from users, so they are reduced to
 * characters that are safe on every file system and in the manifest (no commas, slashes or quotes). When a name had
 * to change, a short hash of the original keeps two different identifications apart ("RB/1" and "RB_1").
 */
final class FolderNames {

    private static final int MAX = 100;

    private FolderNames() {
    }

    static String forRecord(String identification) {
        String safe = identification.trim().replaceAll("[^A-Za-z0-9._-]", "_");
        boolean changed = !safe.equals(identification) || safe.startsWith(".") || safe.length() > MAX
                || safe.toLowerCase(Locale.ROOT).endsWith(".partial") || safe.equalsIgnoreCase(ArchiveExport.MANIFEST);
        if (safe.startsWith(".")) {
            safe = "_" + safe.substring(1);
        }
        if (safe.length() > MAX) {
            safe = safe.substring(0, MAX);
        }
        return changed ? safe + "-" + shortHash(identification) : safe;
    }

    /** A name for a file in a record folder, unused so far in that folder ({@code used} is updated). */
    static String forFile(String name, Set<String> used) {
        String safe = name.trim().replaceAll("[^\\p{L}\\p{N} ._()+-]", "_");
        if (safe.startsWith(".") || safe.isBlank()) {
            safe = "_" + safe;
        }
        String base = safe;
        String ext = "";
        int dot = safe.lastIndexOf('.');
        if (dot > 0) {
            base = safe.substring(0, dot);
            ext = safe.substring(dot);
        }
        if (base.length() > MAX) {
            base = base.substring(0, MAX);
        }
        String candidate = base + ext;
        for (int i = 2; used.contains(candidate.toLowerCase(Locale.ROOT)) || candidate.endsWith(".mdto.xml"); i++) {
            candidate = base + "-" + i + ext;
        }
        used.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    private static String shortHash(String s) {
        byte[] d = DigestingCopy.sha256().digest(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 4);
    }
}
