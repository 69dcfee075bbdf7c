package vn.doingoai.commons.province;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The one rule for successions: effective dates, the last good answer kept, a bounded retry, never wider when unknown. */
class SuccessionsTest {

    private static final Succession THAI_BINH = new Succession("34", "33", LocalDate.of(2025, 7, 1));
    private static final Succession FUTURE = new Succession("96", "33", LocalDate.of(2030, 1, 1));

    /** A source whose answer the test sets: a list, or null for "cannot be read". */
    private static final class Source implements SuccessionSource {
        final AtomicReference<List<Succession>> answer = new AtomicReference<>();
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public List<Succession> read() {
            reads.incrementAndGet();
            List<Succession> now = answer.get();
            if (now == null) {
                throw new IllegalStateException("agreement-service cannot be reached");
            }
            return now;
        }
    }

    @Test
    void aSuccessionCountsFromItsEffectiveDay() {
        Source source = new Source();
        source.answer.set(List.of(THAI_BINH, FUTURE));
        Successions successions = new Successions(source, Duration.ofMinutes(5), Duration.ofSeconds(30));
        assertEquals(Set.of("33"), successions.lineage("33", LocalDate.of(2025, 6, 30)));
        assertEquals(Set.of("33", "34"), successions.lineage("33", LocalDate.of(2025, 7, 1)));
        assertEquals(Set.of("33", "34", "96"), successions.lineage("33", LocalDate.of(2030, 1, 1)));
        assertEquals("34", successions.successorOf("34", LocalDate.of(2025, 6, 30)));
        assertEquals("33", successions.successorOf("34", LocalDate.of(2025, 7, 1)));
        assertEquals(1, source.reads.get(), "read once, then kept");
    }

    @Test
    void unknownMeansNoPredecessorsAndTheSourceIsNotAskedOnEveryQuestion() {
        Source source = new Source();
        Successions successions = new Successions(source, Duration.ofMinutes(5), Duration.ofMillis(300));
        LocalDate day = LocalDate.of(2026, 12, 1);
        for (int i = 0; i < 20; i++) {
            assertEquals(Set.of("33"), successions.lineage("33", day), "never wider than the caller's own province");
        }
        assertEquals(1, source.reads.get(), "one failed read, then a pause before the next");
        source.answer.set(List.of(THAI_BINH));
        awaitLineage(successions, day, Set.of("33", "34"));
        int reads = source.reads.get();
        source.answer.set(null);
        successions.forget();
        for (int i = 0; i < 20; i++) {
            assertEquals(Set.of("33", "34"), successions.lineage("33", day), "the last good answer stands");
        }
        assertEquals(reads + 1, source.reads.get(), "asked again once, then not before the retry interval");
    }

    private static void awaitLineage(Successions successions, LocalDate day, Set<String> expected) {
        Awaitility.await("the source's answer is read again").atMost(Duration.ofSeconds(5))
                .until(() -> successions.lineage("33", day), expected::equals);
    }
}
