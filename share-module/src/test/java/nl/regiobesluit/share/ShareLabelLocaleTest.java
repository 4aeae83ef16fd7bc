package nl.regiobesluit.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import nl.regiobesluit.platform.BundleLookup;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Share's labels follow the browser's language, whatever language the Share server runs in. */
class ShareLabelLocaleTest {

    @ParameterizedTest(name = "server {0}, request {1}: {2}")
    @CsvSource({
            "en-US, nl, Motie",
            "en-US, en, Motion",
            "nl-NL, nl, Motie",
            "nl-NL, en, Motion",
            "de-DE, nl-NL, Motie",
            "de-DE, fr, Motion"})
    void theChangeTypeLabelFollowsTheRequestNotTheServerLocale(String server, String request, String expected) {
        assertThat(BundleLookup.label(ShareConfig.MESSAGES_BASE, "type.rb_motion", Locale.forLanguageTag(request),
                Locale.forLanguageTag(server))).isEqualTo(expected);
    }
}
