package nl.regiobesluit.archive;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs a finished export folder into one zip, streaming file by file (memory flat). Zipping comes after the export,
 * so the folder stays the unit that resumes; the zip is written beside it under a temporary name and renamed when whole.
 */
public final class ArchiveZip {

    private ArchiveZip() {
    }

    public static void zip(Path folder, Path zipFile) throws IOException {
        Path tmp = zipFile.resolveSibling(zipFile.getFileName() + ".tmp");
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 64 * 1024);
             ZipOutputStream zip = new ZipOutputStream(o);
             Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder())::iterator) {
                String name = folder.relativize(p).toString().replace('\\', '/');
                zip.putNextEntry(new ZipEntry(name));
                Files.copy(p, zip);
                zip.closeEntry();
            }
        }
        Files.move(tmp, zipFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
