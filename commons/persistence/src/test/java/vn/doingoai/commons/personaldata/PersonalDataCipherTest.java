package vn.doingoai.commons.personaldata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    static final String K2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    static PersonalDataCipher cipher(List<String> keys, String current, List<String> indexKeys, String currentIndex) {
        return new PersonalDataCipher(new PersonalDataConfig() {
            public Optional<List<String>> keys() {
                return Optional.of(keys);
            }

            public Optional<String> currentKey() {
                return Optional.of(current);
            }

            public Optional<List<String>> indexKeys() {
                return Optional.of(indexKeys);
            }

            public Optional<String> currentIndexKey() {
                return Optional.of(currentIndex);
            }
        });
    }

    @Test
    void aSealedValueNamesItsKeyRevealsNothingAndOpensOnlyForItsPurpose() {
        PersonalDataCipher cipher = cipher(List.of("k1:" + K1), "k1", List.of("i1:" + K1), "i1");
        String sealed = cipher.seal("B1234567", "text");
        assertTrue(sealed.startsWith("pd1:k1:"), sealed);
        assertFalse(sealed.contains("B1234567"));
        assertNotEquals(sealed, cipher.seal("B1234567", "text"), "a fresh nonce each time");
        assertEquals("B1234567", cipher.open(sealed, "text"));
        assertThrows(IllegalStateException.class, () -> cipher.open(sealed, "date"));
        String tampered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "BA" : "AA");
        assertThrows(IllegalStateException.class, () -> cipher.open(tampered, "text"));
        assertEquals("B1234567", cipher.open("B1234567", "text"), "a value stored before sealing is read as it is");
    }

    @Test
    void afterRotationOldValuesStillOpenAndNewOnesUseTheNewKey() {
        PersonalDataCipher before = cipher(List.of("k1:" + K1), "k1", List.of("i1:" + K1), "i1");
        String old = before.seal("1990-05-01", "date");
        PersonalDataCipher after = cipher(List.of("k1:" + K1, "k2:" + K2), "k2", List.of("i1:" + K1, "i2:" + K2), "i2");
        assertEquals("1990-05-01", after.open(old, "date"));
        assertTrue(after.seal("x", "date").startsWith(after.currentPrefix()));
        assertFalse(old.startsWith(after.currentPrefix()));
        PersonalDataCipher withoutOld = cipher(List.of("k2:" + K2), "k2", List.of("i2:" + K2), "i2");
        assertThrows(IllegalStateException.class, () -> withoutOld.open(old, "date"));
    }

    @Test
    void theBlindIndexRecognisesAPassportWrittenDifferentlyAndOnlyWithItsKey() {
        PersonalDataCipher cipher = cipher(List.of("k1:" + K1), "k1", List.of("i1:" + K1, "i2:" + K2), "i2");
        assertEquals(cipher.blindIndex("B 123 4567"), cipher.blindIndex("b1234567"));
        assertTrue(cipher.blindIndex("B1234567").startsWith("i2:"));
        assertEquals(2, cipher.blindIndexes("B1234567").size());
        assertTrue(cipher.blindIndexes("B1234567").contains(cipher.blindIndex("B1234567")));
        assertNotEquals(cipher.blindIndexes("B1234567").get(0).substring(3), cipher.blindIndexes("B1234567").get(1).substring(3));
    }

    @Test
    void missingOrWrongSecretsStopTheStart() {
        assertThrows(IllegalStateException.class, () -> cipher(List.of(), "k1", List.of("i1:" + K1), "i1"));
        assertThrows(IllegalStateException.class, () -> cipher(List.of("k1:" + K1), "k9", List.of("i1:" + K1), "i1"));
        assertThrows(IllegalStateException.class, () -> cipher(List.of("k1:c2hvcnQ="), "k1", List.of("i1:" + K1), "i1"));
        assertThrows(IllegalStateException.class, () -> cipher(List.of("k_1:" + K1), "k_1", List.of("i1:" + K1), "i1"));
    }
}
