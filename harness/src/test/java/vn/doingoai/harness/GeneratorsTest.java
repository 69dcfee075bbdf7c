package vn.doingoai.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generators on a small document, without any network. */
class GeneratorsTest {

    private static OpenApiModel model() throws Exception {
        return new OpenApiModel(Path.of(GeneratorsTest.class.getResource("/tiny.yaml").toURI()), "tiny");
    }

    @Test
    void patternsGiveMatchingStrings() {
        for (String p : List.of("[A-Z]{2}", "[0-9]{2}", "[A-Z][A-Z0-9_]*", "\\d{4}(-Q[1-4]|-H[12])?", "[a-z]{2,3}",
                "^[A-Z]{2}$", "MERGE|RENAME|UPGRADE", "[a-z][a-z0-9-]*", "[a-fA-F0-9]{8}-[a-fA-F0-9]{4}")) {
            String s = PatternGen.generate(p);
            assertNotNull(s, p);
            assertTrue(Pattern.compile(p).matcher(s).find(), p + " → " + s);
        }
    }

    @Test
    void schemasResolveRefsAndAllOf() throws Exception {
        OpenApiModel m = model();
        OpenApiModel.Operation create = m.byId("createThing");
        Schema body = create.body();
        assertEquals("ThingInput", body.name());
        assertTrue(body.properties().get("ownerId").isUuid());
        assertEquals(List.of("RED", "GREEN"), body.properties().get("colour").enumValues());
        assertTrue(create.takesIdempotencyKey());
        Schema literal = new Schema(Http.JSON.createObjectNode().put("type", "string").put("pattern", "MERGE|RENAME"),
                null, m.resolver());
        assertEquals(List.of("MERGE", "RENAME"), literal.enumValues());
    }

    @Test
    void validBodiesHaveTheRequiredFields() throws Exception {
        OpenApiModel.Operation create = model().byId("createThing");
        JsonNode valid = new ValueGen(name -> name.equals("ownerId") ? "11111111-1111-4111-8111-111111111111" : null)
                .valid(create.body(), null);
        assertEquals("Box", valid.path("name").asText());
        assertEquals("RED", valid.path("colour").asText());
        assertFalse(valid.has("tags"));
    }

    @Test
    void aReadOnlyPropertyGetsNoBadInput() throws Exception {
        OpenApiModel.Operation create = model().byId("createThing");
        ObjectNode base = Http.JSON.createObjectNode().put("name", "Box").put("colour", "RED");
        List<BadInputs.Bad> bads = new BadInputs(new ValueGen(name -> null)).bodies(create, base);
        assertTrue(bads.stream().noneMatch(b -> "by".equals(b.field)), "the service ignores what it sets itself");
        assertTrue(bads.stream().anyMatch(b -> "name".equals(b.field)));
    }

