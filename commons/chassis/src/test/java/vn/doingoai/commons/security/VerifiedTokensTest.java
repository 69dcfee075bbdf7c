package vn.doingoai.commons.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final long NOW = 1_800_000_000L;

    private static SecurityIdentity identity(String raw, long exp) {
        JsonWebToken jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return "th.officer";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @SuppressWarnings("unchecked")
            @Override
            public <T> T getClaim(String claimName) {
                return "exp".equals(claimName) ? (T) Long.valueOf(exp) : null;
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).addRole("officer")
                .addCredential(new TokenCredential(raw, "bearer")).build();
    }

    private static VerifiedTokens cache(int size) {
        return new VerifiedTokens(size, 30);
    }

    @Test
    void aVerifiedTokenIsAnsweredFromMemoryUntilItExpiresWithTheGrace() {
        VerifiedTokens tokens = cache(100);
        SecurityIdentity identity = identity("token-a", NOW + 300);
        tokens.augment(identity, null).await().atMost(Duration.ofSeconds(1));
        assertSame(identity, tokens.lookup("token-a", NOW));
        assertSame(identity, tokens.lookup("token-a", NOW + 330), "within the 30 s grace");
        assertNull(tokens.lookup("token-a", NOW + 331), "expired: back to a full check");
        assertNull(tokens.lookup("token-a", NOW), "and forgotten");
        assertNull(tokens.lookup("token-b", NOW), "only the identical token is answered");
    }

    @Test
    void theCacheStaysBoundedAndCanBeSwitchedOff() {
        VerifiedTokens tokens = cache(10);
        for (int i = 0; i < 25; i++) {
            tokens.augment(identity("t" + i, NOW + 300), null).await().atMost(Duration.ofSeconds(1));
        }
        assertEquals(true, tokens.size() <= 10);
        VerifiedTokens off = cache(0);
        off.augment(identity("t", NOW + 300), null).await().atMost(Duration.ofSeconds(1));
        assertNull(off.lookup("t", NOW));
    }
}
