package vn.doingoai.commons.security;

import io.quarkus.oidc.common.OidcRequestFilter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds every request to Keycloak (the key set fetched again for a token signed with a key not
 * yet known, discovery): quarkus-oidc bounds only the connect, and a frozen Keycloak accepts
 * connections and answers nothing, which held such a token's request for as long as Keycloak was
 * frozen. Past the timeout the token is refused as one whose key cannot be checked (401).
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable
public class OidcRequestTimeout implements OidcRequestFilter {

    private final long timeoutMillis;

    public OidcRequestTimeout(@ConfigProperty(name = "doingoai.oidc.request-timeout", defaultValue = "PT3S")
            java.time.Duration timeout) {
        this.timeoutMillis = timeout.toMillis();
    }

    @Override
    public void filter(OidcRequestContext context) {
        org.jboss.logging.Logger.getLogger(OidcRequestTimeout.class).debugf("OIDC request bounded to %d ms", timeoutMillis);
        context.request().timeout(timeoutMillis);
    }
}
