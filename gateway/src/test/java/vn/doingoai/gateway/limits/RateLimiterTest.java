package vn.doingoai.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(1000, now::get);
    private final RateLimit sixPerMinute = RateLimit.parse("test", "6/1m");

    @Test
    void aClientBurstsToTheLimitThenGoesAtTheSustainedRate() {
        for (int i = 5; i >= 0; i--) {
            RateLimiter.Decision d = limiter.take("client:a", sixPerMinute);
            assertTrue(d.allowed());
            assertEquals(i, d.remaining());
        }
        RateLimiter.Decision refused = limiter.take("client:a", sixPerMinute);
        assertFalse(refused.allowed());
        assertEquals(10, refused.retryAfterSeconds(), "one request every 10 s");
        assertEquals(60, refused.resetSeconds());
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertTrue(limiter.take("client:a", sixPerMinute).allowed());
        assertFalse(limiter.take("client:a", sixPerMinute).allowed());
        assertTrue(limiter.take("client:b", sixPerMinute).allowed(), "another client has its own bucket");
    }

    @Test
    void fullBucketsAreForgottenAndKeysStayBounded() {
        RateLimiter small = new RateLimiter(10, now::get);
        for (int i = 0; i < 50; i++) {
            small.take("address:" + i, sixPerMinute);
        }
        assertTrue(small.size() <= 10, "a flood of addresses cannot grow the table past its bound");
        now.addAndGet(Duration.ofMinutes(1).toNanos());
        small.forgetFull();
        assertEquals(0, small.size());
    }

    @Test
    void limitsAreWrittenRequestsPerPeriod() {
        assertEquals(new RateLimit(1200, Duration.ofMinutes(1)), RateLimit.parse("p", "1200/1m"));
        assertEquals("10;w=1", RateLimit.parse("p", "10 / 1s").policy());
        assertThrows(IllegalArgumentException.class, () -> RateLimit.parse("p", "fast"));
        assertThrows(IllegalArgumentException.class, () -> RateLimit.parse("p", "0/1m"));
    }
}
