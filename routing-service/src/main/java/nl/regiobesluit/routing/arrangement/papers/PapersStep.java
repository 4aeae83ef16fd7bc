package nl.regiobesluit.routing.arrangement.papers;

import static nl.regiobesluit.model.RbModel.*;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regiobesluit.routing.alfresco.AlfrescoDates;
import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.arrangement.ArrangementMails;
import nl.regiobesluit.routing.arrangement.ArrangementProperties;
import nl.regiobesluit.routing.arrangement.ArrangementRules;
import nl.regiobesluit.routing.arrangement.Arrangements;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.mail.MailTexts;
import nl.regiobesluit.routing.mail.OutgoingMail;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The papers of a joint arrangement's board meeting go to the griffie of every participating council in the region: an
 * oplegnotitie (cover note) per council, in that council's folder, for the griffie to complete, with the day by which
 * the council instructs its board member (the meeting less the arrangement's number of days), and an e-mail.
 * Per council the node comes first and the e-mail after it, as the proposal's dispatch does, so a re-run makes no
 * second node and sends no second e-mail.
 */
@Component
public class PapersStep {

    private static final Logger LOG = LoggerFactory.getLogger(PapersStep.class);

    /** The councils still to receive the papers of one meeting. */
    public record Plan(String meetingId, String arrangementId, OffsetDateTime meetingDate, OffsetDateTime instructionDeadline,
                       OffsetDateTime receivedOn, List<String> councils) {
    }

    private final AlfrescoRepository alfresco;
    private final Arrangements arrangements;
    private final ArrangementRules rules;
    private final ArrangementMails mails;
    private final ArrangementProperties properties;
    private final Clock clock;

    public PapersStep(AlfrescoRepository alfresco, Arrangements arrangements, ArrangementRules rules, ArrangementMails mails,
                      ArrangementProperties properties, Clock clock) {
        this.alfresco = alfresco;
        this.arrangements = arrangements;
        this.rules = rules;
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
    }

    /** Null while the document is no meeting's papers, has no meeting date or is not filed in an arrangement's folder. */
    public Plan plan(@Header(RouteHeaders.NODE_ID) String meetingId) {
        RepoNode meeting = alfresco.node(meetingId);
        OffsetDateTime meetingDate = meeting.date(PROP_GR_MEETING_DATE);
        if (!TYPE_GR_MEETING.equals(meeting.nodeType()) || meetingDate == null) {
            return null;
        }
        RepoNode arrangement = arrangements.of(meetingId);
        if (arrangement == null) {
            LOG.warn("papers: meeting {} is not filed in a joint arrangement's folder; not routed", meetingId);
            return null;
        }
        OffsetDateTime deadline = null;
        if (instructsMember(meeting)) {
            Number days = (Number) arrangement.property(PROP_INSTRUCTION_LEAD_DAYS);
            deadline = rules.instructionDeadline(meetingDate, days == null ? properties.instructionDays() : days.intValue());
        }
        Arrangements.Participants participants = arrangements.participants(arrangement);
        if (!participants.outsideRegion().isEmpty()) {
            LOG.info("papers: meeting {} of {}: no council folder here for {}", meetingId, Arrangements.name(arrangement),
                    participants.outsideRegion());
        }
        List<String> present = alfresco.targets(meetingId, ASSOC_GR_MEETING_COVER_NOTES).stream()
                .map(n -> n.text(PROP_COVER_NOTE_MUNICIPALITY)).toList();
        List<String> councils = participants.inRegion().stream()
                .filter(m -> !(present.contains(m) && mailed(meetingId, m))).toList();
        OffsetDateTime filedOn = meeting.date(PROP_AGENDA_FILED_ON);
        return new Plan(meetingId, arrangement.id(), meetingDate, deadline, filedOn == null ? OffsetDateTime.now(clock) : filedOn, councils);
    }

    /**
     * Only a general-board meeting asks the council to instruct its member (the AB member is the council's own
     * designated by it, Wgr art. 13, and accountable to it, art. 16; not re-read here); the papers of a daily-board or portfolio-holder meeting go with a cover note
     * for information, without an instruction deadline or its escalation. A meeting without a kind is the model's
     * default, ALGEMEEN_BESTUUR ({@code rb:grMeetingKind} in the model XML).
     */
    static boolean instructsMember(RepoNode meeting) {
        String kind = meeting.text(PROP_GR_MEETING_KIND);
        return kind == null || GR_MEETING_ALGEMEEN_BESTUUR.equals(kind);
    }

    /**
     * The day the papers were filed, on the meeting, if the griffie did not enter it: the dashboard judges papers in
     * time or late by it. Written once, before any council is told.
     */
    public void recordFiledOn(@Header("rbPlan") Plan plan) {
        RepoNode meeting = alfresco.node(plan.meetingId());
        if (meeting.property(PROP_AGENDA_FILED_ON) == null) {
            alfresco.update(meeting, Map.of(PROP_AGENDA_FILED_ON, AlfrescoDates.format(plan.receivedOn())), null);
        }
    }

    /**
     * A meeting moved to another day: the cover notes already made get the new instruction deadline and report-back
     * day (their councils were told when the papers came; the griffie sees the new dates on the cover note).
     */
    public void moveDates(@Header("rbPlan") Plan plan) {
        for (RepoNode note : alfresco.targets(plan.meetingId(), ASSOC_GR_MEETING_COVER_NOTES)) {
            Map<String, Object> props = new LinkedHashMap<>();
            OffsetDateTime was = note.date(PROP_INSTRUCTION_DEADLINE);
            if (plan.instructionDeadline() == null) {
                if (was != null) {
                    props.put(PROP_INSTRUCTION_DEADLINE, null);
                }
            } else if (was == null || !was.isEqual(plan.instructionDeadline())) {
                props.put(PROP_INSTRUCTION_DEADLINE, AlfrescoDates.format(plan.instructionDeadline()));
            }
            if (note.date(PROP_REPORT_BACK_DUE) == null || !note.date(PROP_REPORT_BACK_DUE).isEqual(plan.meetingDate())) {
                props.put(PROP_REPORT_BACK_DUE, AlfrescoDates.format(plan.meetingDate()));
            }
            if (!props.isEmpty()) {
                alfresco.update(note, props, null);
            }
        }
    }

    /** One council, first its node: the cover note in the council's folder, linked to the meeting, unless it has one. */
    public String createCoverNote(@Header("rbPlan") Plan plan, @Header(RouteHeaders.MUNICIPALITY) String municipality) {
        RepoNode existing = alfresco.targets(plan.meetingId(), ASSOC_GR_MEETING_COVER_NOTES).stream()
                .filter(n -> municipality.equals(n.text(PROP_COVER_NOTE_MUNICIPALITY))).findFirst().orElse(null);
        if (existing != null) {
            return existing.id();
        }
        RepoNode meeting = alfresco.node(plan.meetingId());
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(PROP_COVER_NOTE_MUNICIPALITY, municipality);
        if (plan.instructionDeadline() != null) {
            props.put(PROP_INSTRUCTION_DEADLINE, AlfrescoDates.format(plan.instructionDeadline()));
        }
        props.put(PROP_REPORT_BACK_DUE, AlfrescoDates.format(plan.meetingDate()));
        props.put("cm:title", "Oplegnotitie " + municipality + ": " + MailTexts.displayName(meeting));
        RepoNode note = alfresco.createOrAdopt(arrangements.councilFolder(municipality),
                "Oplegnotitie " + municipality + " - " + meeting.name(), TYPE_COVER_NOTE, props,
                plan.meetingId(), ASSOC_GR_MEETING_COVER_NOTES);
        alfresco.link(plan.meetingId(), note.id(), ASSOC_GR_MEETING_COVER_NOTES);
        return note.id();
    }

    /** Then its e-mail, linking to the council's own cover note; sent once per meeting and council. */
    public OutgoingMail papersMail(@Header("rbPlan") Plan plan, @Header(RouteHeaders.MUNICIPALITY) String municipality,
                                   @Header("rbCoverNoteId") String noteId) {
        RepoNode meeting = alfresco.node(plan.meetingId());
        RepoNode arrangement = alfresco.node(plan.arrangementId());
        return mails.papers(arrangements.griffie(municipality), municipality, arrangement, meeting, plan.meetingDate(),
                plan.instructionDeadline(), noteId);
    }

    private boolean mailed(String meetingId, String municipality) {
        return mails.mailed(ArrangementMails.papersKey(meetingId, municipality));
    }
}
