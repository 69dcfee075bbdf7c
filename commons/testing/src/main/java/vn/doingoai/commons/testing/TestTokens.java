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

    /**
     * A client-credentials token as Keycloak issues it to another government system's service
     * account: the client in {@code azp} and {@code client_id}, a service-account user name.
     */
    public static Builder machine(String clientId) {
        Builder builder = new Builder("service-account-" + clientId);
        builder.clientId = clientId;
        builder.machine = true;
        return builder;
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
        private Instant notBefore;
        private boolean machine;

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

        /** Makes a token not valid before the given time ({@code nbf}). */
        public Builder notBefore(Instant instant) {
            this.notBefore = instant;
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
            if (notBefore != null) {
                claims.claim("nbf", notBefore.getEpochSecond());
            }
            if (machine) {
                claims.claim("client_id", clientId);
            }
            return claims;
        }

        /** Signed with the OIDC test server's key (kid 1): a token the service must accept if the claims fit. */
        public String sign() {
            return claims().jws().keyId("1").sign("privateKey.jwk");
        }

        /** Signed with the given key under the given {@code kid}: a rotated key the issuer may or may not publish yet. */
        public String signWith(java.security.PrivateKey key, String kid) {
            return claims().jws().keyId(kid).sign(key);
        }

        /** The claims with {@code alg: none} and no signature: must be refused. */
        public String unsigned() {
            String[] parts = sign().split("\\.");
            return base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        }

        /**
         * HS256 over the claims with the issuer's public key (as PEM text) as the secret: the key
         * confusion attack on verifiers that take the algorithm from the token. Must be refused.
         */
        public String hmacWithPublicKey() {
            try {
                String[] parts = sign().split("\\.");
                String signingInput = base64Url("{\"alg\":\"HS256\",\"kid\":\"1\",\"typ\":\"JWT\"}") + "." + parts[1];
                javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
                mac.init(new javax.crypto.spec.SecretKeySpec(publicKeyPem().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        "HmacSHA256"));
                byte[] signature = mac.doFinal(signingInput.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                return signingInput + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
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

    /** A fresh 2048-bit RSA key pair, e.g. for a rotation the issuer publishes during a test. */
    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JWKS document publishing the given public keys under their kids. */
    public static String jwks(Map<String, java.security.interfaces.RSAPublicKey> keysByKid) {
        java.util.StringJoiner keys = new java.util.StringJoiner(",", "{\"keys\":[", "]}");
        keysByKid.forEach((kid, key) -> keys.add("{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + kid
                + "\",\"n\":\"" + unsigned(key.getModulus()) + "\",\"e\":\"" + unsigned(key.getPublicExponent()) + "\"}"));
        return keys.toString();
    }

    /** The OIDC test server's published key (kid 1), read from its JWK. */
    public static java.security.interfaces.RSAPublicKey publishedKey() {
        try (java.io.InputStream in = TestTokens.class.getClassLoader().getResourceAsStream("publicKey.jwk")) {
            String jwk = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            java.math.BigInteger n = new java.math.BigInteger(1, java.util.Base64.getUrlDecoder().decode(member(jwk, "n")));
            java.math.BigInteger e = new java.math.BigInteger(1, java.util.Base64.getUrlDecoder().decode(member(jwk, "e")));
            return (java.security.interfaces.RSAPublicKey) java.security.KeyFactory.getInstance("RSA")
                    .generatePublic(new java.security.spec.RSAPublicKeySpec(n, e));
        } catch (java.io.IOException | java.security.GeneralSecurityException ex) {
            throw new IllegalStateException("the OIDC test server's publicKey.jwk is on the test classpath", ex);
        }
    }

    static String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .encodeToString(publishedKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static String member(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in the JWK");
        }
        return m.group(1);
    }

    private static String unsigned(java.math.BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String base64Url(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
