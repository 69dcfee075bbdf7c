package vn.doingoai.commons.calls;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;
import org.jboss.logging.MDC;
import vn.doingoai.commons.web.RequestIds;

/**
 * What every call to another service carries: the caller's own token, so that the called service
 * applies its own scoping to the caller, and the request id, so that one request is one id in every
 * log. Registered on each REST interface with {@code @RegisterClientHeaders(CallerHeaders.class)}.
 */
@ApplicationScoped
public class CallerHeaders implements ClientHeadersFactory {

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        String token = callersToken();
        if (token != null) {
            headers.putSingle("Authorization", "Bearer " + token);
        }
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        if (requestId != null) {
            headers.putSingle(RequestIds.HEADER, requestId.toString());
        }
        return headers;
    }

    private static String callersToken() {
        if (!Arc.container().requestContext().isActive()) {
            return null; // a job of the service's own, not a caller's request
        }
        try (InstanceHandle<JsonWebToken> token = Arc.container().instance(JsonWebToken.class)) {
            return token.isAvailable() ? token.get().getRawToken() : null;
        }
    }
}
