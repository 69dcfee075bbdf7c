package vn.doingoai.commons.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every enum of a service's OpenAPI document is a list in its labels answer, with a Vietnamese
 * and an English label for each value, so that no screen built from the document shows a raw code.
 */
public final class CodeLabelCoverage {

    private CodeLabelCoverage() {
    }

    public static void assertEveryEnumIsLabelled(String labelsPath, String token) {
        JsonPath document = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        JsonPath labels = given().auth().oauth2(token).when().get(labelsPath).then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> schemas = document.getMap("components.schemas");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Map<String, Object>> schema : schemas.entrySet()) {
            Object values = schema.getValue().get("enum");
            if (!(values instanceof List<?> codes)) {
                continue;
            }
            List<Map<String, Object>> list = labels.getList("lists." + schema.getKey());
            if (list == null) {
                problems.add(schema.getKey() + " is not among the labels");
                continue;
            }
            for (Object code : codes) {
                checked++;
                Map<String, Object> label = list.stream().filter(l -> code.equals(l.get("code"))).findFirst().orElse(null);
                if (label == null || blank(label.get("nameVi")) || blank(label.get("nameEn"))) {
                    problems.add(schema.getKey() + "." + code + " has no label in both languages");
                }
            }
        }
        // Every list answered, enum or not (a table, a text field with a closed set), is labelled throughout.
        Map<String, List<Map<String, Object>>> lists = labels.getMap("lists");
        for (Map.Entry<String, List<Map<String, Object>>> list : lists.entrySet()) {
            for (Map<String, Object> label : list.getValue()) {
                checked++;
                if (blank(label.get("nameVi")) || blank(label.get("nameEn"))) {
                    problems.add(list.getKey() + "." + label.get("code") + " has no label in both languages");
                }
            }
        }
        assertEquals(List.of(), problems, "labels at " + labelsPath + " (" + checked + " codes checked)");
        if (checked == 0) {
            throw new AssertionError("the OpenAPI document has no enum at all: nothing was checked");
        }
    }

    private static boolean blank(Object text) {
        return text == null || text.toString().isBlank();
    }
}
