package nl.regiobesluit.arrangement;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A council's zienswijze in a Wgr procedure; the values of the model's {@code rb:zienswijzeStatusList}.
 * {@link #of} is the policy: given on or before the deadline is {@code GIVEN}, after it {@code OUT_OF_TIME}; a council
 * that said it gives none (Wgr art. 1 lid 3, second sentence: it tells the college as soon as possible) is {@code NONE},
 * and so is a council from which nothing came once the deadline passed; before that it is {@code PENDING}.
 */
public enum ZienswijzeStatus {
    PENDING, GIVEN, NONE, OUT_OF_TIME;

    public static ZienswijzeStatus of(Optional<LocalDate> givenOn, boolean declaredNone, LocalDate deadline, LocalDate today) {
        if (givenOn.isPresent()) {
            return givenOn.get().isAfter(deadline) ? OUT_OF_TIME : GIVEN;
        }
        if (declaredNone || today.isAfter(deadline)) {
            return NONE;
        }
        return PENDING;
    }

    /** Nothing came and the term passed without the council saying it gives none: the route escalates. */
    public static boolean escalate(Optional<LocalDate> givenOn, boolean declaredNone, LocalDate deadline, LocalDate today) {
        return givenOn.isEmpty() && !declaredNone && today.isAfter(deadline);
    }
}
