package vn.doingoai.commons.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.InetSocketAddressConverter;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's trusted proxies must be addresses, never names: Quarkus looks a name up in DNS for
 * every request it checks, and where DNS is slow or unreachable each request waits the resolver's
 * timeout (5 s). A plain IPv6 address such as {@code ::1} is read as a host and a port, so it is a
 * name too; written as a CIDR ({@code ::1/128}) it is an address.
 */
public final class TrustedProxies {

    private static final String KEY = "quarkus.http.proxy.trusted-proxies";
    private static final Pattern DEFAULT = Pattern.compile("\\$\\{[A-Z_]+:(.*)}");
    private static final Pattern CIDR = Pattern.compile(".+/\\d+");

    private TrustedProxies() {
    }

    /** Every entry of the trusted proxies in a service's application.properties (its default, where an environment variable may replace it). */
    public static void assertAllAreAddresses(Path applicationProperties) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(applicationProperties)) {
            properties.load(reader);
        }
        String value = properties.getProperty(KEY);
        assertFalse(value == null || value.isBlank(), KEY + " is not set in " + applicationProperties);
        Matcher fallback = DEFAULT.matcher(value.strip());
        String entries = fallback.matches() ? fallback.group(1) : value;
        for (String entry : entries.split(",")) {
            String proxy = entry.strip();
            // Quarkus' own reading (TrustedProxyCheckPartConverter): a CIDR is an address range; anything
            // else is a socket address, looked up by name when it does not parse as an address.
            boolean address = CIDR.matcher(proxy).matches() || !new InetSocketAddressConverter().convert(proxy).isUnresolved();
            assertTrue(address, "trusted proxy '" + proxy + "' is looked up in DNS on every request; write it as an address or a CIDR");
        }
    }
}
