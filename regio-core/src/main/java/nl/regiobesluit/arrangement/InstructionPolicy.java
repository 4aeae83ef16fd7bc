package nl.regiobesluit.arrangement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.regiobesluit.model.RbModel;
import nl.regiobesluit.shared.Problem;
import nl.regiobesluit.shared.Result;

/**
 * When the council must have instructed its general-board member, and whether the papers came in time for it.
 *
 * <p>Not a statutory term: the arrangement sets {@code leadDays} ({@code rb:instructionLeadDays}, default 7), and the
 * deadline is the meeting date minus that many calendar days, never moved (the Algemene termijnenwet applies to
 * terms in statutes only). Papers are in time when they arrive at least {@code preparationDays} before the
 * instruction deadline, so the council has that long to discuss the cover note. Voorschoten's vision asks for papers
 * "in time" without a number; {@link #DEFAULT_PREPARATION_DAYS} is our default, configurable.
 */
public final class InstructionPolicy {

    public static final int DEFAULT_LEAD_DAYS = 7;
    public static final int DEFAULT_PREPARATION_DAYS = 10;

    /** Where an instruction stands. */
    public enum Status {
        GIVEN_IN_TIME, GIVEN_LATE, OPEN, MISSED;

        public boolean given() {
            return this == GIVEN_IN_TIME || this == GIVEN_LATE;
        }
    }

    private final int preparationDays;

    public InstructionPolicy(int preparationDays) {
        if (preparationDays < 0) {
            throw new IllegalArgumentException("preparation days must not be negative: " + preparationDays);
        }
        this.preparationDays = preparationDays;
    }

    public static InstructionPolicy standard() {
        return new InstructionPolicy(DEFAULT_PREPARATION_DAYS);
    }

    public int preparationDays() {
        return preparationDays;
    }

    /**
     * Meeting date minus the arrangement's lead days. A negative number is a bug here: values from the register go
     * through {@link #instructionDeadline} or {@link #checkLeadDays} first.
     */
    public LocalDate deadline(LocalDate meetingOn, int leadDays) {
        if (leadDays < 0) {
            throw new IllegalArgumentException("lead days must not be negative: " + leadDays);
        }
        return meetingOn.minusDays(leadDays);
    }

    /**
     * The instruction deadline for lead days as the register holds them ({@code rb:instructionLeadDays}, typed in
     * Share): a negative number is one clear problem, not an exception in the route (review #22).
     */
    public Result<LocalDate> instructionDeadline(LocalDate meetingOn, int leadDays) {
        return checkLeadDays(leadDays).<Result<LocalDate>>map(Result::rejected)
                .orElseGet(() -> Result.ok(meetingOn.minusDays(leadDays)));
    }

    /** The problem with a negative number of lead days, if it is one. */
    public static Optional<Problem> checkLeadDays(int leadDays) {
        if (leadDays >= 0) {
            return Optional.empty();
        }
        return Optional.of(Problem.bilingualAt(null, 0, RbModel.PROP_INSTRUCTION_LEAD_DAYS,
                "het aantal dagen voor de instructie mag niet negatief zijn: " + leadDays,
                "the instruction lead days must not be negative: " + leadDays));
    }

    /** Papers filed on or before the instruction deadline minus the preparation days. */
    public boolean papersInTime(LocalDate filedOn, LocalDate meetingOn, int leadDays) {
        return !filedOn.isAfter(deadline(meetingOn, leadDays).minusDays(preparationDays));
    }

    /** Given on or before the deadline is in time; not given is open until the deadline has passed. */
    public Status status(Optional<LocalDate> givenOn, LocalDate deadline, LocalDate today) {
        Objects.requireNonNull(deadline, "deadline");
        if (givenOn.isPresent()) {
            return givenOn.get().isAfter(deadline) ? Status.GIVEN_LATE : Status.GIVEN_IN_TIME;
        }
        return today.isAfter(deadline) ? Status.MISSED : Status.OPEN;
    }

    /** The deadline passed without an instruction: the route escalates. */
    public boolean escalate(Optional<LocalDate> givenOn, LocalDate deadline, LocalDate today) {
        return status(givenOn, deadline, today) == Status.MISSED;
    }
}
