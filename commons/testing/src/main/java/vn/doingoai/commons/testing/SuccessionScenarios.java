package vn.doingoai.commons.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import org.awaitility.Awaitility;

/**
 * The succession scenarios every service of the suite must pass, run by each service's tests
 * against its own records: a succession in effect opens the predecessor's records to the successor,
 * one dated in the future widens nothing yet. Successions are recorded by an administrator in the
 * real agreement-service, which owns them.
 */
public final class SuccessionScenarios {

    /** Codes no province ever had (old or new), so that the scenarios disturb no other test. */
    public static final String PREDECESSOR = "81";
    public static final String FUTURE_PREDECESSOR = "85";
    public static final String SUCCESSOR = "90";

    private SuccessionScenarios() {
    }

    /**
     * @param agreementService base URL of agreement-service (the service under test when it is that one)
     * @param createIn         creates a record of the service under test in a province, answering its path
     */
    public static void run(String agreementService, Function<String, String> createIn) {
        String inherited = createIn.apply(PREDECESSOR);
        String notYet = createIn.apply(FUTURE_PREDECESSOR);
        expect(inherited, 404);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        // The future one is recorded first: once the past one shows, the service has read both.
        record(agreementService, FUTURE_PREDECESSOR, today.plusDays(30));
        record(agreementService, PREDECESSOR, today.minusDays(1));
        Awaitility.await("the successor " + SUCCESSOR + " sees its predecessor's record " + inherited)
                .atMost(Duration.ofSeconds(20)).until(() -> status(inherited) == 200);
        expect(notYet, 404);
        int ownSide = given().auth().oauth2(officer(PREDECESSOR)).when().get(notYet).then().extract().statusCode();
        if (ownSide != 404) {
            throw new AssertionError("province " + PREDECESSOR + " saw province " + FUTURE_PREDECESSOR + "'s record");
        }
    }

    public static String officer(String province) {
        return TestTokens.user("officer." + province).roles("officer").province(province).sign();
    }

    private static void record(String agreementService, String predecessor, LocalDate effectiveOn) {
        String admin = TestTokens.user("admin").roles("admin").sign();
        given().baseUri(agreementService).auth().oauth2(admin).contentType("application/json")
                .body(Map.of("predecessorCode", predecessor, "successorCode", SUCCESSOR, "effectiveOn", effectiveOn.toString(),
                        "kind", "MERGE", "legalBasis", "Nghị quyết thử nghiệm"))
                .when().post("/api/v1/reference/administrative-successions").then().statusCode(201);
    }

    private static int status(String path) {
        return given().auth().oauth2(officer(SUCCESSOR)).when().get(path).then().extract().statusCode();
    }

    private static void expect(String path, int status) {
        int actual = status(path);
        if (actual != status) {
            throw new AssertionError("officer of " + SUCCESSOR + " got " + actual + " for " + path + ", expected " + status);
        }
    }
}
