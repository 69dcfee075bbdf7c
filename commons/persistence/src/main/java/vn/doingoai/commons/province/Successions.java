package vn.doingoai.commons.province;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The successions between provinces, as every service of the suite sees them. Read from the
 * service's {@link SuccessionSource}, kept for {@code doingoai.successions.keep}; when the source
 * cannot be read the last good answer is kept and the source is asked again after
 * {@code doingoai.successions.retry}, never on every request. Before anything was ever read, a
 * province has no predecessors: a caller sees less, never more.
 */
@ApplicationScoped
public class Successions {

    private static final Logger LOG = Logger.getLogger(Successions.class);

    private final SuccessionSource source;
    private final Duration keep;
    private final Duration retry;
    private final ReentrantLock reading = new ReentrantLock();
    private volatile List<Succession> known;
    private volatile Instant nextRead = Instant.EPOCH;

    public Successions(SuccessionSource source,
            @ConfigProperty(name = "doingoai.successions.keep", defaultValue = "PT5M") Duration keep,
            @ConfigProperty(name = "doingoai.successions.retry", defaultValue = "PT30S") Duration retry) {
        this.source = source;
        this.keep = keep;
        this.retry = retry;
    }

    /** The province and every province it succeeded, directly or not, by successions in effect on {@code asOf}. */
    public Set<String> lineage(String province, LocalDate asOf) {
        List<Succession> all = current();
        Set<String> codes = new TreeSet<>(Set.of(province));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Succession s : all) {
                if (s.inEffectOn(asOf) && codes.contains(s.successorCode()) && codes.add(s.predecessorCode())) {
                    grew = true;
                }
            }
        }
        return codes;
    }

    /** The province that holds this one's records on {@code asOf}: itself, or the last successor in effect by then. */
    public String successorOf(String province, LocalDate asOf) {
        List<Succession> all = current();
        String current = province;
        Set<String> seen = new TreeSet<>();
        while (seen.add(current)) {
            String from = current;
            String next = all.stream().filter(s -> s.inEffectOn(asOf) && s.predecessorCode().equals(from))
                    .map(Succession::successorCode).findFirst().orElse(null);
            if (next == null) {
                break;
            }
            current = next;
        }
        return current;
    }

    /** Reads the source again at the next question (after the owner changed a succession). */
    public void forget() {
        nextRead = Instant.EPOCH;
    }

    List<Succession> current() {
        if (Instant.now().isBefore(nextRead)) {
            return orNone();
        }
        // One reader at a time; the others go on with the last good answer. Only while nothing was
        // ever read do they wait for the reader, so that the first requests agree with the rest.
        if (known != null) {
            if (!reading.tryLock()) {
                return orNone();
            }
        } else {
            reading.lock();
        }
        try {
            if (Instant.now().isBefore(nextRead)) {
                return orNone();
            }
            try {
                known = List.copyOf(source.read());
                nextRead = Instant.now().plus(keep);
            } catch (RuntimeException e) {
                LOG.warnf("successions could not be read (%s); %s, asking again in %s s", e.toString(),
                        known == null ? "provinces have no predecessors meanwhile" : "the last good answer stands",
                        retry.toSeconds());
                nextRead = Instant.now().plus(retry);
            }
        } finally {
            reading.unlock();
        }
        return orNone();
    }

    private List<Succession> orNone() {
        List<Succession> all = known;
        return all == null ? List.of() : all;
    }
}
