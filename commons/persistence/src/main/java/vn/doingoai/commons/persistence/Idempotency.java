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
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.doingoai.commons.personaldata.PersonalDataCipher;

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

    private static final Logger LOG = Logger.getLogger(Idempotency.class);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    /** What the stored answers are sealed for, when the service seals personal data. */
    public static final String SEALED_ANSWER = "idempotency-answer";
    /** A claim without an answer this old belongs to a request that can no longer finish. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Caller caller;
    private final CurrentVertxRequest current;
    private final Instance<PersonalDataCipher> cipher;
    private final boolean sealAnswers;

    /**
     * A service that seals personal data ({@code doingoai.personal-data.current-key} set) seals the
     * answers kept for replay too: they hold what the write returned, passport numbers included.
     */
    public Idempotency(EntityManager em, ObjectMapper mapper, Caller caller, CurrentVertxRequest current,
            Instance<PersonalDataCipher> cipher,
            @ConfigProperty(name = "doingoai.personal-data.current-key")
            Optional<String> sealing) {
        this.em = em;
        this.mapper = mapper;
        this.caller = caller;
        this.current = current;
        this.cipher = cipher;
        this.sealAnswers = sealing.filter(k -> !k.isBlank()).isPresent();
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
        if (claimed == 0 && takeOverAbandoned(key, caller, hash)) {
            claimed = 1;
        }
        if (claimed == 0) {
            return replay(key, caller, hash);
        }
        Response response = write.get();
        em.createNativeQuery("""
                update idempotency_record
                   set status = :status, response_body = :body, location = :location, etag = :etag
                 where caller = :caller and idem_key = :key""")
                .setParameter("status", response.getStatus())
                .setParameter("body", seal(json(response.getEntity())))
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
            answer.entity(open((String) row[2]).getBytes(StandardCharsets.UTF_8)).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (row[3] != null) {
            answer.header(HttpHeaders.LOCATION, row[3]);
        }
        if (row[4] != null) {
            answer.header(HttpHeaders.ETAG, row[4]);
        }
        return answer.build();
    }

    /**
     * A claim left without an answer for longer than any request runs (its request died with its
     * process, or its transaction was cut): the key is the retry's, not "still running" for ever.
     */
    private boolean takeOverAbandoned(String key, String caller, String hash) {
        int taken = em.createNativeQuery("""
                update idempotency_record set created_at = now()
                 where caller = :caller and idem_key = :key and request_hash = :hash and status is null
                   and created_at < now() - make_interval(secs => :seconds)""")
                .setParameter("caller", caller).setParameter("key", key).setParameter("hash", hash)
                .setParameter("seconds", (double) ABANDONED_AFTER.toSeconds()).executeUpdate();
        if (taken > 0) {
            LOG.warnf(
                    "Idempotency-Key %s of %s had no answer after %s: its request is taken as lost and runs again", key,
                    caller, ABANDONED_AFTER);
        }
        return taken > 0;
    }

    private String seal(String body) {
        return body == null || !sealAnswers ? body : cipher.get().seal(body, SEALED_ANSWER);
    }

    private String open(String body) {
        return body.startsWith(PersonalDataCipher.PREFIX)
                ? cipher.get().open(body, SEALED_ANSWER) : body;
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
