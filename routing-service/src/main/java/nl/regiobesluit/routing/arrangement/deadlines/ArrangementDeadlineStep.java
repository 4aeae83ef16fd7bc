package nl.regiobesluit.routing.arrangement.deadlines;

import static nl.regiobesluit.model.RbModel.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.alfresco.AlfrescoDates;
import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.arrangement.ArrangementMails;
import nl.regiobesluit.routing.arrangement.ArrangementRules;
import nl.regiobesluit.routing.arrangement.Arrangements;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.mail.OutgoingMail;
import org.apache.camel.Body;
import org.springframework.stereotype.Component;

/**
 * The scheduled check of the joint arrangements' dates, all stored in Alfresco (never a timer in memory): an
 * instruction deadline passed without an instruction (escalated once to the regiogriffier), a meeting held whose
 * council has not reported back (reminded once), and a Wgr term ended without the council's zienswijze (recorded as
 * none, and escalated once). Each item is its own unit: the e-mail first, then the mark that keeps it from going again.
 */
@Component
public class ArrangementDeadlineStep {

    /** One thing the check found to do: its kind, the node, and the e-mail to send before marking it. */
    public record Due(Kind kind, String nodeId, OutgoingMail mail) {
    }

    public enum Kind { INSTRUCTION_MISSED, REPORT_BACK, NO_ZIENSWIJZE }

    /*
     * The searches ask Alfresco only for what can still be due, so a run does not read every cover note ever made:
     * AFTS ranges on d:date with MIN/MAX ("[MIN TO x]", Alfresco docs, "Search for ranges"), and "NOT p:[MIN TO MAX]"
     * for a property without a value. The upper end is inclusive and generous: the rules below judge the day exactly.
     */
    /** Cover notes whose instruction deadline has come, without an instruction and not yet escalated. */
    static String instructionsOpen(LocalDate today) {
        return "TYPE:\"" + TYPE_COVER_NOTE + "\" AND NOT " + PROP_INSTRUCTION_ESCALATED + ":\"true\" AND NOT "
                + PROP_INSTRUCTION_GIVEN_ON + ":[MIN TO MAX] AND " + PROP_INSTRUCTION_DEADLINE + ":[MIN TO \"" + today + "\"]";
    }

    /** Cover notes whose meeting has come, not reported back on and not yet reminded. */
    static String reportsBackOpen(LocalDate today) {
        return "TYPE:\"" + TYPE_COVER_NOTE + "\" AND NOT " + PROP_REPORTED_BACK_ON + ":[MIN TO MAX] AND NOT "
                + PROP_REPORT_BACK_REMINDED_ON + ":[MIN TO MAX] AND " + PROP_REPORT_BACK_DUE + ":[MIN TO \"" + today + "\"]";
    }

    static final String PENDING_ZIENSWIJZEN = "TYPE:\"" + TYPE_ZIENSWIJZE + "\" AND " + PROP_ZIENSWIJZE_STATUS + ":\"" + ZIENSWIJZE_PENDING + "\"";

    private final AlfrescoRepository alfresco;
    private final Arrangements arrangements;
    private final ArrangementMails mails;
    private final ArrangementRules rules;
    private final RegiobesluitProperties properties;
    private final Clock clock;

    public ArrangementDeadlineStep(AlfrescoRepository alfresco, Arrangements arrangements, ArrangementMails mails,
                                   ArrangementRules rules, RegiobesluitProperties properties, Clock clock) {
        this.rules = rules;
        this.alfresco = alfresco;
        this.arrangements = arrangements;
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Everything due now. Each mail has its own key in the mail ledger, so a check that runs twice at once (two
     * instances) or again after a failure between the mail and the mark still sends it once. The comparison with the
     * dates is done here, exactly, through regio-core's rules; the queries only narrow to what can still be due.
     */
    public List<Due> due() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Due> due = new ArrayList<>();
        // a day past the clock's date, as the Dutch day may be ahead of UTC; the rules judge the day exactly
        LocalDate today = now.toLocalDate().plusDays(1);
        for (RepoNode note : alfresco.search(instructionsOpen(today))) {
            OffsetDateTime deadline = note.date(PROP_INSTRUCTION_DEADLINE);
            String m = note.text(PROP_COVER_NOTE_MUNICIPALITY);
            if (!Boolean.TRUE.equals(note.bool(PROP_INSTRUCTION_ESCALATED)) && deadline != null
                    && rules.instructionMissed(note.date(PROP_INSTRUCTION_GIVEN_ON), deadline, now)) {
                due.add(new Due(Kind.INSTRUCTION_MISSED, note.id(), mails.instructionMissed(properties.region().regiogriffier(),
                        m, meetingOf(note), deadline, note.id())));
            }
        }
        for (RepoNode note : alfresco.search(reportsBackOpen(today))) {
            String m = note.text(PROP_COVER_NOTE_MUNICIPALITY);
            OffsetDateTime reportBackDue = note.date(PROP_REPORT_BACK_DUE);
            if (note.property(PROP_REPORTED_BACK_ON) == null && note.property(PROP_REPORT_BACK_REMINDED_ON) == null
                    && reportBackDue != null && rules.meetingHeld(reportBackDue, now) && arrangements.inRegion(m)) {
                due.add(new Due(Kind.REPORT_BACK, note.id(), mails.reportBack(arrangements.griffie(m), m, meetingOf(note),
                        reportBackDue, note.id())));
            }
        }
        for (RepoNode record : alfresco.search(PENDING_ZIENSWIJZEN)) {
            List<RepoNode> procedures = alfresco.sources(record.id(), ASSOC_WGR_PROCEDURE_ZIENSWIJZEN);
            OffsetDateTime ends = procedures.isEmpty() ? null : procedures.get(0).date(PROP_WGR_DEADLINE);
            if (ends != null && record.property(PROP_ZIENSWIJZE_ESCALATED_ON) == null && rules.zienswijzeMissed(ends, now)) {
                due.add(new Due(Kind.NO_ZIENSWIJZE, record.id(), mails.noZienswijze(properties.region().regiogriffier(),
                        record.text(PROP_ZIENSWIJZE_MUNICIPALITY), procedures.get(0), ends, record.id())));
            }
        }
        return due;
    }

    /**
     * Marks what was just mailed, so it goes out once: the escalation or reminder date, and for a Wgr term that ended
     * without a zienswijze, the record's status NONE (a zienswijze that comes after all is then out of time).
     */
    public void mark(@Body Due due) {
        RepoNode node = alfresco.node(due.nodeId());
        String today = AlfrescoDates.format(OffsetDateTime.now(clock));
        Map<String, Object> props = new LinkedHashMap<>();
        switch (due.kind()) {
            case INSTRUCTION_MISSED -> props.put(PROP_INSTRUCTION_ESCALATED, true);
            case REPORT_BACK -> props.put(PROP_REPORT_BACK_REMINDED_ON, today);
            case NO_ZIENSWIJZE -> {
                props.put(PROP_ZIENSWIJZE_ESCALATED_ON, today);
                if (ZIENSWIJZE_PENDING.equals(node.text(PROP_ZIENSWIJZE_STATUS))) {
                    props.put(PROP_ZIENSWIJZE_STATUS, ZIENSWIJZE_NONE);
                }
            }
        }
        alfresco.update(node, props, null);
    }

    private RepoNode meetingOf(RepoNode note) {
        List<RepoNode> meetings = alfresco.sources(note.id(), ASSOC_GR_MEETING_COVER_NOTES);
        return meetings.isEmpty() ? null : alfresco.node(meetings.get(0).id());
    }
}
