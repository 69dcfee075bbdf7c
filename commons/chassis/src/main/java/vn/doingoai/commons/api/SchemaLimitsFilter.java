package vn.doingoai.commons.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Gives every value in the contract the bounds its type already implies, so generated clients and
 * security linters know them: dates, instants and UUIDs get their longest length (10, 35, 36), a
 * reference to an enum the length of its longest value,
 * integers a format and the range of that format, {@code If-Match} and {@code Idempotency-Key} the
 * lengths the suite accepts. Bounds
 * a resource declares itself (with {@code @Min}, {@code @Size}, {@code @Schema}) are kept.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SchemaLimitsFilter implements OASFilter {

    private static final Map<String, Integer> STRING_LENGTHS = Map.of("date", 10, "date-time", 35, "uuid", 36);
    /** The suite's conventional headers: an ETag (quoted version or content hash) and an idempotency key (1–200 characters). */
    private static final Map<String, Integer> HEADER_LENGTHS = Map.of("If-Match", 100, "Idempotency-Key", 200);
    private static final BigDecimal INT32_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal INT32_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT64_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal INT64_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        new Walk(components).document(openAPI);
    }

    /** One pass over a document: its named schemas (to see through {@code allOf: [$ref]}) and what was visited. */
    private record Walk(Map<String, Schema> referenced, Set<Schema> seen) {

        Walk(Map<String, Schema> referenced) {
            this(referenced, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        }

        void document(OpenAPI openAPI) {
            if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
                openAPI.getComponents().getSchemas().values().forEach(this::bound);
            }
            if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
                return;
            }
            openAPI.getPaths().getPathItems().values().forEach(item -> {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(p -> bound(p.getSchema()));
                }
                item.getOperations().values().forEach(operation -> bound(operation));
            });
        }

        /**
         * The longest a property written {@code type: string, allOf: [$ref: …]} can be: that of the
         * referenced date, instant or UUID, or the longest value of the referenced enum.
         */
        Integer referencedLength(Schema schema) {
            List<String> refs = new java.util.ArrayList<>();
            if (schema.getRef() != null) {
                refs.add(schema.getRef());
            }
            if (schema.getAllOf() != null) {
                schema.getAllOf().stream().map(Schema::getRef).filter(java.util.Objects::nonNull).forEach(refs::add);
            }
            for (String ref : refs) {
                Schema target = referenced.get(ref.substring(ref.lastIndexOf('/') + 1));
                if (target == null) {
                    continue;
                }
                if (target.getFormat() != null && STRING_LENGTHS.containsKey(target.getFormat())) {
                    return STRING_LENGTHS.get(target.getFormat());
                }
                if (target.getEnumeration() != null && !target.getEnumeration().isEmpty()) {
                    return target.getEnumeration().stream().mapToInt(v -> String.valueOf(v).length()).max().getAsInt();
                }
            }
            return null;
        }

        void bound(Operation operation) {
            List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
            parameters.forEach(p -> {
                Integer length = HEADER_LENGTHS.get(p.getName());
                if (length != null && p.getSchema() != null && p.getSchema().getMaxLength() == null) {
                    p.getSchema().setMaxLength(length);
                }
                bound(p.getSchema());
            });
            if (operation.getRequestBody() != null) {
                bound(operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> bound(r.getContent()));
            }
        }

        void bound(Content content) {
            if (content != null && content.getMediaTypes() != null) {
                for (MediaType media : content.getMediaTypes().values()) {
                    bound(media.getSchema());
                }
            }
        }

        void bound(Schema schema) {
            if (schema == null || !seen.add(schema)) {
                return;
            }
            List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
            if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
                Integer length = schema.getFormat() != null ? STRING_LENGTHS.get(schema.getFormat()) : referencedLength(schema);
                if (length != null) {
                    schema.setMaxLength(length);
                }
            }
            if (types.contains(Schema.SchemaType.NUMBER) && schema.getFormat() == null) {
                // Amounts and indicator values are decimals: clients keep them exact (BigDecimal, not double).
                schema.setFormat("decimal");
            }
            if (types.contains(Schema.SchemaType.INTEGER)) {
                boolean wide = "int64".equals(schema.getFormat());
                if (schema.getFormat() == null) {
                    schema.setFormat("int32");
                }
                if (schema.getMaximum() == null) {
                    schema.setMaximum(wide ? INT64_MAX : INT32_MAX);
                }
                if (schema.getMinimum() == null) {
                    schema.setMinimum(wide ? INT64_MIN : INT32_MIN);
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(this::bound);
            }
            bound(schema.getItems());
            for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (group != null) {
                    group.forEach(this::bound);
                }
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                bound(schema.getAdditionalPropertiesSchema());
            }
        }
    }
}
