package nl.regiobesluit.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateMethodModelEx;

import org.junit.jupiter.api.Test;

/**
 * Properties of vote-share.ftl (the yes share per municipality on the details page) over generated values: an exact
 * fraction is shown as a percentage within half a tenth of the exact value, in Dutch number format; anything else is
 * shown as it is and never breaks the page. Fixed seed and count in CI; raise them with -Dpbt.examples=N -Dpbt.seed=S
 * (see the module README). The counts of each class are printed.
 */
class VoteSharePropertiesTest {

    private static final long SEED = Long.getLong("pbt.seed", 20261203L);
    private static final int EXAMPLES = Integer.getInteger("pbt.examples", 300);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final String TEMPLATE = "nl/regiobesluit/components/form/controls/vote-share.ftl";

    private final Template template = template();

    private static Template template() {
        try {
            Configuration cfg = new Configuration(Configuration.VERSION_2_3_30);
            cfg.setTemplateLoader(new ClassTemplateLoader(VoteSharePropertiesTest.class.getClassLoader(), ShareConfig.WEBSCRIPTS));
            cfg.setLocale(DUTCH);
            return cfg.getTemplate(TEMPLATE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value part the reader sees, after "Label: ". */
    private String shown(String stored) {
        Map<String, Object> field = new HashMap<>();
        field.put("label", "Label");
        field.put("value", stored);
        field.put("control", Map.of("params", Map.of("kind", "perMunicipality")));
        Map<String, Object> model = new HashMap<>();
        model.put("field", field);
        model.put("form", Map.of("mode", "view"));
        model.put("msg", (TemplateMethodModelEx) arguments -> new SimpleScalar("(" + arguments.get(0) + ")"));
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (Exception e) {
            throw new AssertionError("the template broke on " + stored + ": " + e, e);
        }
        assertThat(out.toString()).doesNotContain("<input");
        // What a browser shows: tags dropped, FreeMarker's ?html entities read back, white space collapsed.
        String text = out.toString().replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").trim();
        assertThat(text).startsWith("Label: ");
        return text.substring("Label: ".length());
    }

    @Test
    void anExactFractionIsShownAsAPercentageWithinHalfATenthInDutchFormat() {
        AtomicInteger tried = new AtomicInteger();
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(longs().between(1, 1_000_000_000_000L), longs().between(0, 1_000_000_000_000L),
                        strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 20))
                .checkAssert((b, any, name) -> {
                    long a = any % (b + 1); // a share of all weight: 0 <= a <= b, without discarding examples
                    tried.incrementAndGet();
                    String text = shown(name + "=" + a + "/" + b);
                    assertThat(text).as(name + "=" + a + "/" + b).matches(name + ": \\d{1,3},\\d%");
                    BigDecimal displayed = new BigDecimal(text.substring(name.length() + 2, text.length() - 1).replace(',', '.'));
                    BigDecimal exact = new BigDecimal(a).multiply(BigDecimal.valueOf(100)).divide(new BigDecimal(b), MathContext.DECIMAL128);
                    assertThat(displayed.subtract(exact).abs()).as(name + "=" + a + "/" + b)
                            .isLessThanOrEqualTo(new BigDecimal("0.0500001"));
                });
        System.out.printf("vote-share properties: %d fractions tried, all shown as a percentage within 0.05%n", tried.get());
        assertThat(tried.get()).isPositive();
    }

    @Test
    void anyOtherStoredTextIsShownAsItIsAndNeverBreaksThePage() {
        AtomicInteger percent = new AtomicInteger();
        AtomicInteger asIs = new AtomicInteger();
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12),
                        strings().betweenCodePoints(' ', '~').ofLengthBetween(0, 30))
                .assuming((name, value) -> !value.contains(",") && !name.isBlank())
                .checkAssert((name, value) -> {
                    String text = shown(name + "=" + value);
                    if (text.matches(name + ": -?[\\d.]+,\\d%")) {
                        percent.incrementAndGet();
                        // only whole numbers and fractions with a non-zero denominator become percentages
                        assertThat(value.trim()).matches("[0-9]+|[0-9]+ */ *[0-9]*[1-9][0-9]*");
                    } else {
                        asIs.incrementAndGet();
                        assertThat(text).isEqualTo((name + ": " + value.trim()).replaceAll("\\s+", " ").trim());
                    }
                });
        System.out.printf("vote-share properties: %d other values tried: %d shown as a percentage, %d shown as they are%n",
                percent.get() + asIs.get(), percent.get(), asIs.get());
        assertThat(percent.get() + asIs.get()).isPositive();
    }
}
