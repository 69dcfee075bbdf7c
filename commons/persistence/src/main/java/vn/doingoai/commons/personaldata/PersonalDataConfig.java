package vn.doingoai.commons.personaldata;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/**
 * The secrets that keep personal data unreadable at rest (docs/operations.md, "Personal data"):
 * the data keys by id and the one new values are sealed with; the blind-index keys by id and the
 * one new indexes are made with. They are secrets an operator keeps outside the database and its
 * backups. Optional here because only a service that stores personal data needs them;
 * {@link PersonalDataCipher} refuses to start without them.
 */
@ConfigMapping(prefix = "doingoai.personal-data")
public interface PersonalDataConfig {

    /** {@code id:base64} of each AES-256 key (32 bytes) still in use; an id is 1–16 letters, digits or dashes. */
    Optional<List<String>> keys();

    /** The id of the key new values are sealed with; values under other keys are re-sealed with it. */
    Optional<String> currentKey();

    /** {@code id:base64} of each HMAC-SHA256 key (at least 32 bytes) of the blind index still in use. */
    Optional<List<String>> indexKeys();

    /** The id of the index key new indexes are made with; the others are still looked up until recomputed. */
    Optional<String> currentIndexKey();
}
