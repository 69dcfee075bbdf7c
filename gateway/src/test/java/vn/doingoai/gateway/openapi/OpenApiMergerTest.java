package vn.doingoai.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiMerger.Settings SETTINGS = new OpenApiMerger.Settings("T", "1", "d", "http://gw",
            "http://kc/auth", "http://kc/token");

    private static ObjectNode doc(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json.replace('\'', '"'));
    }

    private static ObjectNode service(String path, String operationId, String statusSchema) throws Exception {
        return doc("{'openapi':'3.0.3','tags':[{'name':'Shared','description':'x'}],"
                + "'paths':{'" + path + "':{'get':{'operationId':'" + operationId + "','security':[{'bearerAuth':[]}],"
                + "'responses':{'200':{'content':{'application/json':{'schema':{'$ref':'#/components/schemas/Thing'}}}}}}}},"
                + "'components':{'schemas':{'Thing':{'type':'object','properties':{'status':{'$ref':'#/components/schemas/Status'}}},"
                + "'Status':" + statusSchema + ",'Problem':{'type':'object'}},"
                + "'securitySchemes':{'bearerAuth':{'type':'http','scheme':'bearer'}}}}");
    }

    @Test
    void clashingSchemasAreRenamedPerServiceWithTheirReferencesAndIdenticalOnesKeptOnce() throws Exception {
        ObjectNode merged = OpenApiMerger.merge(List.of(
                new OpenApiMerger.Source("Agreement", service("/api/v1/agreements", "listAgreements", "{'type':'string','enum':['DRAFT']}")),
                new OpenApiMerger.Source("Delegation", service("/api/v1/delegations", "listDelegations", "{'type':'string','enum':['TRAVELLING']}"))),
                SETTINGS);
        ObjectNode schemas = (ObjectNode) merged.path("components").path("schemas");
        assertFalse(schemas.has("Status"), "the clashing name is not kept for either service");
        assertEquals("DRAFT", schemas.path("AgreementStatus").path("enum").get(0).asText());
        assertEquals("TRAVELLING", schemas.path("DelegationStatus").path("enum").get(0).asText());
        // Thing referred to Status in both, so it now differs too and is renamed with its references.
        assertEquals("#/components/schemas/AgreementStatus",
                schemas.path("AgreementThing").path("properties").path("status").path("$ref").asText());
        assertEquals("#/components/schemas/DelegationThing", merged.path("paths").path("/api/v1/delegations").path("get")
                .path("responses").path("200").path("content").path("application/json").path("schema").path("$ref").asText());
        assertTrue(schemas.has("Problem"), "identical schemas are kept once");
        assertEquals(1, merged.path("tags").size());
    }

    @Test
    void everyOperationUsesKeycloakAndDocumentsTheGatewaysOwnAnswers() throws Exception {
        ObjectNode merged = OpenApiMerger.merge(List.of(new OpenApiMerger.Source("Agreement",
                service("/api/v1/agreements", "listAgreements", "{'type':'string'}"))), SETTINGS);
        ObjectNode get = (ObjectNode) merged.path("paths").path("/api/v1/agreements").path("get");
        assertTrue(get.path("security").get(0).has("keycloak"));
        assertEquals("#/components/responses/RateLimited", get.path("responses").path("429").path("$ref").asText());
        assertEquals("#/components/responses/BadGateway", get.path("responses").path("502").path("$ref").asText());
        assertEquals("#/components/responses/ServiceUnavailable", get.path("responses").path("503").path("$ref").asText());
        assertEquals("#/components/responses/GatewayTimeout", get.path("responses").path("504").path("$ref").asText());
        JsonNode rateLimited = merged.path("components").path("responses").path("RateLimited");
        assertTrue(rateLimited.path("headers").has("Retry-After"));
        assertEquals("#/components/headers/RateLimit-Remaining",
                get.path("responses").path("200").path("headers").path("RateLimit-Remaining").path("$ref").asText());
        assertEquals("RATE_LIMITED", rateLimited.path("content").path("application/problem+json").path("example").path("code").asText());
        assertEquals("#/components/schemas/Problem", rateLimited.path("content").path("application/problem+json").path("schema")
                .path("$ref").asText());
        assertFalse(get.path("responses").has("413"), "no body, no 413");
        ObjectNode scheme = (ObjectNode) merged.path("components").path("securitySchemes").path("keycloak");
        assertEquals("http://kc/token", scheme.path("flows").path("clientCredentials").path("tokenUrl").asText());
        assertEquals("http://kc/auth", scheme.path("flows").path("authorizationCode").path("authorizationUrl").asText());
        assertFalse(merged.path("components").path("securitySchemes").has("bearerAuth"));
    }

    @Test
    void theSameOperationTwiceIsAnError() throws Exception {
        assertThrows(IllegalStateException.class, () -> OpenApiMerger.merge(List.of(
                new OpenApiMerger.Source("A", service("/api/v1/x", "listX", "{'type':'string'}")),
                new OpenApiMerger.Source("B", service("/api/v1/y", "listX", "{'type':'string'}"))), SETTINGS));
        assertThrows(IllegalStateException.class, () -> OpenApiMerger.merge(List.of(
                new OpenApiMerger.Source("A", service("/api/v1/x", "listX", "{'type':'string'}")),
                new OpenApiMerger.Source("B", service("/api/v1/x", "listY", "{'type':'string'}"))), SETTINGS));
    }
}
