package nl.regiobesluit.routing.archive;

import static nl.regiobesluit.model.RbModel.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.regiobesluit.archive.ArchivalProperties;
import nl.regiobesluit.archive.ArchivalValues;
import nl.regiobesluit.archive.DecisionRecordSnapshot;
import nl.regiobesluit.archive.Finalization;
import nl.regiobesluit.archive.RecordKind;
import nl.regiobesluit.archive.RetentionPolicy;
import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.camel.RouteHeaders;
import nl.regiobesluit.routing.config.RegiobesluitProperties;
import nl.regiobesluit.routing.mail.MailTexts;
import nl.regiobesluit.routing.mail.OutgoingMail;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;
import org.alfresco.governance.core.handler.FilesApi;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Finalizing a decision record. Griffie staff or the archivist set {@code rb:finalized}; the service completes it:
 * {@code rb:archival} gets its finalized date, waardering, bewaartermijn and informatiecategorie from the retention
 * policy (and an identification), and the record is then protected — a FULL persistent lock, or declared a record
 * in Governance Services where that is configured. Both steps are checked against the node each time, so an
 * interruption between them is completed by the next event.
 */
@Component
public class FinalizeStep {

    private static final Logger LOG = LoggerFactory.getLogger(FinalizeStep.class);
    static final String LOCKABLE = "cm:lockable";

    private final AlfrescoRepository alfresco;
    private final ObjectProvider<FilesApi> governance;
    private final MailTexts texts;
    private final RegiobesluitProperties properties;
    private final Finalization finalization;
    private final Clock clock;

    public FinalizeStep(AlfrescoRepository alfresco, ObjectProvider<FilesApi> governance, MailTexts texts,
                        RegiobesluitProperties properties, Clock clock) {
        this.alfresco = alfresco;
        this.governance = governance;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
        RegiobesluitProperties.Archive a = properties.archive();
        String archiefvormer = a.archiefvormer() == null || a.archiefvormer().isBlank() ? properties.region().name() : a.archiefvormer();
        this.finalization = new Finalization(RetentionPolicy.defaults(), archiefvormer, a.beperkingGebruik(), a.identificationPrefix());
    }

    /** Returns a report when the record cannot be finalized, else null. */
    public OutgoingMail finalizeRecord(@Header(RouteHeaders.NODE_ID) String nodeId) {
        RepoNode node = alfresco.node(nodeId);
        if (!TYPE_DECISION_RECORD.equals(node.nodeType()) || !Boolean.TRUE.equals(node.bool(PROP_FINALIZED))) {
            return null;
        }
        if (node.text(PROP_FINALIZED_ON) == null) {
            Result<ArchivalValues> stored = ArchivalProperties.fromProperties(node.properties(), nodeId);
            if (!stored.isOk()) {
                return report(node, stored.problems());
            }
            ArchivalValues v = stored.value();
            // rb:finalized set by people is the request; the record counts as finalized once the service completed it.
            ArchivalValues requested = new ArchivalValues(v.archiveIdentification(), v.waardering(), v.bewaartermijn(),
                    v.informatiecategorie(), v.archiefvormer(), v.beperkingGebruik(), false, null);
            DecisionRecordSnapshot snapshot = new DecisionRecordSnapshot(nodeId, node.name(), null, null, RecordKind.DECISION_RECORD,
                    null, null, node.texts(PROP_RECORD_MUNICIPALITIES), node.text(PROP_RECORD_OUTCOME), List.of(), null, null,
                    null, null, null, requested, List.of());
            Result<ArchivalValues> finalized = finalization.finalize(snapshot, LocalDate.now(clock));
            if (!finalized.isOk()) {
                return report(node, finalized.problems());
            }
            node = alfresco.updateAndRead(node, ArchivalProperties.toProperties(finalized.value()), List.of(ASPECT_ARCHIVAL));
            LOG.info("finalize: record {} finalized as {} ({}, {})", nodeId, finalized.value().archiveIdentification(),
                    finalized.value().waardering(), finalized.value().bewaartermijn());
        }
        if (!node.hasAspect(LOCKABLE)) {
            if (properties.archive().protection() == RegiobesluitProperties.Archive.Protection.DECLARE_RECORD) {
                governance.getObject().declareRecord(nodeId, false, null, null, null);
                LOG.info("finalize: record {} declared a record in Governance Services", nodeId);
            } else {
                alfresco.lock(nodeId);
                LOG.info("finalize: record {} locked against change", nodeId);
            }
        }
        return null;
    }

    private OutgoingMail report(RepoNode node, List<Problem> problems) {
        String why = String.join("; ", problems.stream().map(Problem::describe).toList());
        LOG.warn("finalize: record {} not finalized: {}", node.id(), why);
        List<Problem> reasons = new java.util.ArrayList<>();
        reasons.add(Problem.bilingual("niet definitief gemaakt", "not finalized"));
        reasons.addAll(problems);
        return texts.voteNotProcessed(node.id() + ":finalize:" + Integer.toHexString(why.hashCode()),
                properties.region().regiogriffier(), node, reasons);
    }
}
