package nl.regiobesluit.routing.arrangement;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.mail.MailTexts;
import nl.regiobesluit.routing.mail.OutgoingMail;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The joint arrangements' e-mails: Dutch first, then English, no stored code in either, the dates in words. */
class ArrangementMailsTest {

    private static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b|\\brb:|\\bcm:|\\.pdf\\b|\\bnull\\b");
    private static final OffsetDateTime MEETING = OffsetDateTime.parse("2024-07-04T00:00:00Z");
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2024-06-27T00:00:00Z");

    private final ArrangementMails mails = new ArrangementMails(new MailTexts(new Binder(new MapConfigurationPropertySource(Map.of(
            "regiobesluit.share-url", "https://alfresco.example/share", "regiobesluit.region.name", "Leidse regio")))
            .bindOrCreate("regiobesluit", RegiobesluitProperties.class)), null);

    private static RepoNode node(String id, String name, String type, Map<String, Object> props) {
        return new RepoNode(id, name, type, List.of(), props, "regiogriffier", null);
    }

    private final RepoNode arrangement = node("a", "Regionale Dienst", TYPE_JOINT_ARRANGEMENT,
            Map.of(PROP_ARRANGEMENT_NAME, "Regionale Dienst Leidse regio"));
    private final RepoNode meeting = node("m", "Agenda AB 4 juli 2024.pdf", TYPE_GR_MEETING, Map.of());
    private final RepoNode procedure = node("p", "Ontwerpbegroting 2025.pdf", TYPE_WGR_PROCEDURE, Map.of());
    private final RepoNode proposal = node("v", "Voorstel U-2024-071.pdf", TYPE_PROPOSAL, Map.of("cm:title", "Toetreding Regionale Dienst"));

    @Test
    void everyArrangementMailIsDutchThenEnglishWithItsDatesInWordsAndNoCodes() {
        List<OutgoingMail> all = List.of(
                mails.papers("griffie@voorschoten.example", "Voorschoten", arrangement, meeting, MEETING, DEADLINE, "n"),
                mails.instructionMissed("regiogriffier@example", "Leiderdorp", meeting, DEADLINE, "n"),
                mails.reportBack("griffie@leiden.example", "Leiden", meeting, MEETING, "n"),
                mails.askZienswijze("griffie@leiden.example", "Leiden", arrangement, procedure,
                        new ArrangementRules.Term(OffsetDateTime.parse("2024-05-24T00:00:00Z"), "Wgr art. 35 lid 3", null), null, "z"),
                mails.noZienswijze("regiogriffier@example", "Zoeterwoude", procedure, OffsetDateTime.parse("2024-05-24T00:00:00Z"), "z"),
                mails.checklistHeld("regiogriffier@example", proposal, List.of("B1 Afweging van de kosten / Assessment of the cost")),
                mails.papers("griffie@voorschoten.example", "Voorschoten", arrangement, meeting, MEETING, null, "n"),
                mails.askZienswijze("griffie@leiden.example", "Leiden", arrangement, procedure,
                        new ArrangementRules.Term(OffsetDateTime.parse("2024-05-24T00:00:00Z"), "Wgr art. 35 lid 3", null),
                        "Het dagelijks bestuur verzond dit stuk te laat / The daily board sent this document late", "z"));
        for (OutgoingMail m : all) {
            assertThat(m.subject()).as(m.key()).startsWith("[Leidse regio] ").contains(" / ");
            int split = m.body().indexOf("\n---\n");
            assertThat(split).as("Dutch, then --- and English: " + m.key()).isPositive();
            assertThat(m.body().substring(0, split)).startsWith("Beste ");
            assertThat(m.body().substring(split)).contains("Dear ");
            assertThat(CODE.matcher(m.subject() + m.body()).find()).as("a code in " + m.subject()).isFalse();
        }
        assertThat(all.get(0).body()).contains("27 juni 2024").contains("27 June 2024").contains("4 juli 2024");
        assertThat(all.get(3).body()).contains("24 mei 2024 (Wgr art. 35 lid 3)").doesNotContain("zomerreces");
        assertThat(all.get(5).body()).contains("- B1 Afweging van de kosten");
        assertThat(all.get(6).body()).contains("ter informatie").contains("for information").doesNotContain("uiterlijk");
        assertThat(all.get(7).body()).contains("Let op / Note: Het dagelijks bestuur verzond dit stuk te laat");
    }
}
