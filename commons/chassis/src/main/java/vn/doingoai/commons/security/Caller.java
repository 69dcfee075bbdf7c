package vn.doingoai.commons.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read once from the validated token: subject, client, roles, and the province
 * (national two-digit code in the {@code province} claim) whose data the caller works on.
 */
@RequestScoped
public class Caller {

    public static final String PROVINCE_CLAIM = "province";
    public static final String UNIT_CLAIM = "unit";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String subject() {
        return token.getSubject();
    }

    /** Who acted, for audit fields: the user name, or the service account's, or the subject. */
    public String name() {
        String username = token.getClaim("preferred_username");
        return username != null && !username.isBlank() ? username : subject();
    }

    /** The OAuth client the token was issued to; machine callers are told apart by it. */
    public Optional<String> clientId() {
        return Optional.ofNullable((String) token.getClaim("azp")).or(() -> Optional.ofNullable(token.getClaim("client_id")));
    }

    public Optional<String> province() {
        return claim(PROVINCE_CLAIM);
    }

    public Optional<String> unit() {
        return claim(UNIT_CLAIM);
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Central bodies read across provinces. */
    public boolean isCentral() {
        return identity.hasRole(Roles.CENTRAL_AUDITOR);
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof jakarta.json.JsonString json ? json.getString() : value.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
