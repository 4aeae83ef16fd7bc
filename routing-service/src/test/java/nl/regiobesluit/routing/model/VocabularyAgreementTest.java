package nl.regiobesluit.routing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import nl.regiobesluit.archive.Waardering;
import nl.regiobesluit.criteria.Judgment;
import nl.regiobesluit.model.RbModel;
import nl.regiobesluit.routing.AdviceKind;
import nl.regiobesluit.routing.CooperationModel;
import nl.regiobesluit.routing.CouncilOutcome;
import nl.regiobesluit.routing.RoutePolicy;
import nl.regiobesluit.routing.RouteStatus;
import org.junit.jupiter.api.Test;

/**
 * The domain's vocabularies (regio-core enums) are the model's list constraints (RbModel, which the platform module's
 * tests keep equal to the model XML): a value the service writes that the model does not allow would only show in
 * Alfresco, as a refused update. regio-core cannot see RbModel, so the service, which uses both, checks them here.
 */
class VocabularyAgreementTest {

    @Test
    void routeStatusesAreTheModelsRouteStatuses() {
        assertThat(names(RouteStatus.values())).isEqualTo(constants("STATUS_"));
    }

    @Test
    void councilOutcomesAreTheModelsCouncilOutcomes() {
        assertThat(names(CouncilOutcome.values())).isEqualTo(constants("OUTCOME_"));
    }

    @Test
    void adviceKindsAreTheModelsAdviceKinds() {
        assertThat(names(AdviceKind.values())).isEqualTo(constants("ADVICE_"));
    }

    @Test
    void cooperationModelsAreTheModelsCooperationModels() {
        assertThat(names(CooperationModel.values())).containsExactlyInAnyOrderElementsOf(constants("COOPERATION_MODEL_"));
    }

    @Test
    void recordOutcomesAreTheModelsRecordOutcomes() {
        assertThat(names(RoutePolicy.RecordOutcome.values())).isEqualTo(constants("RECORD_"));
    }

    @Test
    void waarderingenAreTheModelsWaarderingen() {
        assertThat(names(Waardering.values())).isEqualTo(constants("WAARDERING_"));
    }

    @Test
    void judgmentsAreTheModelsJudgments() {
        assertThat(names(Judgment.values())).isEqualTo(constants("JUDGMENT_"));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The values of RbModel's String constants whose names start with the prefix, in declaration order. */
    private static List<String> constants(String prefix) {
        return Arrays.stream(RbModel.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && f.getName().startsWith(prefix))
                .map(VocabularyAgreementTest::value).toList();
    }

    private static String value(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
