package nl.regiobesluit.routing.mail;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import org.springframework.stereotype.Component;

/** The texts of every e-mail: Dutch first, English alongside. */
@Component
public class MailTexts {

    private static final DateTimeFormatter NL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final String shareUrl;
    private final String regionName;

    public MailTexts(RegiobesluitProperties properties) {
        this.shareUrl = properties.shareUrl();
        this.regionName = properties.region().name();
    }

    public String link(String nodeId) {
        return shareUrl + "/page/document-details?nodeRef=workspace://SpacesStore/" + nodeId;
    }

    public OutgoingMail announcement(String to, String proposal, String proposalId, OffsetDateTime deadline, List<String> participants) {
        return new OutgoingMail("announce:" + proposalId, to,
                "[" + regionName + "] Nieuw voorstel / New proposal: " + proposal,
                """
                Beste griffie,

                Het voorstel "%1$s" is ingediend en wacht op behandeling.
                Deelnemende gemeenten: %2$s
                Uiterste besluitdatum: %3$s
                Link: %4$s

                ---
                Dear clerk's office,

                The proposal "%1$s" has been submitted and awaits treatment.
                Participating municipalities: %2$s
                Deadline: %5$s
                Link: %4$s
                """.formatted(proposal, String.join(", ", participants), nl(deadline), link(proposalId), en(deadline)));
    }

    public OutgoingMail toCouncil(String to, String municipality, String proposal, String proposalId, String advice, OffsetDateTime deadline) {
        String adviceNl = advice == null ? "geen advies (samenwerkingsvorm zonder regiocommissie)" : adviceNl(advice);
        String adviceEn = advice == null ? "no advice (cooperation model without a regional committee)" : advice;
        return new OutgoingMail("dispatch:" + proposalId + ":" + municipality, to,
                "[" + regionName + "] Ter besluitvorming / For decision: " + proposal,
                """
                Beste griffie van %1$s,

                Het voorstel "%2$s" is aan uw gemeenteraad voorgelegd.
                Advies van de regiocommissie: %3$s
                Uiterste besluitdatum: %4$s
                Leg het besluit van de raad vast in: %5$s

                ---
                Dear clerk's office of %1$s,

                The proposal "%2$s" has been routed to your council.
                Advice of the regional committee: %6$s
                Deadline: %7$s
                Record the council's decision in: %5$s
                """.formatted(municipality, proposal, adviceNl, nl(deadline), link(proposalId), adviceEn, en(deadline)));
    }

    public OutgoingMail escalation(String to, String proposal, String proposalId, OffsetDateTime deadline, List<String> pending) {
        return new OutgoingMail("escalate:" + proposalId, to,
                "[" + regionName + "] Termijn verstreken / Deadline passed: " + proposal,
                """
                Beste regiogriffier,

                De termijn voor het voorstel "%1$s" is op %2$s verstreken.
                Nog geen besluit van: %3$s
                De route blijft open tot de laatste raad besloten heeft.
                Link: %4$s

                ---
                Dear regional clerk,

                The deadline for the proposal "%1$s" passed on %5$s.
                No decision yet from: %3$s
                The route stays open until the last council has decided.
                Link: %4$s
                """.formatted(proposal, nl(deadline), pending.isEmpty() ? "-" : String.join(", ", pending), link(proposalId), en(deadline)));
    }

    public OutgoingMail refused(String key, String to, String user, String nodeId, String what) {
        return new OutgoingMail("refused:" + key, to,
                "[" + regionName + "] Geweigerde wijziging / Refused change",
                """
                Beste regiogriffier,

                Gebruiker "%1$s" is geen lid van de griffiegroep en probeerde de route te wijzigen: %2$s.
                De wijziging is niet verwerkt. Document: %3$s

                ---
                Dear regional clerk,

                User "%1$s" is not a member of the clerks' group and tried to move the route on: %2$s.
                The change was not processed. Document: %3$s
                """.formatted(user, what, link(nodeId)));
    }

    /** A vote that could not be (re)computed: its votes are invalid, or the record is finalized and may not change. */
    public OutgoingMail voteNotProcessed(String key, String to, String nodeName, String nodeId, String why) {
        return new OutgoingMail("vote:" + key, to,
                "[" + regionName + "] Stemming niet verwerkt / Vote not processed: " + nodeName,
                """
                Beste regiogriffier,

                De stemming op "%1$s" is niet (opnieuw) berekend: %2$s
                Wat al is opgeslagen, is niet gewijzigd. Document: %3$s

                ---
                Dear regional clerk,

                The vote on "%1$s" was not (re)computed: %2$s
                Nothing already stored was changed. Document: %3$s
                """.formatted(nodeName, why, link(nodeId)));
    }

    private static String adviceNl(String advice) {
        return switch (advice) {
            case "POSITIVE" -> "positief (POSITIVE)";
            case "POSITIVE_IN_OUTLINE" -> "op hoofdlijnen positief, raden mogen amenderen (POSITIVE_IN_OUTLINE)";
            case "NEGATIVE" -> "negatief (NEGATIVE)";
            default -> advice;
        };
    }

    private static String nl(OffsetDateTime d) {
        return d == null ? "-" : NL.format(d.atZoneSameInstant(ZONE));
    }

    private static String en(OffsetDateTime d) {
        return d == null ? "-" : EN.format(d.atZoneSameInstant(ZONE));
    }
}
