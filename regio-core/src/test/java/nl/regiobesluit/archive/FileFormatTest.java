package nl.regiobesluit.archive;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FileFormatTest {

    private static byte[] head(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aPdfIsNamedByTheVersionInItsHeader() {
        assertThat(FileFormat.identify("application/pdf", head("%PDF-1.7\n%âãÏÓ")).code()).isEqualTo("fmt/276");
        assertThat(FileFormat.identify("application/pdf", head("%PDF-1.4\n")).code()).isEqualTo("fmt/18");
        assertThat(FileFormat.identify("application/pdf", head("%PDF-1.3\n")).label()).isEqualTo("Acrobat PDF 1.3 - Portable Document Format");
        assertThat(FileFormat.identify("application/pdf", head("%PDF-1.7")).list()).isEqualTo(FileFormat.PRONOM);
    }

    @Test
    void aPdfWithoutAReadableHeaderFallsBackToItsMediaType() {
        FileFormat f = FileFormat.identify("application/pdf", head("garbage"));
        assertThat(f.code()).isNull();
        assertThat(f.label()).isEqualTo("application/pdf");
        assertThat(f.list()).isEqualTo(FileFormat.IANA);
    }

    @Test
    void commonOfficeAndTextFormatsHaveTheirPronomId() {
        assertThat(FileFormat.identify("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[0]).code()).isEqualTo("fmt/412");
        assertThat(FileFormat.identify("text/plain; charset=UTF-8", new byte[0]).code()).isEqualTo("x-fmt/111");
        assertThat(FileFormat.identify("APPLICATION/XML", new byte[0]).code()).isEqualTo("fmt/101");
    }

    @Test
    void anUnknownOrMissingMediaTypeIsNamedAsSuchNotGuessed() {
        assertThat(FileFormat.identify("image/x-unknown", new byte[0])).isEqualTo(new FileFormat("image/x-unknown", null, FileFormat.IANA));
        assertThat(FileFormat.identify(null, null).label()).isEqualTo("application/octet-stream");
    }
}
