package nl.regiobesluit.routing.arrangement;

import java.time.OffsetDateTime;
import java.util.List;
import nl.regiobesluit.routing.alfresco.RepoNode;
import org.springframework.stereotype.Component;

/**
 * The one place where the arrangement routes ask regio-core's rules ({@code nl.regiobesluit.arrangement}): the Wgr
 * terms (with the article each follows), the instruction deadline, a zienswijze's status and the toetsingskader
 * checklist. The routes hold no date rule of their own.
 */
@Component
public class ArrangementRules {

    /**
     * The councils' term of one Wgr procedure: its last day, the article it follows, and, where it runs through the
     * summer recess, the note saying so (null otherwise).
     */
    public record Term(OffsetDateTime ends, String article, String summerRecessNote) {
    }

    public OffsetDateTime instructionDeadline(OffsetDateTime meeting, int days) {
        throw new UnsupportedOperationException("B's policy");
    }

    public boolean instructionInTime(OffsetDateTime givenOn, OffsetDateTime deadline) {
        throw new UnsupportedOperationException("B's policy");
    }

    public Term term(RepoNode procedure) {
        throw new UnsupportedOperationException("B's policy");
    }

    public String zienswijzeStatus(String recorded, OffsetDateTime givenOn, OffsetDateTime termEnds) {
        throw new UnsupportedOperationException("B's policy");
    }

    /** The questions of the proposal's toetsingskader still open (empty when complete), as the griffie reads them. */
    public List<String> openQuestions(RepoNode proposal) {
        throw new UnsupportedOperationException("B's policy");
    }
}
