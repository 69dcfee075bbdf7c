package vn.doingoai.agreement.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doingoai.agreement.api.AgreementFixtures.viewer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.PostgresTestResource;
import vn.doingoai.commons.testing.TestDatabase;

/**
 * Every pooled connection dropped by the server, as in a PostgreSQL restart or failover: the pool
 * notices on borrowing and opens new ones, so no request that could be served fails.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class DroppedConnectionsTest {

    @Test
    void droppingEveryPooledConnectionFailsNoRequest() throws Exception {
        String token = viewer("38");
        Map<Integer, Integer> before = burst(token);
        assertEquals(Map.of(200, 64), before, "warming the pool");
        int dropped;
        try (Connection admin = TestDatabase.connect();
                ResultSet terminated = admin.createStatement().executeQuery("select count(*) filter (where pg_terminate_backend(pid)) "
                        + "from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
            terminated.next();
            dropped = terminated.getInt(1);
        }
        assertTrue(dropped >= 2, "the pool held several connections, " + dropped + " dropped");
        assertEquals(Map.of(200, 64), burst(token), "answers after " + dropped + " connections were dropped");
    }

    @Test
    void readsWhoseConnectionIsDroppedMidwayAreRunAgain() throws Exception {
        String token = viewer("38");
        java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger dropped = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService dropper = Executors.newSingleThreadExecutor();
        // Every 24 answers, the connections serving requests at that moment are dropped.
        Future<?> drops = dropper.submit(() -> {
            try (Connection admin = TestDatabase.connect()) {
                for (int threshold = 24; threshold < 168; threshold += 24) {
                    int next = threshold;
                    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                            .pollInterval(java.time.Duration.ofMillis(5)).until(() -> answered.get() >= next);
                    try (ResultSet r = admin.createStatement().executeQuery("select count(*) filter (where "
                            + "pg_terminate_backend(pid)) from pg_stat_activity where datname = current_database() "
                            + "and pid <> pg_backend_pid() and state <> 'idle'")) {
                        r.next();
                        dropped.addAndGet(r.getInt(1));
                    }
                }
            }
            return null;
        });
        Map<Integer, Integer> answers = new TreeMap<>();
        try {
            for (int round = 0; round < 3; round++) {
                burst(token, answered).forEach((status, n) -> answers.merge(status, n, Integer::sum));
            }
        } finally {
            drops.get();
            dropper.shutdownNow();
        }
        assertEquals(Map.of(200, 192), answers, "answers while " + dropped.get() + " connections in use were dropped");
    }

    @Test
    void aKeyWhoseRequestWasLostIsTheRetrysOnceNoAnswerCanCome() throws Exception {
        String partner = AgreementFixtures.partner("39", "Tỉnh Hủa Phăn (Thanh Hóa, thử)", "LA");
        String key = java.util.UUID.randomUUID().toString();
        Map<String, Object> body = AgreementFixtures.draft("Thỏa thuận có yêu cầu bị mất", partner);
        given().auth().oauth2(AgreementFixtures.officer("39")).header("Idempotency-Key", key).contentType("application/json")
                .body(body).when().post("/api/v1/agreements").then().statusCode(201);
        // As a request leaves its key when it dies before answering.
        TestDatabase.update("update idempotency_record set status = null, response_body = null, location = null, etag = null "
                + "where idem_key = ?", key);
        given().auth().oauth2(AgreementFixtures.officer("39")).header("Idempotency-Key", key).header("Accept-Language", "en")
                .contentType("application/json").body(body).when().post("/api/v1/agreements").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("still running"));
        TestDatabase.update("update idempotency_record set created_at = now() - interval '3 minutes' where idem_key = ?", key);
        String second = given().auth().oauth2(AgreementFixtures.officer("39")).header("Idempotency-Key", key)
                .contentType("application/json").body(body).when().post("/api/v1/agreements").then().statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue()).extract().path("id");
        given().auth().oauth2(AgreementFixtures.officer("39")).header("Idempotency-Key", key).contentType("application/json")
                .body(body).when().post("/api/v1/agreements").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", org.hamcrest.Matchers.equalTo(second));
    }

    private static Map<Integer, Integer> burst(String token) throws Exception {
        return burst(token, new java.util.concurrent.atomic.AtomicInteger());
    }

    /** 64 list requests from 8 clients at once, counted by status. */
    private static Map<Integer, Integer> burst(String token, java.util.concurrent.atomic.AtomicInteger answered)
            throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                answers.add(clients.submit(() -> {
                    int status = given().auth().oauth2(token).when().get("/api/v1/partners").then().extract().statusCode();
                    answered.incrementAndGet();
                    return status;
                }));
            }
            Map<Integer, Integer> byStatus = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                byStatus.merge(answer.get(), 1, Integer::sum);
            }
            return byStatus;
        } finally {
            clients.shutdownNow();
        }
    }

}
