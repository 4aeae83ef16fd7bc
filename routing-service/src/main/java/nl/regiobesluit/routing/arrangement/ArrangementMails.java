package nl.regiobesluit.routing.arrangement;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.mail.MailLedger;
import nl.regiobesluit.routing.mail.MailTexts;
import nl.regiobesluit.routing.mail.OutgoingMail;
import org.springframework.stereotype.Component;

/**
 * The joint arrangements' e-mails, each from its template in {@code classpath:/mail/arrangement-*.ftl} (Dutch first,
 * English below, as every mail of the service), and each with the key under which the mail ledger sends it once.
 */
@Component
public class ArrangementMails {

    private final MailTexts texts;
    private final MailLedger ledger;

    public ArrangementMails(MailTexts texts, MailLedger ledger) {
        this.texts = texts;
        this.ledger = ledger;
    }

    /** Whether the mail with this key went out already (the mail ledger in PostgreSQL, shared by every instance). */
    public boolean mailed(String key) {
        try {
            return ledger.sent(OutgoingMail.keyOf(key));
        } catch (SQLException e) {
            throw new IllegalStateException("mail ledger unavailable", e);
        }
    }

    public static String papersKey(String meetingId, String municipality) {
        return "gr-papers:" + meetingId + ":" + municipality;
    }

    public static String zienswijzeKey(String procedureId, String municipality) {
        return "wgr-zienswijze:" + procedureId + ":" + municipality;
    }

    /**
     * GR-stukken: the papers of a board meeting, with the council's cover note and, for a general-board meeting, its
     * instruction deadline (null for a daily-board or portfolio-holder meeting: the papers are for information).
     */
    public OutgoingMail papers(String to, String municipality, RepoNode arrangement, RepoNode meeting, OffsetDateTime meetingDate,
                               OffsetDateTime instructionDeadline, String coverNoteId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("municipality", municipality);
        m.put("arrangement", Arrangements.name(arrangement));
        m.put("meeting", MailTexts.displayName(meeting));
        m.put("meetingDate", MailTexts.dateInWords(meetingDate));
        m.put("instructs", instructionDeadline != null);
        if (instructionDeadline != null) {
            m.put("deadline", MailTexts.dateInWords(instructionDeadline));
        }
        m.put("coverNoteLink", texts.link(coverNoteId));
        m.put("papersLink", texts.link(meeting.id()));
        return texts.compose("arrangement-papers.ftl", papersKey(meeting.id(), municipality), to, m);
    }

    /** Instructie ontbreekt: the instruction deadline passed without an instruction; to the regiogriffier, once. */
    public OutgoingMail instructionMissed(String to, String municipality, RepoNode meeting, OffsetDateTime deadline, String coverNoteId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("municipality", municipality);
        m.put("meeting", meeting == null ? "-" : MailTexts.displayName(meeting));
        m.put("deadline", MailTexts.dateInWords(deadline));
        m.put("coverNoteLink", texts.link(coverNoteId));
        return texts.compose("arrangement-instruction-missed.ftl", "gr-instruction-missed:" + coverNoteId, to, m);
    }

    /** Terugkoppeling: the meeting was held; the council's griffie is reminded to report back, once. */
    public OutgoingMail reportBack(String to, String municipality, RepoNode meeting, OffsetDateTime meetingDate, String coverNoteId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("municipality", municipality);
        m.put("meeting", MailTexts.displayName(meeting));
        m.put("meetingDate", MailTexts.dateInWords(meetingDate));
        m.put("coverNoteLink", texts.link(coverNoteId));
        return texts.compose("arrangement-report-back.ftl", "gr-report-back:" + coverNoteId, to, m);
    }

    /**
     * Zienswijze gevraagd: a Wgr procedure, its term as the law counts it, the summer recess where it applies, and the
     * board's late sending where it was late (else null).
     */
    public OutgoingMail askZienswijze(String to, String municipality, RepoNode arrangement, RepoNode procedure,
                                      ArrangementRules.Term term, String sentLate, String recordId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("municipality", municipality);
        m.put("arrangement", Arrangements.name(arrangement));
        m.put("procedure", MailTexts.displayName(procedure));
        m.put("termEnds", MailTexts.dateInWords(term.ends()));
        m.put("article", term.article());
        m.put("summerRecess", term.summerRecessNote() == null ? "" : term.summerRecessNote());
        m.put("sentLate", sentLate == null ? "" : sentLate);
        m.put("recordLink", texts.link(recordId));
        m.put("procedureLink", texts.link(procedure.id()));
        return texts.compose("arrangement-zienswijze.ftl", zienswijzeKey(procedure.id(), municipality), to, m);
    }

    /** Geen zienswijze: the term ended without the council's zienswijze; to the regiogriffier, once. */
    public OutgoingMail noZienswijze(String to, String municipality, RepoNode procedure, OffsetDateTime termEnds, String recordId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("municipality", municipality);
        m.put("procedure", MailTexts.displayName(procedure));
        m.put("termEnds", MailTexts.dateInWords(termEnds));
        m.put("recordLink", texts.link(recordId));
        return texts.compose("arrangement-no-zienswijze.ftl", "wgr-no-zienswijze:" + recordId, to, m);
    }

    /** Toetsingskader onvolledig: the proposal is held; which questions are open. One per proposal and set of open questions. */
    public OutgoingMail checklistHeld(String to, RepoNode proposal, List<String> open) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("proposal", MailTexts.displayName(proposal));
        m.put("open", open);
        m.put("proposalLink", texts.link(proposal.id()));
        return texts.compose("arrangement-checklist-held.ftl",
                "checklist-held:" + proposal.id() + ":" + Integer.toHexString(String.join("|", open).hashCode()), to, m);
    }
}
