package nl.regiobesluit.routing.mail;

import static nl.regiobesluit.model.RbModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.events.Trigger;
import nl.regiobesluit.shared.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Every e-mail the service sends, rendered for one example and compared with the text the README shows griffie staff
 * (section "E-mails"): the README is the specification, so a template that drifts from it fails here. Each text is
 * Dutch first with English below, and shows no code in either language (issue 12).
 */
class MailTextsTest {

    private static final Path README = Path.of("README.md");
    private static final String PROPOSAL_ID = "7d1c2a44-0000-4000-8000-000000000001";
    private static final String ADVICE_ID = "7d1c2a44-0000-4000-8000-000000000002";
    private static final String DECISION_ID = "7d1c2a44-0000-4000-8000-000000000003";
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2014-11-19T10:00:00+01:00");
    /** Codes that must never reach a griffie: list values, rule specs, prefixed names, file extensions. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b|qualified:|base=|\\brb:|\\bcm:|\\.pdf\\b|\\bnull\\b");

    private final MailTexts texts = new MailTexts(properties());

    private static RegiobesluitProperties properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("regiobesluit.share-url", "https://alfresco.example/share");
        p.put("regiobesluit.region.name", "Leidse regio");
        return new Binder(new MapConfigurationPropertySource(p)).bindOrCreate("regiobesluit", RegiobesluitProperties.class);
    }

    private static RepoNode proposal() {
        return new RepoNode(PROPOSAL_ID, "Voorstel RV-2014-019.pdf", TYPE_PROPOSAL, List.of(ASPECT_ROUTED, "cm:titled"),
                Map.of(PROP_PROPOSAL_NUMBER, "RV-2014-019", "cm:title", "Regionale woonagenda"), "griffier.leiden", null);
    }

    private static RepoNode votedAdvice() {
        return new RepoNode(ADVICE_ID, "Advies RV-2014-019.pdf", TYPE_ADVICE, List.of(ASPECT_VOTES, ASPECT_VOTE_RESULT),
                Map.of(PROP_ADVICE_KIND, "POSITIVE_IN_OUTLINE", PROP_RESULT_PASSED, true, PROP_RESULT_YES_SHARE, "29/40",
                        PROP_RESULT_RULE, "qualified:7/10,base=all"), "svc-regiobesluit", null);
    }

    private static Map<String, OutgoingMail> everyMail(MailTexts texts) {
        Map<String, OutgoingMail> mails = new LinkedHashMap<>();
        mails.put("announcement", texts.announcement("regiocommissie@leidseregio.example", proposal(), DEADLINE,
                List.of("Leiden", "Leiderdorp", "Oegstgeest", "Voorschoten", "Zoeterwoude"), true));
        mails.put("council", texts.toCouncil("griffie@leiden.example", "Leiden", proposal(), votedAdvice(), DECISION_ID, DEADLINE));
        mails.put("escalation", texts.escalation("regiogriffier@leidseregio.example", proposal(), DEADLINE, List.of("Oegstgeest", "Zoeterwoude")));
        mails.put("refused", texts.refused("k", "regiogriffier@leidseregio.example", "medewerker.extern", ADVICE_ID, Trigger.Step.VOTE));
        mails.put("vote-not-processed", texts.voteNotProcessed("k", "regiogriffier@leidseregio.example", votedAdvice(),
                List.of(Problem.bilingual("onbekend lid 'Leiden/Piratenpartij'", "unknown member 'Leiden/Piratenpartij'"))));
        return mails;
    }

    /** The README's example of one mail: the fenced block after the line {@code <!-- mail: name -->}. */
    private static String readmeExample(String name) throws IOException {
        Matcher m = Pattern.compile("<!-- mail: " + Pattern.quote(name) + " -->\\s*```text\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(README));
        assertThat(m.find()).as("README shows the mail '%s'", name).isTrue();
        return m.group(1);
    }

    @Test
    void everyMailReadsExactlyAsTheReadmeShowsIt() throws IOException {
        for (var e : everyMail(texts).entrySet()) {
            OutgoingMail mail = e.getValue();
            assertThat("Subject: " + mail.subject() + "\n\n" + mail.body()).as(e.getKey()).isEqualTo(readmeExample(e.getKey()));
        }
    }

    @Test
    void everyMailIsDutchFirstWithEnglishBelowAndShowsNoCode() {
        for (var e : everyMail(texts).entrySet()) {
            OutgoingMail mail = e.getValue();
            String[] halves = mail.body().split("\n---\n", -1);
            assertThat(halves).as(e.getKey()).hasSize(2);
            assertThat(halves[0]).as(e.getKey()).contains("Beste ");
            assertThat(halves[1]).as(e.getKey()).contains("Dear ");
            assertThat(halves[0]).as(e.getKey()).containsAnyOf("Wat u doet", "U hoeft niets te doen");
            assertThat(halves[1]).as(e.getKey()).containsAnyOf("What to do", "Nothing to do");
            assertThat(mail.subject()).as(e.getKey()).matches("\\[Leidse regio] [^/]+ / .+");
            assertThat(CODE.matcher(mail.subject() + "\n" + mail.body()).find()).as(e.getKey() + ":\n" + mail.body()).isFalse();
        }
    }

    @Test
    void theCouncilsMailLinksToItsOwnCouncilDecisionAndGivesAdviceVoteAndDeadlineInBothLanguages() {
        OutgoingMail mail = everyMail(texts).get("council");

        assertThat(mail.body()).contains("Uw Raadsbesluit: https://alfresco.example/share/page/document-details?nodeRef=workspace://SpacesStore/" + DECISION_ID)
                .contains("Advies van de regiocommissie: Positief op hoofdlijnen (raden mogen amenderen)")
                .contains("Advice of the regiocommissie: Positive in outline (councils may amend)")
                .contains("Stemming: aangenomen: 72,5% voor; regel: ten minste 70% van alle leden")
                .contains("Vote: passed: 72.5% in favour; rule: at least 70% of all members")
                .contains("Uiterste besluitdatum: 19 november 2014").contains("Deadline: 19 November 2014");
        assertThat(mail.subject()).isEqualTo("[Leidse regio] Ter besluitvorming / For decision: RV-2014-019 \"Regionale woonagenda\"");
    }

    @Test
    void withoutARegionalBodyTheCouncilIsToldThereIsNoAdviceAndNoVote() {
        OutgoingMail mail = texts.toCouncil("griffie@leiden.example", "Leiden", proposal(), null, DECISION_ID, DEADLINE);

        assertThat(mail.body()).contains("geen advies: deze samenwerkingsvorm heeft geen regiocommissie")
                .contains("no advice: this cooperation model has no regional committee")
                .contains("geen stemming").contains("no vote");
    }

    @Test
    void theDeadlineIsTheDateInTheNetherlands() {
        // 23:30 UTC on 18 November is 00:30 on 19 November in Amsterdam.
        OutgoingMail mail = texts.escalation("x@example", proposal(), OffsetDateTime.parse("2014-11-18T23:30:00Z"), List.of("Leiden"));

        assertThat(mail.body()).contains("19 november 2014").contains("19 November 2014");
    }
}
