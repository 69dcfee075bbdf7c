package vn.doingoai.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/** Forging JWTs with the JDK's crypto: what an attacker can make without the realm's private key. */
public final class Jwt {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder D64 = Base64.getUrlDecoder();

    private Jwt() {
    }

    public static String b64(byte[] b) {
        return B64.encodeToString(b);
    }

    public static String b64(JsonNode json) {
        return b64(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static ObjectNode header(String token) {
        return (ObjectNode) read(token.split("\\.")[0]);
    }

    public static ObjectNode payload(String token) {
        return (ObjectNode) read(token.split("\\.")[1]);
    }

    private static JsonNode read(String part) {
        try {
            return Http.JSON.readTree(D64.decode(part));
        } catch (Exception e) {
            return Http.JSON.createObjectNode();
        }
    }

    public static String unsigned(JsonNode header, JsonNode payload) {
        return b64(header) + "." + b64(payload) + ".";
    }

    public static String hs256(JsonNode header, JsonNode payload, byte[] key) {
        try {
            String input = b64(header) + "." + b64(payload);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return input + "." + b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String rs256(JsonNode header, JsonNode payload, KeyPair keys) {
        try {
            String input = b64(header) + "." + b64(payload);
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(keys.getPrivate());
            s.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + b64(s.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair newRsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The RSA public key of a JWK ({@code n}, {@code e}). */
    public static PublicKey rsaKey(JsonNode jwk) {
        try {
            BigInteger n = new BigInteger(1, D64.decode(jwk.get("n").asText()));
            BigInteger e = new BigInteger(1, D64.decode(jwk.get("e").asText()));
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e));
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static String pem(PublicKey key) {
        String b = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + b + "\n-----END PUBLIC KEY-----\n";
    }

    public static ObjectNode jwk(RSAPublicKey key, String kid) {
        ObjectNode j = Http.JSON.createObjectNode();
        j.put("kty", "RSA");
        j.put("kid", kid);
        j.put("use", "sig");
        j.put("alg", "RS256");
        j.put("n", b64(unsigned(key.getModulus())));
        j.put("e", b64(unsigned(key.getPublicExponent())));
        return j;
    }

    private static byte[] unsigned(BigInteger v) {
        byte[] b = v.toByteArray();
        if (b.length > 1 && b[0] == 0) {
            byte[] t = new byte[b.length - 1];
            System.arraycopy(b, 1, t, 0, t.length);
            return t;
        }
        return b;
    }
}
