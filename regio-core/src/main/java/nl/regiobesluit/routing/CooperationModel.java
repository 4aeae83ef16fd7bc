package nl.regiobesluit.routing;

import java.util.Optional;

/**
 * The cooperation models of DESIGN.md. Each is the same route steps, configured by its {@link RoutePolicy}.
 * The names are the values of {@code rb:cooperationModel}.
 */
public enum CooperationModel {
    /** Leidse regio: regiocommissie advises, every participating council decides ('ja, mits'). */
    REGIONAL_COMMITTEE(RoutePolicy.COMMITTEE_THEN_COUNCILS),
    /** U10, Regio Amersfoort: portfolio holders' table, then every council; unanimity of councils. */
    LIGHT_COOPERATION(RoutePolicy.COUNCILS_UNANIMOUS),
    /** Modular GR: the general board decides transferred modules itself. */
    TAILORED_TRANSFER(RoutePolicy.BODY_DECIDES),
    /** Drechtsteden: the regioraad decides itself with weighted votes. */
    REGIONAL_COUNCIL(RoutePolicy.BODY_DECIDES),
    /** Merger: one council decides. */
    COMPOSITE_MUNICIPALITY(RoutePolicy.SINGLE_COUNCIL);

    private final RoutePolicy policy;

    CooperationModel(RoutePolicy policy) {
        this.policy = policy;
    }

    public RoutePolicy policy() {
        return policy;
    }

    public static Optional<CooperationModel> parse(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        for (CooperationModel m : values()) {
            if (m.name().equals(value.toString())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
