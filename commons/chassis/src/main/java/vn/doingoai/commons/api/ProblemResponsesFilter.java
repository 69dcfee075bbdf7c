package vn.doingoai.commons.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.doingoai.commons.problem.ProblemCode;

/**
 * Documents, on every operation of every service, the problem+json answers it can give: which
 * ones follows from the operation itself (a path id can be 404, If-Match brings 412 and 428,
 * Idempotency-Key brings 422, …). Written once here so no operation forgets them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("FieldError", fieldErrorSchema());
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasInput = !parameters.isEmpty() || operation.getRequestBody() != null;
        boolean ifMatch = parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        boolean idempotent = parameters.stream().anyMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName()));
        boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (hasInput) {
            add(responses, ProblemCode.VALIDATION_FAILED, "The request has invalid fields; see errors.");
        }
        add(responses, ProblemCode.UNAUTHENTICATED, "A valid bearer token is required.");
        add(responses, ProblemCode.FORBIDDEN, "Your roles do not allow this operation.");
        if (path.contains("{")) {
            add(responses, ProblemCode.NOT_FOUND, "No such resource in the provinces you may see.");
        }
        if (writes) {
            add(responses, ProblemCode.CONFLICT, "The request conflicts with the resource's current state.");
        }
        if (ifMatch) {
            add(responses, ProblemCode.PRECONDITION_FAILED, "The resource has changed since you read it.");
            add(responses, ProblemCode.PRECONDITION_REQUIRED, "Send If-Match with the ETag you read.");
        }
        if (idempotent) {
            add(responses, ProblemCode.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used for a different request.");
        }
        add(responses, ProblemCode.INTERNAL_ERROR, "The server failed to answer; quote the requestId when reporting it.");
    }

    private static void add(APIResponses responses, ProblemCode code, String detail) {
        String status = String.valueOf(code.status());
        // Quarkus adds bare 400/401/403 entries by itself; ours replace them, a resource's own stay.
        if (responses.hasAPIResponse(status) && responses.getAPIResponse(status).getContent() != null) {
            return;
        }
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", ProblemCode.typeUri(code.name()));
        example.put("title", code.title());
        example.put("status", code.status());
        example.put("detail", detail);
        example.put("instance", "/api/v1/agreements/5f1c0a0e-7a55-4c1b-9e7e-2f1f0b7c8a11");
        example.put("code", code.name());
        example.put("requestId", "3f6c1f7e-2a55-4d7b-9a0e-8c1b2d3e4f50");
        if (code == ProblemCode.VALIDATION_FAILED) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", "titleVi");
            error.put("code", "REQUIRED");
            error.put("message", "must not be blank");
            example.put("errors", List.of(error));
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(code.title())
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                                .example(example))));
    }

    private static Schema string(String description, int maxLength) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description).maxLength(maxLength);
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid input field.")
                .addProperty("field", string("Path of the field in the request (JSON path or parameter name).", 300))
                .addProperty("code", string("Machine-readable reason, e.g. REQUIRED, SIZE, FORMAT, UNKNOWN.", 64))
                .addProperty("message", string("Explanation for people.", 500));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details, returned as application/problem+json on every error.")
                .addProperty("type", string("URI reference naming the problem type.", 200))
                .addProperty("title", string("Short summary of the problem type.", 200))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32"))
                .addProperty("detail", string("Explanation specific to this occurrence.", 2000))
                .addProperty("instance", string("The request path.", 2000))
                .addProperty("code", string("Stable machine-readable code (UPPER_SNAKE_CASE); part of the contract.", 64))
                .addProperty("requestId", string("Correlation id of the request (X-Request-Id).", 128))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).maxItems(200)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(List.of("type", "title", "status", "code"));
    }
}
