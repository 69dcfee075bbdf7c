package vn.doingoai.gateway.limits;

/**
 * A bucket holding up to {@code limit.requests()} tokens, refilled evenly over {@code limit.period()}:
 * a client may burst up to the limit and then goes at the sustained rate. Time is passed in so the
 * arithmetic is testable without waiting.
 */
final class TokenBucket {

    private final RateLimit limit;
    private final double tokensPerNano;
    private double tokens;
    private long updatedNanos;

    TokenBucket(RateLimit limit, long nowNanos) {
        this.limit = limit;
        this.tokensPerNano = (double) limit.requests() / limit.period().toNanos();
        this.tokens = limit.requests();
        this.updatedNanos = nowNanos;
    }

    synchronized RateLimiter.Decision take(long nowNanos) {
        refill(nowNanos);
        boolean allowed = tokens >= 1;
        if (allowed) {
            tokens -= 1;
        }
        long remaining = (long) Math.floor(tokens);
        long untilFull = seconds((limit.requests() - tokens) / tokensPerNano);
        long untilNext = allowed ? 0 : Math.max(1, seconds((1 - tokens) / tokensPerNano));
        return new RateLimiter.Decision(allowed, limit, remaining, untilFull, untilNext);
    }

    /** What {@link #take} would answer now, without taking anything. */
    synchronized RateLimiter.Decision peek(long nowNanos) {
        refill(nowNanos);
        boolean allowed = tokens >= 1;
        long untilFull = seconds((limit.requests() - tokens) / tokensPerNano);
        long untilNext = allowed ? 0 : Math.max(1, seconds((1 - tokens) / tokensPerNano));
        return new RateLimiter.Decision(allowed, limit, (long) Math.floor(tokens), untilFull, untilNext);
    }

    /** Whether the bucket is full again at this time, i.e. forgetting it changes nothing. */
    synchronized boolean isFull(long nowNanos) {
        refill(nowNanos);
        return tokens >= limit.requests();
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - updatedNanos;
        if (elapsed > 0) {
            tokens = Math.min(limit.requests(), tokens + elapsed * tokensPerNano);
            updatedNanos = nowNanos;
        }
    }

    private static long seconds(double nanos) {
        return (long) Math.ceil(nanos / 1_000_000_000d);
    }
}
