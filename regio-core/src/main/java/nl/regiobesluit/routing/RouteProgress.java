package nl.regiobesluit.routing;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The councils' decisions on one proposal as read from Alfresco. Completion is "every participating
 * council has a non-PENDING decision", never a count of messages, so a duplicate event cannot complete a route.
 */
public final class RouteProgress {

    private final Set<String> participants;
    private final Map<String, CouncilOutcome> outcomes;

    /**
     * @param participants the participating municipalities of the proposal
     * @param outcomes     the outcome per municipality of the council decisions found; a municipality
     *                     that is not participating is ignored (it cannot complete the route)
     */
    public RouteProgress(Collection<String> participants, Map<String, CouncilOutcome> outcomes) {
        this.participants = Set.copyOf(new LinkedHashSet<>(participants));
        Map<String, CouncilOutcome> copy = new LinkedHashMap<>();
        for (String m : participants) {
            copy.put(m, outcomes.getOrDefault(m, CouncilOutcome.PENDING));
        }
        this.outcomes = Map.copyOf(copy);
    }

    public boolean everyCouncilDecided() {
        return !participants.isEmpty() && participants.stream().allMatch(m -> outcomes.get(m).isDecided());
    }

    public List<String> pendingMunicipalities() {
        return participants.stream().filter(m -> !outcomes.get(m).isDecided()).sorted().toList();
    }

    public Map<String, CouncilOutcome> outcomes() {
        return outcomes;
    }

    public long count(CouncilOutcome outcome) {
        return outcomes.values().stream().filter(o -> o == outcome).count();
    }
}
