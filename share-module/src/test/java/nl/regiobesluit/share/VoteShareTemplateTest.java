package nl.regiobesluit.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;

import nl.regiobesluit.model.RbModel;
import nl.regiobesluit.platform.ContentModel;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The computed vote's shares on the details page (vote-share.ftl), rendered with FreeMarker for a Dutch and an English
 * reader: percentages in the reader's number format, per municipality from the exact fractions the service stores.
 */
class VoteShareTemplateTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private static Element control(String property) {
        var form = ShareConfig.load().form("aspect", RbModel.ASPECT_VOTE_RESULT, "");
        return ContentModel.child(form.field(property), "control");
    }

    private static String kind(String property) {
        return ContentModel.children(control(property), "control-param").stream()
                .filter(p -> "kind".equals(p.getAttribute("name"))).map(p -> p.getTextContent().trim()).findFirst().orElseThrow();
    }

    /** The text the reader sees (label and value), white space collapsed. */
    private static String render(String property, Object value, Locale locale, String mode) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_30);
        cfg.setTemplateLoader(new ClassTemplateLoader(VoteShareTemplateTest.class.getClassLoader(), ShareConfig.WEBSCRIPTS));
        cfg.setLocale(locale);
        Map<String, Object> field = new HashMap<>();
        field.put("id", "prop_" + property.replace(':', '_'));
        field.put("label", "Label");
        field.put("value", value);
        field.put("disabled", true);
        field.put("control", Map.of("params", Map.of("kind", kind(property))));
        Map<String, Object> model = new HashMap<>();
        model.put("field", field);
        model.put("form", Map.of("mode", mode));
        model.put("msg", (TemplateMethodModelEx) arguments -> new SimpleScalar("(" + arguments.get(0) + ")"));
        StringWriter out = new StringWriter();
        cfg.getTemplate(control(property).getAttribute("template").substring(1)).process(model, out);
        assertThat(out.toString()).as("never an input: the values are the service's").doesNotContain("<input");
        return out.toString().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
    }

    @Test
    void theYesShareIsAPercentageInTheReadersNumberFormat() throws Exception {
        assertThat(kind(RbModel.PROP_RESULT_YES_SHARE_PCT)).isEqualTo("percent");
        assertThat(render(RbModel.PROP_RESULT_YES_SHARE_PCT, 62.4312, DUTCH, "view")).isEqualTo("Label: 62,4%");
        assertThat(render(RbModel.PROP_RESULT_YES_SHARE_PCT, 62.4312, Locale.US, "view")).isEqualTo("Label: 62.4%");
        // Share may hand the value over as text
        assertThat(render(RbModel.PROP_RESULT_YES_SHARE_PCT, "62.4312", DUTCH, "edit")).isEqualTo("Label: 62,4%");
        assertThat(render(RbModel.PROP_RESULT_YES_SHARE_PCT, "100", DUTCH, "view")).isEqualTo("Label: 100,0%");
    }

    @Test
    void theYesSharePerMunicipalityIsReadFromTheExactFractions() throws Exception {
        assertThat(kind(RbModel.PROP_RESULT_YES_WEIGHT_PER_MUNICIPALITY)).isEqualTo("perMunicipality");
        // 310175935/556115031 = 0.55776..., 0 and 1 as the service writes whole fractions (Fraction.toString)
        String stored = "Leiden=310175935/556115031,Leiderdorp=0,Oegstgeest=1";
        assertThat(render(RbModel.PROP_RESULT_YES_WEIGHT_PER_MUNICIPALITY, stored, DUTCH, "view"))
                .isEqualTo("Label: Leiden: 55,8% \u00b7 Leiderdorp: 0,0% \u00b7 Oegstgeest: 100,0%");
        assertThat(render(RbModel.PROP_RESULT_YES_WEIGHT_PER_MUNICIPALITY,
                List.of("Leiden=310175935/556115031", "Alphen aan den Rijn=1/8"), Locale.US, "view"))
                .isEqualTo("Label: Leiden: 55.8% \u00b7 Alphen aan den Rijn: 12.5%");
    }

    @Test
    void aValueThatIsNoNumberIsShownAsItIsRatherThanBreakingThePage() throws Exception {
        assertThat(render(RbModel.PROP_RESULT_YES_WEIGHT_PER_MUNICIPALITY, "Leiden=abc,Leiderdorp=1/0", DUTCH, "view"))
                .isEqualTo("Label: Leiden: abc \u00b7 Leiderdorp: 1/0");
        assertThat(render(RbModel.PROP_RESULT_YES_SHARE_PCT, "n/a", DUTCH, "view")).isEqualTo("Label: n/a");
    }

    @Test
    void noResultYetSaysSoInSharesWords() throws Exception {
        assertThat(render(RbModel.PROP_RESULT_YES_SHARE_PCT, "", DUTCH, "view")).isEqualTo("Label: (form.control.novalue)");
        assertThat(render(RbModel.PROP_RESULT_YES_WEIGHT_PER_MUNICIPALITY, List.of(), DUTCH, "view"))
                .isEqualTo("Label: (form.control.novalue)");
    }

    @Test
    void theControlIsOnlyUsedForTheServicesReadOnlyShares() {
        assertThat(ContentModel.load().properties.get(RbModel.PROP_RESULT_YES_SHARE_PCT).type()).isEqualTo("d:double");
        var form = ShareConfig.load().form("aspect", RbModel.ASPECT_VOTE_RESULT, "");
        for (String property : List.of(RbModel.PROP_RESULT_YES_SHARE_PCT, RbModel.PROP_RESULT_YES_WEIGHT_PER_MUNICIPALITY)) {
            assertThat(form.field(property).getAttribute("read-only")).isEqualTo("true");
        }
    }
}
