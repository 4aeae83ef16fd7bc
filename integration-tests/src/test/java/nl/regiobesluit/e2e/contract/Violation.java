package nl.regiobesluit.e2e.contract;

/**
 * One difference from Alfresco's definitions: in the exchange {@code method path} (answered with {@code status}; 0
 * for an event) or the event of type {@code method}, found while test {@code test} ran.
 */
public record Violation(String test, String method, String path, int status, String message) {

    @Override
    public String toString() {
        return (status > 0 ? method + " " + path + " -> " + status : method + " " + path) + ": " + message
                + (test == null ? "" : "  [" + test + "]");
    }
}
