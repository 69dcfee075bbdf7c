package vn.doingoai.commons.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.doingoai.commons.problem.ProblemException;

class ETagsTest {

    @Test
    void missingIfMatchIs428() {
        assertEquals(428, assertThrows(ProblemException.class, () -> ETags.requireMatch(null, 3)).status());
        assertEquals(428, assertThrows(ProblemException.class, () -> ETags.requireMatch(" ", 3)).status());
    }

    @Test
    void staleIfMatchIs412() {
        assertEquals(412, assertThrows(ProblemException.class, () -> ETags.requireMatch("\"2\"", 3)).status());
    }

    @Test
    void aWildcardNamesNoVersionAndIs428() {
        // RFC 9110 would let * match any version; a change here must name the one it was made on.
        assertEquals(428, assertThrows(ProblemException.class, () -> ETags.requireMatch("*", 3)).status());
        assertEquals(428, assertThrows(ProblemException.class, () -> ETags.requireMatch(" * ", "\"abc\"")).status());
    }

    @Test
    void currentVersionPassesAloneOrInAList() {
        assertDoesNotThrow(() -> ETags.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("\"1\", \"3\"", 3));
    }

    @Test
    void aWeakTagNeverMatches() {
        ProblemException weak = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> ETags.requireMatch("W/\"3\"", 3));
        org.junit.jupiter.api.Assertions.assertEquals(412, weak.status());
        org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> ETags.requireMatch("W/\"abc\"", "\"abc\""));
    }
}
