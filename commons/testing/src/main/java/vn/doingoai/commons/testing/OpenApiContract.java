package vn.doingoai.commons.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;

/**
 * The OpenAPI document a service serves is its contract, committed beside its code. A change that
 * alters the document without updating the committed copy fails the build; after a deliberate
 * change, regenerate it with {@code ./mvnw verify -Ddoingoai.openapi.update=true} and commit it.
 */
public final class OpenApiContract {

    public static final String UPDATE_PROPERTY = "doingoai.openapi.update";

    private OpenApiContract() {
    }

    public static void assertServedDocumentMatches(Path committed) {
        String served = given().accept("application/yaml").when().get("/q/openapi?format=yaml")
                .then().statusCode(200).extract().asString();
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.writeString(committed, served, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(committed)) {
                Assertions.fail(committed + " is missing; create it with ./mvnw verify -D" + UPDATE_PROPERTY + "=true");
            }
            String expected = Files.readString(committed, StandardCharsets.UTF_8);
            if (!expected.equals(served)) {
                Assertions.fail("The served OpenAPI document differs from the committed " + committed + " "
                        + firstDifference(expected, served) + ". If the change is intended, run ./mvnw verify -D"
                        + UPDATE_PROPERTY + "=true and commit the file.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstDifference(String expected, String served) {
        List<String> a = expected.lines().toList();
        List<String> b = served.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String left = i < a.size() ? a.get(i) : "<end>";
            String right = i < b.size() ? b.get(i) : "<end>";
            if (!left.equals(right)) {
                return "at line " + (i + 1) + ": committed «" + left.strip() + "», served «" + right.strip() + "»";
            }
        }
        return "";
    }
}
