package vn.doingoai.commons.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.testing.MessageCatalogueCheck;

class MessageCatalogueTest {

    @Test
    void everyMessageOfThisModuleHasItsVietnameseWording() {
        MessageCatalogueCheck.assertComplete(Path.of(""));
    }

    @Test
    void everySharedProblemCodeHasAVietnameseTitle() {
        for (ProblemCode code : ProblemCode.values()) {
            assertTrue(Catalogue.vietnamese("chassis.title." + code.name()).isPresent(), code.name());
            assertEquals(code.title(), code.title(Language.EN));
        }
        assertEquals("Không tìm thấy", ProblemCode.NOT_FOUND.title(Language.VI));
    }

    @Test
    void acceptLanguageIsReadByWeightsAndRanges() {
        assertEquals(Language.VI, Language.fromAcceptLanguage("vi"));
        assertEquals(Language.VI, Language.fromAcceptLanguage("vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7"));
        assertEquals(Language.VI, Language.fromAcceptLanguage("fr, vi;q=0.5"));
        assertEquals(Language.EN, Language.fromAcceptLanguage("en-US,en;q=0.9,vi;q=0.8"));
        assertEquals(Language.EN, Language.fromAcceptLanguage("vi;q=0, en"));
        assertEquals(Language.EN, Language.fromAcceptLanguage("fr"));
        assertEquals(Language.EN, Language.fromAcceptLanguage("*"));
        assertEquals(Language.EN, Language.fromAcceptLanguage(";;;q=x"));
        assertEquals(Language.EN, Language.fromAcceptLanguage(null));
    }

    @Test
    void withoutAcceptLanguageTheFrontendsClientReadsVietnamese() {
        assertEquals(Language.VI, Language.forRequest(null, bearer("{\"azp\":\"foreign-affairs-web\",\"sub\":\"x\"}")));
        assertEquals(Language.EN, Language.forRequest("en", bearer("{\"azp\":\"foreign-affairs-web\"}")));
        assertEquals(Language.EN, Language.forRequest(null, bearer("{\"azp\":\"demo-integration\"}")));
        assertEquals(Language.EN, Language.forRequest(null, "Bearer not-a-token"));
        assertEquals(Language.EN, Language.forRequest(null, null));
        assertEquals(Language.VI, Language.forRequest("vi", null));
    }

    @Test
    void aTextIsFilledInItsReadersLanguage() {
        Text what = Text.bilingual("đoàn", "Delegation");
        Text missing = Text.of("chassis.not-found", "{0} {1} does not exist.", what, 42);
        assertEquals("Delegation 42 does not exist.", missing.in(Language.EN));
        assertEquals("Không tồn tại đoàn 42.", missing.in(Language.VI));
        assertEquals("a; b", Text.join("; ", java.util.List.of("a", "b")).in(Language.VI));
        assertEquals("must match [A-Z]{2}", Text.of("chassis.none", "{0}", "must match [A-Z]{2}").in(Language.EN));
    }

    private static String bearer(String claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return "Bearer " + b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
