package vn.doingoai.commons.persistence;

import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.persistence.EntityManager;
import vn.doingoai.commons.security.Caller;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;

/**
 * Retry-safe writes ({@code Idempotency-Key}). The key is claimed by inserting a row in the same
 * transaction as the write itself: a concurrent request with the same key waits on that row and
 * then replays the stored answer, so duplicates never create two records; a write that fails
 * rolls its claim back, so the client may simply retry. Each service owns the
 * {@code idempotency_record} table through its own Flyway migration.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Caller caller;
    private final CurrentVertxRequest current;

    public Idempotency(EntityManager em, ObjectMapper mapper, Caller caller, CurrentVertxRequest current) {
        this.em = em;
        this.mapper = mapper;
        this.caller = caller;
        this.current = current;
    }

    /**
     * {@link #execute(String, String, String, String, Object, Supplier)} for the request being
     * answered: keys belong to its caller, and the method and path are part of what a key names.
     */
    public Response execute(String key, Object request, Supplier<Response> write) {
        io.vertx.core.http.HttpServerRequest http = current.getCurrent().request();
        return execute(key, caller.subject(), http.method().name(), current.getCurrent().normalizedPath(), request, write);
    }

    /**
     * Runs {@code write} once per caller and key; the same key with the same request answers what
     * the first did (status, body, Location, ETag); with a different request, 422.
     *
     * @param request what identifies the request's content (the parsed body); compared by its JSON
     */
    @Transactional
    public Response execute(String key, String caller, String method, String path, Object request,
            Supplier<Response> write) {
        if (key == null) {
            return write.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.validation(List.of(new InvalidField(HEADER, "FORMAT",
                    Text.of("persistence.idempotency-key-format", "1 to 200 visible ASCII characters, e.g. a UUID."))));
        }
        String hash = fingerprint(method, path, request);
        int claimed = em.createNativeQuery("""
                insert into idempotency_record (caller, idem_key, request_hash, created_at)
                values (:caller, :key, :hash, now()) on conflict do nothing""")
                .setParameter("caller", caller).setParameter("key", key).setParameter("hash", hash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(key, caller, hash);
        }
        Response response = write.get();
        em.createNativeQuery("""
                update idempotency_record
                   set status = :status, response_body = :body, location = :location, etag = :etag
                 where caller = :caller and idem_key = :key""")
                .setParameter("status", response.getStatus())
                .setParameter("body", json(response.getEntity()))
                .setParameter("location", response.getHeaderString(HttpHeaders.LOCATION))
                .setParameter("etag", response.getHeaderString(HttpHeaders.ETAG))
                .setParameter("caller", caller).setParameter("key", key)
                .executeUpdate();
        return response;
    }

    private Response replay(String key, String caller, String hash) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select request_hash, status, response_body, location, etag
                  from idempotency_record where caller = :caller and idem_key = :key""")
                .setParameter("caller", caller).setParameter("key", key)
                .getSingleResult();
        if (!hash.equals(row[0])) {
            throw new ProblemException(ProblemCode.IDEMPOTENCY_KEY_REUSED,
                    Text.of("persistence.idempotency-key-reused",
                    "This Idempotency-Key was used for a different request; use a new key for a new request."));
        }
        if (row[1] == null) {
            throw new ProblemException(ProblemCode.CONFLICT, Text.of("persistence.idempotency-key-running", "A request with this Idempotency-Key is still running."));
        }
        Response.ResponseBuilder answer = Response.status(((Number) row[1]).intValue())
                .header(REPLAYED_HEADER, "true");
        if (row[2] != null) {
            answer.entity(((String) row[2]).getBytes(StandardCharsets.UTF_8)).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (row[3] != null) {
            answer.header(HttpHeaders.LOCATION, row[3]);
        }
        if (row[4] != null) {
            answer.header(HttpHeaders.ETAG, row[4]);
        }
        return answer.build();
    }

    private String fingerprint(String method, String path, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
