package nl.regiobesluit.shared.report;

import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the command line's HTML reports (the evaluation report, the joint-arrangement dashboard) share: one FreeMarker
 * configuration, charts encoded as PNG, and one self-contained HTML file with its charts written beside it.
 */
public final class ReportFiles {

    /** One chart as written beside the HTML: its file name and its PNG bytes. */
    public record Png(String fileName, byte[] bytes) { }

    private ReportFiles() {
    }

    /**
     * FreeMarker for templates beside {@code templateBase}: UTF-8, errors rethrown (never printed into the report),
     * and numbers in "computer" format because they reach the templates already written the Dutch way.
     */
    public static Configuration templates(Class<?> templateBase, Locale locale) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setClassForTemplateLoading(templateBase, "");
        c.setDefaultEncoding(StandardCharsets.UTF_8.name());
        c.setOutputEncoding(StandardCharsets.UTF_8.name());
        c.setNumberFormat("computer");
        c.setLocale(locale);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        return c;
    }

    public static byte[] png(JFreeChart chart, int width, int height, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode chart " + name, e);
        }
        return out.toByteArray();
    }

    /** The file name of {@code htmlFile} without its extension: the charts are named {@code <base>-<chart>.png}. */
    public static String baseName(Path htmlFile) {
        String name = htmlFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Writes the HTML to {@code htmlFile} and each chart beside it; returns the files written, the HTML first. */
    public static List<Path> write(Path htmlFile, String html, List<Png> charts) throws IOException {
        Path dir = htmlFile.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        List<Path> written = new ArrayList<>();
        Files.writeString(htmlFile, html, StandardCharsets.UTF_8);
        written.add(htmlFile);
        for (Png chart : charts) {
            Path png = dir == null ? Path.of(chart.fileName()) : dir.resolve(chart.fileName());
            Files.write(png, chart.bytes());
            written.add(png);
        }
        return written;
    }
}
