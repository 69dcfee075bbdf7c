package vn.doingoai.gateway.limits;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (a client and subject, or a source address), in this gateway's memory. Several
 * gateway instances each keep their own buckets, so the effective limit is the configured one times
 * the number of instances (docs/gateway.md).
 */
public final class RateLimiter {

    /** The answer for one request, with what the rate-limit headers say. */
    public record Decision(boolean allowed, RateLimit limit, long remaining, long resetSeconds, long retryAfterSeconds) {
    }

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final int maxKeys;
    private final LongSupplier clock;

    public RateLimiter(int maxKeys, LongSupplier clock) {
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    public Decision take(String key, RateLimit limit) {
        long now = clock.getAsLong();
        String bucketKey = key + "|" + limit.policy();
        if (buckets.size() >= maxKeys && !buckets.containsKey(bucketKey)) {
            forgetFull();
            // Still full of active keys (a flood from many addresses): drop some, in no particular
            // order; memory stays bounded and a dropped key merely starts afresh.
            Iterator<String> it = buckets.keySet().iterator();
            while (buckets.size() >= maxKeys * 9L / 10 && it.hasNext()) {
                it.next();
                it.remove();
            }
        }
        return buckets.computeIfAbsent(bucketKey, k -> new TokenBucket(limit, now)).take(now);
    }

    /** What {@link #take} would answer now, without taking anything (an unknown key is a full bucket). */
    public Decision peek(String key, RateLimit limit) {
        long now = clock.getAsLong();
        TokenBucket bucket = buckets.get(key + "|" + limit.policy());
        return (bucket != null ? bucket : new TokenBucket(limit, now)).peek(now);
    }

    /** Forgets buckets that have filled up again: they hold no state worth keeping. Run periodically. */
    public void forgetFull() {
        long now = clock.getAsLong();
        for (Iterator<TokenBucket> it = buckets.values().iterator(); it.hasNext();) {
            if (it.next().isFull(now)) {
                it.remove();
            }
        }
    }

    int size() {
        return buckets.size();
    }
}
