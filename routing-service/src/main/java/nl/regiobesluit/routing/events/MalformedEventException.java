package nl.regiobesluit.routing.events;

/** An event that is not a well-formed Alfresco repository event; it goes to the dead-letter queue untouched, without retries. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
