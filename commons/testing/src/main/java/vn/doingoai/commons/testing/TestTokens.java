package vn.doingoai.commons.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Real RS256 tokens shaped like Keycloak's for the realm {@code foreign-affairs}, signed with the
 * key whose public half the OIDC test server publishes in its JWKS. A service under test checks
 * them exactly as it checks Keycloak's: signature, issuer, audience, expiry.
 */
public final class TestTokens {

    /** The issuer the OIDC test server announces in its discovery document. */
    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "foreign-affairs-api";

    private TestTokens() {
    }

    public static Builder user(String username) {
        return new Builder(username);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static final class Builder {
        private final String username;
        private final List<String> roles = new ArrayList<>();
        private String province;
        private String unit;
        private String clientId = "foreign-affairs-web";
        private String issuer = ISSUER;
        private String audience = AUDIENCE;
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(5);

        private Builder(String username) {
            this.username = username;
        }

        public Builder roles(String... names) {
            roles.addAll(List.of(names));
            return this;
        }

        public Builder province(String code) {
            this.province = code;
            return this;
        }

        public Builder unit(String code) {
            this.unit = code;
            return this;
        }

        public Builder client(String id) {
            this.clientId = id;
            return this;
        }

        public Builder issuer(String value) {
            this.issuer = value;
            return this;
        }

        public Builder audience(String value) {
            this.audience = value;
            return this;
        }

        /** Makes a token that expired the given time ago. */
        public Builder expiredSince(Duration ago) {
            this.issuedAt = Instant.now().minus(ago).minus(lifetime);
            return this;
        }

        private JwtClaimsBuilder claims() {
            JwtClaimsBuilder claims = Jwt.issuer(issuer)
                    .subject("sub-" + username)
                    .preferredUserName(username)
                    .audience(audience)
                    .issuedAt(issuedAt)
                    .expiresAt(issuedAt.plus(lifetime))
                    .claim("azp", clientId)
                    .claim("typ", "Bearer")
                    .claim("realm_access", Map.of("roles", List.copyOf(roles)));
            if (province != null) {
                claims.claim("province", province);
            }
            if (unit != null) {
                claims.claim("unit", unit);
            }
            return claims;
        }

        /** Signed with the OIDC test server's key (kid 1): a token the service must accept if the claims fit. */
        public String sign() {
            return claims().jws().keyId("1").sign("privateKey.jwk");
        }

        /** Signed with a key the issuer never published: a forgery the service must refuse. */
        public String signWithForeignKey() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                return claims().jws().keyId("1").sign(pair.getPrivate());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
