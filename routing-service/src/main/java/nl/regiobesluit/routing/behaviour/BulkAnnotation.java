package nl.regiobesluit.routing.behaviour;

import nl.regiobesluit.routing.alfresco.AlfrescoRepository;
import nl.regiobesluit.routing.alfresco.RepoNode;
import nl.regiobesluit.routing.events.IdempotencyKeys;
import nl.regiobesluit.voting.VoteEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static nl.regiobesluit.model.RbModel.*;

/**
 * (Re)computes vote results and model-criteria metadata for every record a query finds — for importing years of
 * history, or after a new computation version. It runs the same steps as the events (so it writes only what
 * changed, refuses finalized records and never writes twice while events keep arriving), reads the query page by
 * page (memory stays flat), reports progress, and keeps a checkpoint per query so an interrupted run resumes.
 */
@Component
public class BulkAnnotation {

    private static final Logger LOG = LoggerFactory.getLogger(BulkAnnotation.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(10);

    private final AlfrescoRepository alfresco;
    private final VoteStep votes;
    private final CriteriaStep criteria;
    private final BulkCheckpoints checkpoints;
    /** The progress, in the shared database: any instance shows it, one instance runs at a time (issue 13). */
    private final BulkProgressStore progress;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "regiobesluit-bulk");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService pageWorkers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
        Thread t = new Thread(r, "regiobesluit-bulk-page");
        t.setDaemon(true);
        return t;
    });

    public BulkAnnotation(AlfrescoRepository alfresco, VoteStep votes, CriteriaStep criteria, BulkCheckpoints checkpoints,
                          BulkProgressStore progress) {
        this.progress = progress;
        this.alfresco = alfresco;
        this.votes = votes;
        this.criteria = criteria;
        this.checkpoints = checkpoints;
    }

    /** The AFTS query for the records below a folder (by its node id), or for all of them. */
    public static String query(String folderId) {
        String records = "(TYPE:\"" + TYPE_DECISION_RECORD + "\" OR ASPECT:\"" + ASPECT_VOTES + "\")";
        return folderId == null || folderId.isBlank() ? records : records + " AND ANCESTOR:\"workspace://SpacesStore/" + folderId + "\"";
    }

    public BulkProgress progress() {
        return progress.read();
    }

    /** Starts a run in the background unless one is running, in any instance; {@code fresh} ignores an earlier checkpoint. */
    public synchronized BulkProgress start(String afts, boolean fresh) {
        BulkProgress starting = new BulkProgress(afts, "RUNNING", 0, 0, 0, 0, 0, 0, 0, Instant.now(), null);
        if (!progress.claim(starting)) {
            return progress.read();
        }
        worker.submit(() -> run(afts, fresh));
        // What was started, not progress.read(): the worker may already have moved it on (or finished) by now.
        return starting;
    }

    /** Runs in the calling thread and returns the final progress (for the command line and the benchmark). */
    public BulkProgress run(String afts, boolean fresh) {
        String runKey = IdempotencyKeys.of("bulk:" + VoteEngine.VERSION + ":" + afts);
        if (fresh) {
            checkpoints.forget(runKey);
        }
        long resumedAt = checkpoints.processed(runKey);
        Instant started = Instant.now();
        Counter c = new Counter(afts, resumedAt, started);
        try {
            long total = alfresco.searchPages(afts, resumedAt, (page, matches) -> {
                if (matches != null) {
                    c.total = matches;
                }
                processPage(page, c);
                checkpoints.save(runKey, c.done);
                c.publish("RUNNING", null);
            });
            c.total = total;
            checkpoints.forget(runKey);
            c.publish("DONE", c.lastProblem);
            LOG.info("bulk: {}", progress.read().describe());
        } catch (RuntimeException e) {
            // The checkpoint stays: the next run of this query resumes after the last complete page.
            c.publish("FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
            LOG.error("bulk: stopped, resumable: {}", progress.read().describe(), e);
        }
        return progress.read();
    }

    private enum Effect { WRITTEN, UNCHANGED, REFUSED }

    /**
     * Records are independent (and locked per node), so a page is shared by a few workers; every record of the page
     * is finished before the run goes on or stops, so a failed run leaves nothing writing behind it.
     */
    private void processPage(List<RepoNode> page, Counter c) {
        List<java.util.concurrent.Callable<Effect>> tasks = page.stream()
                .map(n -> (java.util.concurrent.Callable<Effect>) () -> process(n)).toList();
        List<java.util.concurrent.Future<Effect>> results;
        try {
            results = pageWorkers.invokeAll(tasks);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        RuntimeException first = null;
        for (java.util.concurrent.Future<Effect> f : results) {
            try {
                c.count(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private Effect process(RepoNode node) {
        Effect effect = Effect.UNCHANGED;
        String proposalId = null;
        boolean proposalKnown = false;
        if (node.hasAspect(ASPECT_VOTES)) {
            VoteStep.Outcome o = votes.compute(node);
            effect = o.report() != null ? Effect.REFUSED : o.written() ? Effect.WRITTEN : Effect.UNCHANGED;
            proposalId = o.ownProposalId();
            proposalKnown = true;
        }
        if (TYPE_DECISION_RECORD.equals(node.nodeType())) {
            if (!proposalKnown) {
                List<RepoNode> proposals = alfresco.sources(node.id(), ASSOC_PROPOSAL_DECISION_RECORD);
                proposalId = proposals.isEmpty() ? null : proposals.get(0).id();
            }
            if (proposalId != null) {
                CriteriaStep.Annotation a = criteria.annotateRecord(proposalId);
                if (a.report() != null) {
                    effect = Effect.REFUSED;
                } else if (a.written() && effect == Effect.UNCHANGED) {
                    effect = Effect.WRITTEN;
                }
            }
        }
        return effect;
    }

    private final class Counter {
        final String afts;
        final Instant started;
        final long resumedAt;
        long total;
        long done;
        long written;
        long unchanged;
        long refused;
        String lastProblem;
        Instant lastLog = Instant.EPOCH;

        Counter(String afts, long resumedAt, Instant started) {
            this.afts = afts;
            this.resumedAt = resumedAt;
            this.done = resumedAt;
            this.started = started;
        }

        synchronized void count(Effect effect) {
            done++;
            switch (effect) {
                case WRITTEN -> written++;
                case UNCHANGED -> unchanged++;
                case REFUSED -> refused++;
            }
        }

        void publish(String state, String problem) {
            double seconds = Math.max(1e-3, Duration.between(started, Instant.now()).toMillis() / 1000.0);
            double rate = (done - resumedAt) / seconds;
            long known = Math.max(total, done);
            long left = rate > 0 ? (long) ((known - done) / rate) : 0;
            BulkProgress now = new BulkProgress(afts, state, known, done, written, unchanged, refused, rate, left, started, problem);
            progress.save(now);
            if (Duration.between(lastLog, Instant.now()).compareTo(LOG_EVERY) >= 0) {
                lastLog = Instant.now();
                LOG.info("bulk: {}", now.describe());
            }
        }
    }
}
