package nl.regiobesluit.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that needs the simulated Alfresco (failure injection, event fixtures, the contract record): under {@code -Pacs}
 * it is skipped, and {@link #value()} says exactly why.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SimulatorOnly {
    /** Why it cannot run against a real Alfresco (English; it is printed in the skip message). */
    String value();
}
