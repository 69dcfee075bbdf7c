package vn.doingoai.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.testing.OpenApiContract;
import vn.doingoai.gateway.routing.EchoBackendResource;

/** The suite's one document at the gateway: committed, complete, each operation once, signing in through Keycloak. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(EchoBackendResource.class)
class MergedOpenApiTest {

    @Test
    void servedDocumentIsTheCommittedOne() {
        OpenApiContract.assertServedDocumentMatches(Path.of("openapi.yaml"));
    }

    @Test
    void everyOperationOfEveryServiceAppearsExactlyOnce() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<String> expected = new ArrayList<>();
        for (String service : List.of("agreement-service", "delegation-service", "reporting-service")) {
            operationIds(yaml.readTree(Path.of("..", service, "openapi.yaml").toFile()), expected);
        }
        JsonNode merged = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).contentType(containsString("application/json")).extract().asString());
        List<String> served = new ArrayList<>();
        operationIds(merged, served);
        Map<String, Integer> counts = new HashMap<>();
        served.forEach(id -> counts.merge(id, 1, Integer::sum));
        assertEquals(expected.size(), served.size());
        for (String id : expected) {
            assertEquals(1, counts.getOrDefault(id, 0), id);
        }
        assertEquals("3.0.3", merged.path("openapi").asText());
        assertEquals(merged.path("components").path("securitySchemes").path("keycloak").path("flows").path("clientCredentials")
                .path("tokenUrl").asText(), merged.path("components").path("securitySchemes").path("keycloak").path("flows")
                .path("authorizationCode").path("tokenUrl").asText());
    }

    @Test
    void swaggerUiSignsInThroughKeycloakWithPkce() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("/q/openapi"))
                .body(containsString("foreign-affairs-web"))
                .body(containsString("usePkceWithAuthorizationCodeGrant"));
    }

    private static void operationIds(JsonNode document, List<String> into) {
        document.path("paths").forEach(item -> item.fields().forEachRemaining(op -> {
            if (op.getValue().has("operationId")) {
                into.add(op.getValue().path("operationId").asText());
            }
        }));
    }
}
