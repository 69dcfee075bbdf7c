package vn.doingoai.gateway.limits;

import vn.doingoai.commons.i18n.Text;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemWriter;
import vn.doingoai.gateway.config.GatewayConfig;
import vn.doingoai.commons.security.VerifiedTokens;

/**
 * Rate limits at the edge: requests without a token, and requests whose token is refused, by
 * source address (an address out of budget is refused before any signature check); requests with
 * a valid token by client and subject, per route (see the proxy routes). Every answer under a limit says where the caller stands
 * ({@code RateLimit-Policy}, {@code RateLimit-Limit}, {@code RateLimit-Remaining},
 * {@code RateLimit-Reset}); a refusal is 429 problem+json with {@code Retry-After}.
 */
@ApplicationScoped
public class RateLimits {

    private final GatewayConfig.RateLimits config;
    private final RateLimit anonymous;
    private final RateLimiter limiter;
    private final ProblemWriter problems;
    private final VerifiedTokens verified;

    public RateLimits(GatewayConfig gateway, ProblemWriter problems, VerifiedTokens verified) {
        this.verified = verified;
        this.config = gateway.rateLimits();
        this.anonymous = RateLimit.parse("gateway.rate-limits.anonymous", config.anonymous());
        this.limiter = new RateLimiter(config.maxKeys(), System::nanoTime);
        this.problems = problems;
    }

    void install(@Observes Router router, Vertx vertx) {
        if (!config.enabled()) {
            return;
        }
        vertx.setPeriodic(60_000, id -> limiter.forgetFull());
        router.route().order(Integer.MIN_VALUE + 210).handler(rc -> {
            String path = rc.request().path();
            if (path.startsWith("/q/health")) {
                rc.next();
                return;
            }
            String address = "address:" + (rc.request().remoteAddress() == null ? "unknown"
                    : rc.request().remoteAddress().hostAddress());
            if (rc.request().getHeader("Authorization") == null) {
                if (admit(rc, address, anonymous)) {
                    rc.next();
                }
                return;
            }
            // A refused token is counted against the address once it is refused. An address out of
            // budget gets its signature checks no more: only tokens this gateway has already verified
            // pass, so a flood of forged tokens is limited like a flood without any, while the
            // people who share the address keep working with the tokens they hold.
            RateLimiter.Decision standing = limiter.peek(address, anonymous);
            if (!standing.allowed() && !alreadyVerified(rc.request().getHeader("Authorization"))) {
                answer(rc, standing);
                return;
            }
            rc.addHeadersEndHandler(ended -> {
                if (rc.response().getStatusCode() == 401) {
                    limiter.take(address, anonymous);
                }
            });
            rc.next();
        });
    }

    private boolean alreadyVerified(String authorization) {
        return authorization.length() > 7 && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && verified.lookup(authorization.substring(7).trim(), System.currentTimeMillis() / 1000) != null;
    }

    /**
     * Takes one request from the key's bucket and puts the headers on the answer; when the bucket
     * is empty, answers 429 and returns false.
     */
    public boolean admit(RoutingContext rc, String key, RateLimit limit) {
        if (!config.enabled()) {
            return true;
        }
        return answer(rc, limiter.take(key, limit));
    }

    private boolean answer(RoutingContext rc, RateLimiter.Decision decision) {
        RateLimit limit = decision.limit();
        HttpServerResponse response = rc.response();
        response.putHeader("RateLimit-Policy", limit.policy())
                .putHeader("RateLimit-Limit", Long.toString(limit.requests()))
                .putHeader("RateLimit-Remaining", Long.toString(decision.remaining()))
                .putHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (decision.allowed()) {
            return true;
        }
        response.putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        problems.write(rc, ProblemCode.RATE_LIMITED, Text.of("gateway.rate-limited",
                "More than {0} requests in {1} s; try again in {2} s.", limit.requests(), limit.period().toSeconds(),
                decision.retryAfterSeconds()));
        return false;
    }
}
