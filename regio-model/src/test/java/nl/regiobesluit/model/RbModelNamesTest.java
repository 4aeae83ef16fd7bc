package nl.regiobesluit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The constants are well-formed names; whether they exist in the model XML is checked in platform-module. */
class RbModelNamesTest {

    private static final List<String> QNAME_PREFIXES = List.of("TYPE_", "ASPECT_", "PROP_", "ASSOC_", "CONSTRAINT_");

    @Test
    void everyModelNameIsAPrefixedRbQName() throws IllegalAccessException {
        for (Field f : RbModel.class.getFields()) {
            if (QNAME_PREFIXES.stream().anyMatch(f.getName()::startsWith)) {
                assertThat((String) f.get(null)).as(f.getName()).matches("rb:[a-z][A-Za-z0-9]*");
            }
        }
    }

    @Test
    void noTwoConstantsNameTheSameElement() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field f : RbModel.class.getFields()) {
            if (QNAME_PREFIXES.stream().anyMatch(f.getName()::startsWith)) {
                names.add((String) f.get(null));
            }
        }
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void theModelNameAndPrefixAgree() {
        assertThat(RbModel.MODEL_NAME).startsWith(RbModel.PREFIX + ":");
    }
}
