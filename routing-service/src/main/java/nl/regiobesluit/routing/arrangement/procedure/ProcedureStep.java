package nl.regiobesluit.routing.arrangement.procedure;

import static nl.regiobesluit.model.RbModel.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.regiobesluit.routing.alfresco.AlfrescoDates;
import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.arrangement.ArrangementMails;
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
 * A Wgr procedure (a draft budget, the financial and policy starting points, the provisional accounts, or making,
 * changing, joining or leaving the regulation) filed with the day the daily board sent it: the service records the end
 * of the councils' term as the law counts it (regio-core's Wgr term policies, which cite the articles), whether the
 * term runs through the summer recess, and makes a zienswijze record (PENDING) in every participating council's folder
 * with an e-mail to its griffie. Node first, e-mail after, as the proposal's dispatch does.
 */
@Component
public class ProcedureStep {

    private static final Logger LOG = LoggerFactory.getLogger(ProcedureStep.class);

    /** The councils still to be asked for their zienswijze on one procedure. */
    public record Plan(String procedureId, String arrangementId, ArrangementRules.Term term, String sentLate, List<String> councils,
                       List<String> outsideRegion) {
    }

    private final AlfrescoRepository alfresco;
    private final Arrangements arrangements;
    private final ArrangementRules rules;
    private final ArrangementMails mails;

    public ProcedureStep(AlfrescoRepository alfresco, Arrangements arrangements, ArrangementRules rules, ArrangementMails mails) {
        this.alfresco = alfresco;
        this.arrangements = arrangements;
        this.rules = rules;
        this.mails = mails;
    }

    /** Null while the document is no Wgr procedure, names no kind or sending date, or is not linked to its arrangement. */
    public Plan plan(@Header(RouteHeaders.NODE_ID) String procedureId) {
        RepoNode procedure = alfresco.node(procedureId);
        if (!TYPE_WGR_PROCEDURE.equals(procedure.nodeType()) || procedure.text(PROP_WGR_PROCEDURE_KIND) == null
                || procedure.date(PROP_WGR_SENT_ON) == null) {
            return null;
        }
        RepoNode arrangement = arrangements.of(procedureId);
        if (arrangement == null) {
            return null;
        }
        ArrangementRules.Term term = rules.term(procedure);
        List<String> present = alfresco.targets(procedureId, ASSOC_WGR_PROCEDURE_ZIENSWIJZEN).stream()
                .map(n -> n.text(PROP_ZIENSWIJZE_MUNICIPALITY)).toList();
        Arrangements.Participants participants = arrangements.participants(arrangement);
        List<String> councils = participants.inRegion().stream()
                .filter(m -> !(present.contains(m) && mailed(procedureId, m))).toList();
        List<String> outside = participants.outsideRegion().stream().filter(m -> !present.contains(m)).toList();
        return new Plan(procedureId, arrangement.id(), term, rules.sentLate(procedure).orElse(null), councils, outside);
    }

    /**
     * The term on the procedure, written before any council is asked (and only when it changed). A board that sent
     * late is named in the log here and in each council's mail; the model has no property for that note yet.
     */
    public void recordTerm(@Header("rbPlan") Plan plan) {
        if (plan.sentLate() != null) {
            LOG.warn("procedure {}: {}", plan.procedureId(), plan.sentLate());
        }
        RepoNode procedure = alfresco.node(plan.procedureId());
        Map<String, Object> props = new LinkedHashMap<>();
        ArrangementRules.Term term = plan.term();
        if (procedure.date(PROP_WGR_DEADLINE) == null || !procedure.date(PROP_WGR_DEADLINE).isEqual(term.ends())) {
            props.put(PROP_WGR_DEADLINE, AlfrescoDates.format(term.ends()));
        }
        if (!Objects.equals(procedure.text(PROP_WGR_DEADLINE_BASIS), term.article())) {
            props.put(PROP_WGR_DEADLINE_BASIS, term.article());
        }
        if (!Objects.equals(procedure.text(PROP_SUMMER_RECESS_NOTE), term.summerRecessNote())) {
            props.put(PROP_SUMMER_RECESS_NOTE, term.summerRecessNote());
        }
        if (!props.isEmpty()) {
            alfresco.update(procedure, props, null);
        }
    }

    /**
     * A participant outside the region (no council folder or griffie here): its zienswijze record (PENDING) in the
     * arrangement's folder, linked to the procedure like the others, without e-mail; the regiogriffier records what
     * that council does, and the scheduled check escalates it to the regiogriffier like any other.
     */
    public void recordOutsideRegion(@Header("rbPlan") Plan plan) {
        if (plan.outsideRegion().isEmpty()) {
            return;
        }
        RepoNode procedure = alfresco.node(plan.procedureId());
        for (String municipality : plan.outsideRegion()) {
            RepoNode record = alfresco.createOrAdopt(plan.arrangementId(), "Zienswijze " + municipality + " - " + procedure.name(),
                    TYPE_ZIENSWIJZE, recordProps(municipality, procedure), plan.procedureId(), ASSOC_WGR_PROCEDURE_ZIENSWIJZEN);
            alfresco.link(plan.procedureId(), record.id(), ASSOC_WGR_PROCEDURE_ZIENSWIJZEN);
        }
        LOG.info("procedure {}: zienswijze recorded in the arrangement's folder, without e-mail, for {} (outside the region)",
                plan.procedureId(), plan.outsideRegion());
    }

    /** One council, first its zienswijze record (PENDING) in the council's folder, linked to the procedure. */
    public String createZienswijze(@Header("rbPlan") Plan plan, @Header(RouteHeaders.MUNICIPALITY) String municipality) {
        RepoNode existing = alfresco.targets(plan.procedureId(), ASSOC_WGR_PROCEDURE_ZIENSWIJZEN).stream()
                .filter(n -> municipality.equals(n.text(PROP_ZIENSWIJZE_MUNICIPALITY))).findFirst().orElse(null);
        if (existing != null) {
            return existing.id();
        }
        RepoNode procedure = alfresco.node(plan.procedureId());
        RepoNode record = alfresco.createOrAdopt(arrangements.councilFolder(municipality),
                "Zienswijze " + municipality + " - " + procedure.name(), TYPE_ZIENSWIJZE, recordProps(municipality, procedure),
                plan.procedureId(), ASSOC_WGR_PROCEDURE_ZIENSWIJZEN);
        alfresco.link(plan.procedureId(), record.id(), ASSOC_WGR_PROCEDURE_ZIENSWIJZEN);
        return record.id();
    }

    /** Then its e-mail: the term, the article, the summer recess where it applies, and a link to its record. */
    public OutgoingMail askMail(@Header("rbPlan") Plan plan, @Header(RouteHeaders.MUNICIPALITY) String municipality,
                                @Header("rbZienswijzeId") String recordId) {
        return mails.askZienswijze(arrangements.griffie(municipality), municipality, alfresco.node(plan.arrangementId()),
                alfresco.node(plan.procedureId()), plan.term(), plan.sentLate(), recordId);
    }

    private static Map<String, Object> recordProps(String municipality, RepoNode procedure) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(PROP_ZIENSWIJZE_MUNICIPALITY, municipality);
        props.put(PROP_ZIENSWIJZE_STATUS, ZIENSWIJZE_PENDING);
        props.put("cm:title", "Zienswijze " + municipality + ": " + MailTexts.displayName(procedure));
        return props;
    }

    private boolean mailed(String procedureId, String municipality) {
        return mails.mailed(ArrangementMails.zienswijzeKey(procedureId, municipality));
    }
}
