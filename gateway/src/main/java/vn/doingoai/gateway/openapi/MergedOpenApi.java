package vn.doingoai.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.doingoai.gateway.config.GatewayConfig;

/**
 * The suite's one OpenAPI document at {@code /q/openapi}: the services' committed documents, packed
 * into the gateway at build time, merged at start (YAML by default, JSON with {@code ?format=json}
 * or {@code Accept: application/json}). Keycloak's URLs come from configuration, so the document
 * names the issuer this gateway trusts.
 */
@ApplicationScoped
public class MergedOpenApi {

    private final String yaml;
    private final String json;
    /** Each path of the document, its segments and the methods it answers. */
    private final List<PathMethods> paths = new ArrayList<>();

    private record PathMethods(String[] segments, java.util.Set<String> methods) {
        boolean matches(String[] path) {
            if (path.length != segments.length) {
                return false;
            }
            for (int i = 0; i < path.length; i++) {
                if (!segments[i].startsWith("{") && !segments[i].equals(path[i])) {
                    return false;
                }
            }
            return true;
        }

        int literals() {
            return (int) java.util.Arrays.stream(segments).filter(s -> !s.startsWith("{")).count();
        }
    }

    public MergedOpenApi(GatewayConfig config) {
        List<String> documents = config.openapi().documents();
        String serverUrl = config.openapi().serverUrl();
        String issuerUrl = config.openapi().issuerUrl();
        ObjectMapper yamlMapper = new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
        List<OpenApiMerger.Source> sources = new ArrayList<>();
        for (String document : documents) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi-sources/" + document + "/openapi.yaml")) {
                if (in == null) {
                    throw new IllegalStateException("openapi-sources/" + document + "/openapi.yaml is not packed into the gateway");
                }
                sources.add(new OpenApiMerger.Source(prefix(document), (ObjectNode) yamlMapper.readTree(in)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String realm = issuerUrl.endsWith("/") ? issuerUrl.substring(0, issuerUrl.length() - 1) : issuerUrl;
        ObjectNode merged = OpenApiMerger.merge(sources, new OpenApiMerger.Settings("Đối ngoại API", "1.0.0",
                "The foreign-affairs suite of Vietnamese provinces: partners and international agreements, delegations, "
                        + "programmes and reports, through one gateway. Every /api/ operation needs an OAuth2 access token from "
                        + "Keycloak; errors are application/problem+json (RFC 9457) with a stable `code`. "
                        + "Guides: docs/integrators.md and docs/frontend.md.",
                serverUrl, realm + "/protocol/openid-connect/auth", realm + "/protocol/openid-connect/token"));
        merged.path("paths").fields().forEachRemaining(p -> {
            java.util.Set<String> methods = new java.util.TreeSet<>();
            p.getValue().fieldNames().forEachRemaining(m -> {
                if (List.of("get", "put", "post", "delete", "patch", "head").contains(m)) {
                    methods.add(m.toUpperCase(Locale.ROOT));
                }
            });
            if (methods.contains("GET")) {
                methods.add("HEAD");
            }
            paths.add(new PathMethods(p.getKey().split("/", -1), methods));
        });
        try {
            this.yaml = yamlMapper.writeValueAsString(merged);
            this.json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(merged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code agreement-service} → {@code Agreement}: the prefix of its clashing schema names. */
    static String prefix(String document) {
        String first = document.split("-")[0];
        return first.substring(0, 1).toUpperCase(Locale.ROOT) + first.substring(1);
    }

    void install(@Observes Router router) {
        router.get("/q/openapi").handler(rc -> {
            String format = rc.request().getParam("format");
            String accept = rc.request().getHeader("Accept");
            boolean asJson = "json".equalsIgnoreCase(format)
                    || (format == null && accept != null && accept.contains("application/json"));
            rc.response().putHeader("Content-Type", asJson ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                    .putHeader("Cache-Control", "no-cache")
                    .end(asJson ? json : yaml);
        });
    }

    /**
     * The methods the document gives the path (HEAD with GET), by the path template that matches it
     * with the most literal segments; empty when no operation has that path.
     */
    public java.util.Optional<java.util.Set<String>> methodsAt(String path) {
        String[] segments = path.split("/", -1);
        return paths.stream().filter(p -> p.matches(segments))
                .max(java.util.Comparator.comparingInt(PathMethods::literals)).map(PathMethods::methods);
    }

    public String yaml() {
        return yaml;
    }
}
