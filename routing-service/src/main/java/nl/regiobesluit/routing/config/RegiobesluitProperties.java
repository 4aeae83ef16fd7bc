package nl.regiobesluit.routing.config;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.regiobesluit.routing.CooperationModel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the service under {@code regiobesluit.*}; the README documents each one.
 * One running service serves one region.
 */
@ConfigurationProperties("regiobesluit")
public record RegiobesluitProperties(
        @DefaultValue("svc-regiobesluit") String serviceUser,
        @DefaultValue("GROUP_REGIOBESLUIT_GRIFFIE") String griffieGroup,
        @DefaultValue("http://localhost:8080/share") String shareUrl,
        @DefaultValue("30s") Duration membershipTtl,
        @DefaultValue Events events,
        @DefaultValue Redelivery redelivery,
        @DefaultValue Mail mail,
        @DefaultValue Deadline deadline,
        @DefaultValue Region region,
        @DefaultValue Archive archive) {

    /**
     * Finalizing a decision record: who formed the archive, the identification prefix, the default restriction on use,
     * and how the record is protected afterwards: a FULL lock, or declared a record where Governance Services runs.
     * {@code group} is the archivists' group (docker/bootstrap gives it Editor on Besluiten): its members may finalize a
     * decision record, next to griffie members, and move nothing else on.
     */
    public record Archive(
            @DefaultValue("") String archiefvormer,
            @DefaultValue("RB") String identificationPrefix,
            @DefaultValue("Openbaar / public") String beperkingGebruik,
            @DefaultValue("LOCK") Protection protection,
            @DefaultValue("GROUP_REGIOBESLUIT_ARCHIEF") String group) {
        public enum Protection { LOCK, DECLARE_RECORD }
    }

    /**
     * Where events come from (the queue the broker forwards Alfresco's topic to, docker/activemq/activemq.xml), the
     * service's own queue they are handed to with their node as message group (so that every instance's consumers
     * can work on them, one node's events in order), how many consumers per instance, and where failures go.
     */
    public record Events(
            @DefaultValue("jms:queue:regiobesluit.alfresco.repo.event2?asyncStartListener=true") String uri,
            @DefaultValue("jms:queue:regiobesluit.events") String queue,
            @DefaultValue("4") int concurrentConsumers,
            @DefaultValue("jms:queue:regiobesluit.dlq") String deadLetterUri,
            @DefaultValue("regiobesluit-routing") String idempotencyStore) {
    }

    /** Redelivery when Alfresco (or the mail server) is unavailable, before the dead-letter queue. */
    public record Redelivery(
            @DefaultValue("6") int maximumRedeliveries,
            @DefaultValue("2s") Duration delay,
            @DefaultValue("2.0") double backOffMultiplier,
            @DefaultValue("2m") Duration maximumDelay) {
    }

    /** Outgoing e-mail (a Camel mail endpoint URI without recipients). */
    public record Mail(
            @DefaultValue("smtp://localhost:25") String uri,
            @DefaultValue("regiobesluit@localhost") String from) {
    }

    /** The scheduled deadline check. */
    public record Deadline(
            @DefaultValue("1h") Duration checkInterval,
            @DefaultValue("1m") Duration initialDelay) {
    }

    /** The region: its bodies, municipalities and themes. */
    public record Region(
            @DefaultValue("Regio") String name,
            @DefaultValue("regiogriffier@localhost") String regiogriffier,
            @DefaultValue Committee committee,
            @DefaultValue("") String decisionRecordFolder,
            @DefaultValue("REGIONAL_COMMITTEE") CooperationModel cooperationModel,
            @DefaultValue("P2M") Period deadline,
            @DefaultValue("A") String weightingScheme,
            @DefaultValue("majority") String decisionRule,
            Map<String, Municipality> municipalities,
            Map<String, Theme> themes,
            @DefaultValue Composition composition,
            List<Composition> compositions) {

        /** The compositions over time: the list when one is configured, else the single composition. */
        public List<Composition> compositionHistory() {
            return compositions == null || compositions.isEmpty() ? List.of(composition) : compositions;
        }

        public Map<String, Municipality> municipalities() {
            return municipalities == null ? Map.of() : municipalities;
        }

        public Map<String, Theme> themes() {
            return themes == null ? Map.of() : themes;
        }

        public Optional<Theme> theme(String name) {
            if (name == null) {
                return Optional.empty();
            }
            return themes().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
        }
    }

    /** The regiocommissie (or regioraad): its griffie's address and the folder for its agenda items. */
    public record Committee(
            @DefaultValue("regiocommissie@localhost") String griffie,
            @DefaultValue("") String agendaFolder) {
    }

    /** A participating municipality: where its council's decisions live and whom to tell. */
    public record Municipality(String councilFolder, String griffie) {
    }

    /** Per-theme overrides; anything left out falls back to the region's setting. */
    public record Theme(List<String> participants, Period deadline, CooperationModel cooperationModel,
                        String weightingScheme, String decisionRule) {
    }

    /**
     * Where the composition of councils (seats, votes) lives: a CSV in the Data Dictionary (a path below Company
     * Home), or a file; {@code validFrom} is the day it holds from (empty: from the beginning).
     */
    public record Composition(
            @DefaultValue("DATA_DICTIONARY") Source source,
            @DefaultValue("Data Dictionary/Regiobesluit/composition.csv") String location,
            java.time.LocalDate validFrom) {
        public enum Source { DATA_DICTIONARY, FILE }
    }
}
