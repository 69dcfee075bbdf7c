package vn.doingoai.commons.security;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tokens this application has already verified, with the identity they gave, until they expire. A
 * frontend or another system sends the same token many times in its few minutes of life; checking
 * its RS256 signature once instead of on every request was a third of the gateway's CPU and a
 * tenth of a service's on a GET. Keyed by the whole token, so a cached answer is only ever reused
 * for the identical signed bytes, and expiry is checked on every use with the same grace as the
 * first check. The identity is the finished one: no augmentor here depends on the request.
 */
@ApplicationScoped
public class VerifiedTokens implements SecurityIdentityAugmentor {

    private record Verified(SecurityIdentity identity, long expiresAtEpochSecond) {
    }

    private final Map<String, Verified> byToken = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final long graceSeconds;

    public VerifiedTokens(@ConfigProperty(name = "doingoai.verified-token-cache-size", defaultValue = "10000") int maxEntries,
            @ConfigProperty(name = "quarkus.oidc.token.lifespan-grace", defaultValue = "0") long graceSeconds) {
        this.maxEntries = maxEntries;
        this.graceSeconds = graceSeconds;
    }

    /** The identity a still-valid token gave when it was verified, or {@code null}. */
    public SecurityIdentity lookup(String token, long nowEpochSecond) {
        Verified verified = byToken.get(token);
        if (verified == null) {
            return null;
        }
        if (nowEpochSecond > verified.expiresAtEpochSecond() + graceSeconds) {
            byToken.remove(token);
            return null;
        }
        return verified.identity();
    }

    /** Runs after quarkus-oidc has verified a token: remembers what it gave. */
    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (maxEntries > 0 && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getExpirationTime() > 0) {
            TokenCredential credential = identity.getCredential(TokenCredential.class);
            if (credential != null) {
                if (byToken.size() >= maxEntries) {
                    evict(System.currentTimeMillis() / 1000);
                }
                byToken.put(credential.getToken(), new Verified(identity, jwt.getExpirationTime()));
            }
        }
        return Uni.createFrom().item(identity);
    }

    @Override
    public int priority() {
        // After every other augmentor, so the cached identity is the finished one.
        return Integer.MIN_VALUE;
    }

    private void evict(long now) {
        for (Iterator<Verified> it = byToken.values().iterator(); it.hasNext();) {
            if (now > it.next().expiresAtEpochSecond() + graceSeconds) {
                it.remove();
            }
        }
        if (byToken.size() >= maxEntries) {
            byToken.clear();
        }
    }

    int size() {
        return byToken.size();
    }
}