    @Test
    void everyKindIsGeneratedAndNamesItsField() throws Exception {
        OpenApiModel.Operation create = model().byId("createThing");
        BadInputs gen = new BadInputs(new ValueGen(name -> null));
        ObjectNode base = Http.JSON.createObjectNode().put("name", "Box").put("colour", "RED");
        List<BadInputs.Bad> bads = gen.bodies(create, base);
        bads.addAll(gen.headers(create));
        Set<BadInputs.Kind> kinds = new java.util.HashSet<>();
        bads.forEach(b -> kinds.add(b.kind));
        for (BadInputs.Kind k : List.of(BadInputs.Kind.WRONG_TYPE, BadInputs.Kind.OUT_OF_RANGE, BadInputs.Kind.UNKNOWN_ENUM,
                BadInputs.Kind.MALFORMED_JSON, BadInputs.Kind.CONTROL_CHARS, BadInputs.Kind.INVALID_UTF8,
                BadInputs.Kind.DEEP_NESTING, BadInputs.Kind.BAD_UUID, BadInputs.Kind.BAD_HEADERS)) {
            assertTrue(kinds.contains(k), "no " + k);
        }
        BadInputs.Bad tooLong = bads.stream().filter(b -> b.label.startsWith("name: maxLength+1")).findFirst().orElseThrow();
        assertEquals("name", tooLong.field);
        assertTrue(new String(tooLong.body, StandardCharsets.UTF_8).contains("\"BoxBoxB\"") || new String(tooLong.body,
                StandardCharsets.UTF_8).contains("\"BoxBox\""));
        BadInputs.Bad utf8 = bads.stream().filter(b -> b.label.equals("name: bytes C3 28")).findFirst().orElseThrow();
        byte[] expected = { '"', 'a', (byte) 0xC3, 0x28, 'b', '"' };
        String body = new String(utf8.body, StandardCharsets.ISO_8859_1);
        assertTrue(body.contains(new String(expected, StandardCharsets.ISO_8859_1)), body);
        BadInputs.Bad dup = bads.stream().filter(b -> b.label.startsWith("duplicated key name")).findFirst().orElseThrow();
        assertTrue(new String(dup.body, StandardCharsets.UTF_8).startsWith("{\"name\":\"Box\",\"name\":\"Box\""));
        BadInputs.Bad unknown = bads.stream().filter(b -> b.kind == BadInputs.Kind.UNKNOWN_ENUM).findFirst().orElseThrow();
        assertEquals(List.of("RED", "GREEN"), unknown.enumValues);
        BadInputs.Bad nested = bads.stream().filter(b -> b.label.startsWith("tags[0]: maxLength+1")).findFirst().orElseThrow();
        assertEquals("tags[0]", nested.field);
    }

    @Test
    void queryParametersGetInvalidValues() throws Exception {
        OpenApiModel.Operation list = model().byId("listThings");
        List<BadInputs.Bad> bads = new BadInputs(new ValueGen(name -> null)).query(list, name -> "1");
        assertTrue(bads.stream().anyMatch(b -> "HARNESS_UNKNOWN".equals(b.query.get("colour")) && b.enumValues != null));
        assertTrue(bads.stream().anyMatch(b -> "abc".equals(b.query.get("limit"))));
        assertTrue(bads.stream().anyMatch(b -> "0".equals(b.query.get("limit"))));
        assertTrue(bads.stream().anyMatch(b -> "-1".equals(b.query.get("limit"))));
        assertTrue(bads.stream().anyMatch(b -> "1%00".equals(b.query.get("limit"))));
    }

    @Test
    void fieldNamesMatchWithOrWithoutIndexes() {
        assertTrue(Verdicts.fieldMatches("contacts[0].fullName", "contacts[0].fullName"));
        assertTrue(Verdicts.fieldMatches("contacts.fullName", "contacts[0].fullName"));
        assertTrue(Verdicts.fieldMatches("fullName", "contacts[0].fullName"));
        assertTrue(Verdicts.fieldMatches("partnerIds", "partnerIds[0]"));
        assertFalse(Verdicts.fieldMatches("contacts", "contacts[0].fullName"));
        assertFalse(Verdicts.fieldMatches("[0]", "groupBy"));
    }

    @Test
    void routesMatchTheLongestPrefixOnWholeSegments() throws URISyntaxException, java.io.IOException {
        Path props = Path.of(GeneratorsTest.class.getResource("/routes.properties").toURI());
        RouteTable t = new RouteTable(props);
        assertEquals("ref-units", t.match("/api/v1/reference/units/x").name());
        assertEquals("reference", t.match("/api/v1/reference/unitsx").name());
        RouteTable.Route r = t.match("/api/v1/partners/1");
        assertTrue(r.allows(List.of("viewer"), "GET"));
        assertFalse(r.allows(List.of("viewer"), "PUT"));
        assertFalse(r.allows(List.of("unit-reporter"), "GET"));
        assertArrayEquals(new int[] { 120, 60 }, RouteTable.parseLimit(t.get("gateway.rate-limits.anonymous")));
    }
}
