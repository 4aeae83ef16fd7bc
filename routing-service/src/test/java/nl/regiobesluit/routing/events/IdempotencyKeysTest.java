package nl.regiobesluit.routing.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    @Test
    void aShortKeyIsKeptAsItIs() {
        assertThat(IdempotencyKeys.of("intake:abc")).isEqualTo("intake:abc");
    }

    @Test
    void aLongKeyFitsTheStoreAndStaysDistinct() {
        String a = "mail:dispatch:" + "x".repeat(36) + ":Alphen aan den Rijn en nog een hele lange gemeentenaam A";
        String b = "mail:dispatch:" + "x".repeat(36) + ":Alphen aan den Rijn en nog een hele lange gemeentenaam B";
        assertThat(IdempotencyKeys.of(a)).hasSizeLessThanOrEqualTo(100).startsWith("mail:dispatch:");
        assertThat(IdempotencyKeys.of(a)).isNotEqualTo(IdempotencyKeys.of(b)).isEqualTo(IdempotencyKeys.of(a));
    }
}
