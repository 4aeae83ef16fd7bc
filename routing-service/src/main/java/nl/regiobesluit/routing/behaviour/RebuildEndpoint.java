package nl.regiobesluit.routing.behaviour;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/rebuild}: GET shows the bulk run's progress; POST {@code {"folder": "<node id>"}} or
 * {@code {"query": "<AFTS>"}} (optionally {@code "fresh": true}) starts one. Authenticated like every endpoint
 * but health.
 */
@Component
@Endpoint(id = "rebuild")
public class RebuildEndpoint {

    private final BulkAnnotation bulk;

    public RebuildEndpoint(BulkAnnotation bulk) {
        this.bulk = bulk;
    }

    @ReadOperation
    public BulkProgress progress() {
        return bulk.progress();
    }

    @WriteOperation
    public BulkProgress start(@Nullable String query, @Nullable String folder, @Nullable Boolean fresh) {
        String afts = query != null && !query.isBlank() ? query : BulkAnnotation.query(folder);
        return bulk.start(afts, Boolean.TRUE.equals(fresh));
    }
}
