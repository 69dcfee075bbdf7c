package vn.doingoai.commons.calls;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The last good answer of each reference read (holidays, successions, labels): what a client bean's
 * fallback answers while the service that owns the data cannot. Reference data changes rarely and
 * the same for every caller, so the last answer is a better one than none; answers that depend on
 * the caller or are figures are never kept here.
 */
public final class LastGood<T> {

    private static final Logger LOG = Logger.getLogger(LastGood.class);

    private final String service;
    private final Map<Object, T> answers = new ConcurrentHashMap<>();

    public LastGood(String service) {
        this.service = service;
    }

    /** Keeps an answer and returns it. */
    public T keep(Object key, T answer) {
        if (answer != null) {
            answers.put(key, answer);
        }
        return answer;
    }

    /** The last good answer, or the failure as a problem when there never was one. */
    public T or(Object key, Throwable failure) {
        T answer = answers.get(key);
        if (answer == null) {
            throw DependencyFailure.of(service, failure);
        }
        LOG.warnf("%s failed (%s); answering its last good %s", service,
                failure.toString(), key);
        return answer;
    }
}
