package vn.doingoai.commons.persistence;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Forgets Idempotency-Keys after the retention period (docs/integrators.md): a retry comes within
 * minutes, and a key kept for ever is a row per write for ever. A key older than that is new again.
 */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    private final EntityManager em;
    private final Duration retention;

    public IdempotencyPurge(EntityManager em,
            @ConfigProperty(name = "doingoai.idempotency.retention", defaultValue = "P1D") Duration retention) {
        this.em = em;
        this.retention = retention;
    }

    @Scheduled(every = "${doingoai.idempotency.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        int removed = purgeOlderThan(Instant.now().minus(retention));
        if (removed > 0) {
            LOG.infof("Forgot %d Idempotency-Keys older than %s", removed, retention);
        }
    }

    /** Removes the keys claimed before the instant; answers how many. */
    @Transactional
    public int purgeOlderThan(Instant before) {
        return em.createNativeQuery("delete from idempotency_record where created_at < :before")
                .setParameter("before", java.time.OffsetDateTime.ofInstant(before, java.time.ZoneOffset.UTC))
                .executeUpdate();
    }
}
