package vn.doingoai.commons.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A test profile for a hung agreement-service: its calls time out after 1 s and its circuit opens
 * after two failures and stays open 2 s, so a test sees a timeout, an open circuit and a recovery
 * in seconds.
 */
public class ShortCallTimeouts implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("doingoai.calls.agreement-service.timeout", "1s",
                "quarkus.rest-client.agreement.read-timeout", "1000",
                "doingoai.calls.agreement-service.circuit.window", "2",
                "doingoai.calls.agreement-service.circuit.open-for", "2s");
    }
}
