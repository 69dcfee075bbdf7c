package vn.doingoai.gateway.limits;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A limit written {@code requests/period}: {@code 1200/1m}, {@code 10/1s}, {@code 5000/1h}. */
public record RateLimit(long requests, Duration period) {

    private static final Pattern SPEC = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*(s|m|h)\\s*");

    public RateLimit {
        if (requests < 1 || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs at least one request in a positive period");
        }
    }

    public static RateLimit parse(String property, String spec) {
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException(property + ": write a rate limit as requests/period, e.g. 1200/1m; got " + spec);
        }
        long amount = Long.parseLong(m.group(2));
        Duration period = switch (m.group(3)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
        return new RateLimit(Long.parseLong(m.group(1)), period);
    }

    /** The {@code RateLimit-Policy} header value: {@code 1200;w=60}. */
    public String policy() {
        return requests + ";w=" + period.toSeconds();
    }
}
