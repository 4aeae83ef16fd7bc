package nl.regiobesluit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dutch staff see Dutch and English staff English, whatever language the server itself runs in. On a real
 * repository (../shared/reference/alfresco/real-acs-25.2) a Dutch-default bundle answered "Proposal" to a Dutch
 * request on an English server, because the lookup tries the JVM's locale before the base bundle.
 */
class ModelLabelLocaleTest {

    private static final String KEY = "rb_contentModel.type.rb_motion.title";

    @ParameterizedTest(name = "server {0}, request {1}: {2}")
    @CsvSource({
            "en-US, nl, Motie",
            "en-US, nl-NL, Motie",
            "en-US, en, Motion",
            "nl-NL, nl, Motie",
            "nl-NL, en, Motion",
            "nl-NL, en-GB, Motion",
            "de-DE, nl-BE, Motie",
            "de-DE, fr, Motion"})
    void theModelLabelFollowsTheRequestNotTheServerLocale(String server, String request, String expected) {
        assertThat(BundleLookup.label(ContentModel.MESSAGES_BASE, KEY, Locale.forLanguageTag(request),
                Locale.forLanguageTag(server))).isEqualTo(expected);
    }
}
