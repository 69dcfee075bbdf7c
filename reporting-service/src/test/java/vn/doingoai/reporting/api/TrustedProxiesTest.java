package vn.doingoai.reporting.api;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.TrustedProxies;

/** The gateway's addresses, trusted for X-Forwarded-*, are addresses: a name costs a DNS lookup on every request. */
class TrustedProxiesTest {

    @Test
    void trustedProxiesNeedNoDnsLookup() throws IOException {
        TrustedProxies.assertAllAreAddresses(Path.of("src/main/resources/application.properties"));
    }
}
