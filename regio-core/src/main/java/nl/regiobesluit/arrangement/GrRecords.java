package nl.regiobesluit.arrangement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the register holds for the dashboard: each arrangement with its meetings (and the cover note of each council)
 * and its Wgr procedures (and each council's zienswijze), and the proposals that carry a toetsingskader. Read from a
 * records file or from Alfresco by {@link GrRecordsJson}.
 */
public record GrRecords(List<ArrangementRecord> arrangements, List<ProposalRecord> proposals) {

    public GrRecords {
        arrangements = List.copyOf(arrangements);
        proposals = List.copyOf(proposals);
    }

    public record ArrangementRecord(JointArrangement arrangement, List<Meeting> meetings, List<Procedure> procedures) {
        public ArrangementRecord {
            meetings = List.copyOf(meetings);
            procedures = List.copyOf(procedures);
        }
    }

    /** A meeting's papers ({@code rb:grMeeting}) and the cover notes of the councils. */
    public record Meeting(LocalDate date, String kind, Optional<LocalDate> filedOn, List<CoverNote> coverNotes) {
        public Meeting {
            coverNotes = List.copyOf(coverNotes);
        }

        public Optional<CoverNote> coverNoteOf(String municipality) {
            return coverNotes.stream().filter(c -> c.municipality().strip().equalsIgnoreCase(municipality.strip())).findFirst();
        }
    }

    /** One council's oplegnotitie ({@code rb:coverNote}). */
    public record CoverNote(String municipality, Optional<LocalDate> instructionDeadline, Optional<LocalDate> instructionGivenOn,
                            boolean escalated, Optional<LocalDate> reportBackDue, Optional<LocalDate> reportedBackOn) {
    }

    /** A Wgr procedure ({@code rb:wgrProcedure}) and the councils' zienswijzen. */
    public record Procedure(ProcedureKind kind, Optional<LocalDate> sentOn, Optional<LocalDate> receivedOn, Optional<LocalDate> deadline,
                            Optional<String> deadlineBasis,
                            Optional<LocalDate> boardMeetingOn, Optional<Integer> budgetYear, Optional<String> recessNote,
                            Optional<LocalDate> jointZienswijzeOn, Optional<LocalDate> boardAnswerOn, List<Zienswijze> zienswijzen) {
        public Procedure {
            zienswijzen = List.copyOf(zienswijzen);
        }

        public Optional<Zienswijze> zienswijzeOf(String municipality) {
            return zienswijzen.stream().filter(z -> z.municipality().strip().equalsIgnoreCase(municipality.strip())).findFirst();
        }
    }

    /** One council's zienswijze ({@code rb:zienswijze}) and what the board did with it. */
    public record Zienswijze(String municipality, ZienswijzeStatus status, Optional<LocalDate> date, BoardResponse boardResponse) {
    }

    /** A proposal with the {@code rb:toetsingskader} aspect. */
    public record ProposalRecord(String name, List<String> municipalities, Optional<CooperationAction> action,
                                 Optional<String> arrangement, ChecklistAnswers answers) {
        public ProposalRecord {
            municipalities = List.copyOf(municipalities);
        }

        /** A proposal that names no municipalities concerns every council. */
        public boolean concerns(String municipality) {
            return municipalities.isEmpty() || municipalities.stream().anyMatch(m -> m.strip().equalsIgnoreCase(municipality.strip()));
        }
    }
}
