package nl.regiobesluit.archive;

import nl.regiobesluit.criteria.RouteIndicators;

import javax.xml.stream.XMLStreamException;
import java.io.OutputStream;

/**
 * Writes the aanvullende metagegevens of a record: what MDTO has no element for — the vote result (summary and the
 * full stored result JSON, from which {@code ./regio verify} recomputes it), the indicators of the assessment
 * criteria, the cooperation model, the outcome of every council. Element names are the local names of the
 * {@code rb:} properties they come from, so the file reads back onto the content model one to one.
 */
public final class RegiobesluitMetadataWriter {

    public static final String NAMESPACE = "http://www.regiobesluit.nl/model/archive/1.0";

    public void write(DecisionRecordSnapshot r, OutputStream out) throws XMLStreamException {
        try (IndentingXml x = new IndentingXml(out)) {
            x.root("regiobesluit", NAMESPACE);
            x.attribute("version", "1.0");
            x.leaf("nodeId", r.nodeId());
            x.leaf("archiveIdentification", r.archival().archiveIdentification());
            x.leaf("recordKind", r.kind().contentType());
            x.leaf("recordOutcome", r.outcome());
            x.leaf("submittedOn", r.submittedOn());
            x.leaf("decidedOn", r.decidedOn());
            x.leaf("cooperationModel", r.cooperationModel() == null ? null : r.cooperationModel().name());
            x.leaf("ambition", r.ambition());
            x.leaf("policyDomain", r.policyDomain());
            x.start("recordMunicipalities");
            for (String m : r.municipalities()) {
                x.leaf("municipality", m);
            }
            x.end();
            x.start("councilOutcomes");
            for (DecisionRecordSnapshot.CouncilResult c : r.councils()) {
                x.start("councilOutcome");
                x.leaf("municipality", c.municipality());
                x.leaf("outcome", c.outcome() == null ? null : c.outcome().name());
                x.leaf("councilDecisionDate", c.decidedOn());
                x.end();
            }
            x.end();
            DecisionRecordSnapshot.VoteResult v = r.voteResult();
            if (v != null) {
                x.start("voteResult");
                x.leaf("resultScheme", v.scheme());
                x.leaf("resultRule", v.rule());
                x.leaf("resultPassed", v.passed());
                x.leaf("resultYesShare", v.yesShare());
                x.leaf("resultYesSharePct", v.yesSharePct());
                x.leaf("resultCompositionDate", v.compositionDate());
                x.leaf("resultComputationVersion", v.computationVersion());
                x.leaf("resultInputHash", v.inputHash());
                x.leaf("resultJson", v.resultJson());
                x.end();
            }
            RouteIndicators i = r.indicators();
            if (i != null) {
                x.start("modelCriteria");
                x.leaf("leadTimeDays", i.leadTimeDays());
                x.leaf("metTarget", i.metTarget());
                x.leaf("consensusWithoutVote", i.consensusWithoutVote());
                x.leaf("councilsAdopted", i.adopted());
                x.leaf("councilsAmended", i.amended());
                x.leaf("councilsRejected", i.rejected());
                x.leaf("councilsPostponed", i.postponed());
                x.leaf("deviations", i.deviations());
                x.leaf("deviationsAccountedFor", i.deviationsAccountedFor());
                x.leaf("societalPartnerCount", i.societalPartners());
                x.leaf("decisiveMunicipality", i.decisiveMunicipality());
                x.leaf("oneVoice", i.oneVoice());
                x.end();
            }
        }
    }
}
