package vn.doingoai.commons.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.testing.MessageCatalogueCheck;

class CallsTest {

    @Test
    void everyMessageOfThisModuleHasItsVietnameseWording() {
        MessageCatalogueCheck.assertComplete(Path.of(""));
    }

    @Test
    void aReadIsTriedAgainOnlyWhenTheServiceWasNotReachedOrSaidItCouldNot() {
        assertTrue(Guards.worthAnotherTry(new ProcessingException(new ConnectException("refused"))));
        assertTrue(Guards.worthAnotherTry(new WebApplicationException(503)));
        assertFalse(Guards.worthAnotherTry(new ProcessingException(new SocketTimeoutException("read"))));
        assertFalse(Guards.worthAnotherTry(new TimeoutException()));
        assertFalse(Guards.worthAnotherTry(new CircuitBreakerOpenException()));
        assertFalse(Guards.worthAnotherTry(new WebApplicationException(500)));
        assertFalse(Guards.worthAnotherTry(new WebApplicationException(404)));
    }

    @Test
    void onlyTheServicesOwnFailuresCountTowardsItsCircuit() {
        assertTrue(Guards.isServiceFailure(new TimeoutException()));
        assertTrue(Guards.isServiceFailure(new ProcessingException("reset")));
        assertTrue(Guards.isServiceFailure(new WebApplicationException(500)));
        assertFalse(Guards.isServiceFailure(new WebApplicationException(404)));
        assertFalse(Guards.isServiceFailure(ProblemException.validation(java.util.List.of())));
    }

    @Test
    void failuresBecomeTheDocumentedProblems() {
        assertEquals("DEPENDENCY_TIMEOUT", DependencyFailure.of("agreement-service", new TimeoutException()).code());
        assertEquals(ProblemCode.GATEWAY_TIMEOUT, DependencyFailure.of("agreement-service", new TimeoutException()).kind());
        assertEquals("DEPENDENCY_UNAVAILABLE",
                DependencyFailure.of("agreement-service", new CircuitBreakerOpenException()).code());
        assertEquals(ProblemCode.SERVICE_UNAVAILABLE,
                DependencyFailure.of("agreement-service", new WebApplicationException(500)).kind());
        ProblemException mine = ProblemException.validation(java.util.List.of());
        assertSame(mine, DependencyFailure.of("agreement-service", mine));
    }

    @Test
    void theLastGoodAnswerStandsInForAFailedRead() {
        LastGood<String> labels = new LastGood<>("agreement-service");
        assertThrows(ProblemException.class, () -> labels.or("countries", new TimeoutException()));
        labels.keep("countries", "LA=Lào");
        assertEquals("LA=Lào", labels.or("countries", new TimeoutException()));
    }
}
