package vn.doingoai.commons.personaldata;

import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals personal data for storage with AES-256-GCM: a fresh 96-bit nonce per value, a 128-bit tag,
 * and what the value is (its purpose) as associated data, so a sealed passport number cannot be
 * passed off as a date of birth. A sealed value is {@code pd1:<key id>:<base64url(nonce ‖ ciphertext ‖ tag)>},
 * so the key that opens it travels with it and keys are rotated by re-sealing. A value without the
 * prefix was stored before sealing existed and is read as it is until it is re-sealed.
 * <p>
 * A blind index ({@code <index key id>:<base64url(HMAC-SHA256)>}) recognises a value without
 * opening anything: the same value, compared without spaces and case, always has the same index
 * under one key, and nobody without the key can compute it, so a stolen database cannot be searched
 * for a known passport.
 */
@Singleton
@Unremovable
public class PersonalDataCipher {

    public static final String PREFIX = "pd1:";
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9-]{1,16}");
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKeySpec> keys;
    private final String currentKey;
    private final Map<String, SecretKeySpec> indexKeys;
    private final String currentIndexKey;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(PersonalDataConfig config) {
        this.keys = keys(config.keys(), "keys", "AES");
        this.currentKey = current(config.currentKey(), keys, "current-key");
        this.indexKeys = keys(config.indexKeys(), "index-keys", "HmacSHA256");
        this.currentIndexKey = current(config.currentIndexKey(), indexKeys, "current-index-key");
    }

    /** The value sealed with the current key; {@code null} stays {@code null}. */
    public String seal(String plaintext, String purpose) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKey), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + currentKey + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    /** The plaintext of a stored value; a value stored before sealing existed is returned as it is. */
    public String open(String stored, String purpose) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        String id = colon < 0 ? "" : stored.substring(PREFIX.length(), colon);
        SecretKeySpec key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("a stored value is sealed with key " + id
                    + ", which doingoai.personal-data.keys does not hold");
        }
        try {
            byte[] all = Base64.getUrlDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored " + purpose + " cannot be opened with key " + id
                    + " (altered, or sealed for another purpose)", e);
        }
    }

    /** What every value sealed with the current key starts with (a LIKE prefix: key ids hold no wildcard). */
    public String currentPrefix() {
        return PREFIX + currentKey + ":";
    }

    /** What every index made with the current index key starts with. */
    public String currentIndexPrefix() {
        return currentIndexKey + ":";
    }

    /** The value's index under the current index key; {@code null} stays {@code null}. */
    public String blindIndex(String value) {
        return value == null ? null : currentIndexKey + ":" + hmac(indexKeys.get(currentIndexKey), value);
    }

    /** The value's index under every index key in use, for a lookup while indexes are being recomputed. */
    public List<String> blindIndexes(String value) {
        return indexKeys.entrySet().stream().map(k -> k.getKey() + ":" + hmac(k.getValue(), value)).toList();
    }

    private static String hmac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            String normal = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("indexing failed", e);
        }
    }

    private static Map<String, SecretKeySpec> keys(Optional<List<String>> entries, String name, String algorithm) {
        if (entries.isEmpty() || entries.get().isEmpty()) {
            throw notSet(name);
        }
        Map<String, SecretKeySpec> byId = new LinkedHashMap<>();
        for (String entry : entries.get()) {
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon).strip();
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException("doingoai.personal-data." + name + ": each entry is id:base64, the id 1–16 "
                        + "letters, digits or dashes");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("doingoai.personal-data." + name + ": key " + id + " is not base64");
            }
            if (algorithm.equals("AES") ? key.length != 32 : key.length < 32) {
                throw new IllegalStateException("doingoai.personal-data." + name + ": key " + id + " must be 32 bytes"
                        + (algorithm.equals("AES") ? "" : " or more"));
            }
            byId.put(id, new SecretKeySpec(key, algorithm));
        }
        return byId;
    }

    private static String current(Optional<String> id, Map<String, SecretKeySpec> keys, String name) {
        if (id.isEmpty() || id.get().isBlank()) {
            throw notSet(name);
        }
        if (!keys.containsKey(id.get())) {
            throw new IllegalStateException("doingoai.personal-data." + name + " names a key that is not configured");
        }
        return id.get();
    }

    private static IllegalStateException notSet(String name) {
        return new IllegalStateException("doingoai.personal-data." + name + " is not set: personal data is never stored "
                + "readable (docs/operations.md, \"Personal data\")");
    }
}
