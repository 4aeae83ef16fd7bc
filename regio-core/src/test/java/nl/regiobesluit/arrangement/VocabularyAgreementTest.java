package nl.regiobesluit.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import nl.regiobesluit.model.RbModel;

import org.junit.jupiter.api.Test;

/**
 * The enums of this package are the vocabularies of the rb: model (RbModel, which platform-module checks against the XML).
 * Compared as sets: Class.getFields() returns the fields "in no particular order" (its Javadoc).
 */
class VocabularyAgreementTest {

    @Test
    void legalFormsAreTheModelsLegalForms() {
        assertThat(names(LegalForm.values())).containsExactlyInAnyOrderElementsOf(constants("LEGAL_FORM_"));
    }

    @Test
    void procedureKindsAreTheModelsProcedureKinds() {
        assertThat(names(ProcedureKind.values())).containsExactlyInAnyOrderElementsOf(constants("WGR_PROCEDURE_"));
    }

    @Test
    void zienswijzeStatusesAreTheModelsZienswijzeStatuses() {
        assertThat(names(ZienswijzeStatus.values())).containsExactlyInAnyOrderElementsOf(constants("ZIENSWIJZE_"));
    }

    @Test
    void boardResponsesAreTheModelsBoardResponses() {
        assertThat(names(BoardResponse.values())).containsExactlyInAnyOrderElementsOf(constants("BOARD_RESPONSE_"));
    }

    @Test
    void cooperationActionsAreTheModelsCooperationActions() {
        assertThat(names(CooperationAction.values())).containsExactlyInAnyOrderElementsOf(constants("COOPERATION_ACTION_"));
    }

    @Test
    void weightingSchemesAreTheModelsWeightingSchemes() {
        assertThat(names(nl.regiobesluit.voting.WeightingScheme.values())).containsExactlyInAnyOrderElementsOf(constants("WEIGHTS_SCHEME_"));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> constants(String prefix) {
        return Arrays.stream(RbModel.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && f.getName().startsWith(prefix))
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }
}
