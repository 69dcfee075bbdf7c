package vn.doingoai.delegation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.doingoai.commons.personaldata.PersonalDataCipher;
import vn.doingoai.commons.personaldata.SealedDate;
import vn.doingoai.commons.personaldata.SealedText;
import vn.doingoai.delegation.domain.PersonChange.FieldChange;
import vn.doingoai.delegation.domain.PersonalFields;

/**
 * Brings every stored personal value under the current keys: values stored before sealing existed
 * (and the demo data's), values sealed with an earlier key, passport indexes made with an earlier
 * index key, and the answers kept for Idempotency-Key replays. Runs at start, after the demo data, and every
 * {@code doingoai.personal-data.reseal-every}; a key may be removed from the configuration once a
 * run has left nothing under it (docs/operations.md, "Personal data"). Rows are taken in small
 * batches, each locked while it is re-sealed; the records' versions do not change, since what
 * they hold does not.
 */
@ApplicationScoped
public class PersonalDataResealing {

    private static final Logger LOG = Logger.getLogger(PersonalDataResealing.class);
    static final int BATCH = 200;
    static final String ANSWER = vn.doingoai.commons.persistence.Idempotency.SEALED_ANSWER;

    private final EntityManager em;
    private final PersonalDataCipher cipher;
    private final ObjectMapper json;

    public PersonalDataResealing(EntityManager em, PersonalDataCipher cipher, ObjectMapper json) {
        this.em = em;
        this.cipher = cipher;
        this.json = json;
    }

    void atStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        resealAll();
    }

    @Scheduled(every = "${doingoai.personal-data.reseal-every:10m}", delayed = "${doingoai.personal-data.reseal-every:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        resealAll();
    }

    /** Re-seals until nothing is left under an earlier key; answers how many rows changed. */
    public int resealAll() {
        int total = 0;
        for (int done = resealPeople(); done > 0; done = resealPeople()) {
            total += done;
        }
        for (int done = resealHistory(); done > 0; done = resealHistory()) {
            total += done;
        }
        for (int done = resealAnswers(); done > 0; done = resealAnswers()) {
            total += done;
        }
        if (total > 0) {
            LOG.infof("Re-sealed the personal data of %d rows with key %s", total, cipher.currentPrefix());
        }
        return total;
    }

    @Transactional
    int resealPeople() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, passport_number, date_of_birth from person "
                + "where (passport_number is not null and (passport_number not like :sealed or passport_index is null "
                + "or passport_index not like :indexed)) or (date_of_birth is not null and date_of_birth not like :sealed) "
                + "order by id limit :batch for update skip locked")
                .setParameter("sealed", cipher.currentPrefix() + "%").setParameter("indexed", cipher.currentIndexPrefix() + "%")
                .setParameter("batch", BATCH).getResultList();
        for (Object[] row : rows) {
            String passport = cipher.open((String) row[1], SealedText.PURPOSE);
            String birth = cipher.open((String) row[2], SealedDate.PURPOSE);
            em.createNativeQuery("update person set passport_number = :passport, passport_index = :index, "
                    + "date_of_birth = :birth where id = :id")
                    .setParameter("passport", cipher.seal(passport, SealedText.PURPOSE))
                    .setParameter("index", cipher.blindIndex(passport))
                    .setParameter("birth", cipher.seal(birth, SealedDate.PURPOSE))
                    .setParameter("id", row[0]).executeUpdate();
        }
        return rows.size();
    }

    @Transactional
    int resealHistory() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, cast(changes as text) from person_change c where exists ("
                + "select 1 from jsonb_array_elements(c.changes) f where f->>'field' in ('passportNumber', 'dateOfBirth') "
                + "and ((f->>'before') not like :sealed or (f->>'after') not like :sealed)) "
                + "order by id limit :batch for update skip locked")
                .setParameter("sealed", cipher.currentPrefix() + "%").setParameter("batch", BATCH).getResultList();
        for (Object[] row : rows) {
            List<FieldChange> resealed = read((String) row[1]).stream().map(f -> PersonalFields.isSealed(f.field())
                    ? new FieldChange(f.field(), reseal(f.before(), f.field()), reseal(f.after(), f.field()))
                    : f).toList();
            em.createNativeQuery("update person_change set changes = cast(:changes as jsonb) where id = :id")
                    .setParameter("changes", write(resealed)).setParameter("id", (UUID) row[0]).executeUpdate();
        }
        return rows.size();
    }

    /** The answers kept for Idempotency-Key replays: they hold what a write returned, a member's passport included. */
    @Transactional
    int resealAnswers() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select caller, idem_key, response_body from idempotency_record "
                + "where response_body is not null and response_body not like :sealed "
                + "order by caller, idem_key limit :batch for update skip locked")
                .setParameter("sealed", cipher.currentPrefix() + "%").setParameter("batch", BATCH).getResultList();
        for (Object[] row : rows) {
            String answer = cipher.open((String) row[2], ANSWER);
            em.createNativeQuery("update idempotency_record set response_body = :body where caller = :caller and idem_key = :key")
                    .setParameter("body", cipher.seal(answer, ANSWER)).setParameter("caller", row[0])
                    .setParameter("key", row[1]).executeUpdate();
        }
        return rows.size();
    }

    private String reseal(String stored, String field) {
        return cipher.seal(cipher.open(stored, PersonalFields.purpose(field)), PersonalFields.purpose(field));
    }

    private List<FieldChange> read(String changes) {
        try {
            return json.readValue(changes, new TypeReference<List<FieldChange>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a person's history is not the JSON it should be", e);
        }
    }

    private String write(List<FieldChange> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
