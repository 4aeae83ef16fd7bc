package nl.regiobesluit.criteria;

/**
 * One criterion of the assessment framework (e.g. {@code bestuurlijke_slagvaardigheid}) and the role it
 * belongs to. {@code judged} is false for a criterion the 2017 assessment did not judge on its own.
 */
public record Criterion(String code, Role role, boolean judged) {

    /** The criterion as Dutch words: {@code bestuurlijke_slagvaardigheid} → "bestuurlijke slagvaardigheid". */
    public String label() {
        return code.replace('_', ' ');
    }
}
