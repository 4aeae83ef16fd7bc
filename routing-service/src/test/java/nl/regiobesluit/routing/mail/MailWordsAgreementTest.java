package nl.regiobesluit.routing.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The e-mails call the advice what Share calls it: the labels of rb:adviceKind's list constraint in platform-module's
 * model bundles (English base, Dutch {@code _nl}), so a griffier reads the same words in the mail and on the node.
 */
class MailWordsAgreementTest {

    private static final Path MODEL_MESSAGES =
            Path.of("../platform-module/src/main/resources/alfresco/module/regiobesluit-platform/messages");
    private static final Path MAIL_WORDS = Path.of("src/main/resources/mail");

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void theAdviceIsCalledWhatShareCallsItInBothLanguages() throws IOException {
        for (String[] pair : List.of(new String[]{"regiobesluit-model.properties", "mail-words.properties"},
                new String[]{"regiobesluit-model_nl.properties", "mail-words_nl.properties"})) {
            Properties model = load(MODEL_MESSAGES.resolve(pair[0]));
            Properties mail = load(MAIL_WORDS.resolve(pair[1]));
            for (String kind : List.of("POSITIVE", "POSITIVE_IN_OUTLINE", "NEGATIVE")) {
                assertThat(mail.getProperty("advice." + kind)).as(pair[1] + " advice." + kind)
                        .isNotBlank().isEqualTo(model.getProperty("listconstraint.rb_adviceKindList." + kind));
            }
        }
    }

    @Test
    void everyWordHasADutchAndAnEnglishText() throws IOException {
        Properties en = load(MAIL_WORDS.resolve("mail-words.properties"));
        Properties nl = load(MAIL_WORDS.resolve("mail-words_nl.properties"));
        assertThat(nl.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).allSatisfy(k -> assertThat(nl.getProperty(k)).as(k).isNotBlank());
    }
}
