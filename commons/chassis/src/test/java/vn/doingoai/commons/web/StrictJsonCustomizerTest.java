package vn.doingoai.commons.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StrictJsonCustomizerTest {

    enum Kind { CITY, PROVINCE }

    record Body(String name, Integer count, int size, Boolean active, LocalDate on, UUID id, Kind kind,
            BigDecimal amount, List<String> tags) {
    }

    /** As Quarkus configures it (unknown properties ignored), then made strict. */
    private final ObjectMapper mapper = StrictJsonCustomizer.strict(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

    @Test
    void aWellFormedBodyIsRead() throws Exception {
        Body body = mapper.readValue("""
                {"name":"Hủa Phăn","count":2,"size":3,"active":true,"on":"2026-12-01",
                 "id":"5f1c0a0e-7a55-4c1b-9e7e-2f1f0b7c8a11","kind":"CITY","amount":12,"tags":["a"],"extra":1}""",
                Body.class);
        assertEquals(2, body.count());
        assertEquals(LocalDate.of(2026, 12, 1), body.on());
        assertEquals(new BigDecimal("12"), body.amount());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"name\":\"a\",\"name\":\"b\",\"size\":1}",
            "{\"size\":1} x",
            "{\"size\":1}{}",
            "{\"name\":1,\"size\":1}",
            "{\"name\":true,\"size\":1}",
            "{\"name\":1.5,\"size\":1}",
            "{\"count\":1.5,\"size\":1}",
            "{\"count\":\"1\",\"size\":1}",
            "{\"count\":true,\"size\":1}",
            "{\"active\":2,\"size\":1}",
            "{\"active\":\"true\",\"size\":1}",
            "{\"on\":20261201,\"size\":1}",
            "{\"on\":\"01/12/2026\",\"size\":1}",
            "{\"on\":\"2026-02-30\",\"size\":1}",
            "{\"on\":\"+169087565-03-15\",\"size\":1}",
            "{\"on\":\"-4714-11-23\",\"size\":1}",
            "{\"on\":\"+10000-01-01\",\"size\":1}",
            "{\"on\":\"0000-01-01\",\"size\":1}",
            "{\"on\":\"12026-01-01\",\"size\":1}",
            "{\"on\":\"2026-1-01\",\"size\":1}",
            "{\"id\":\"\",\"size\":1}",
            "{\"id\":\"   \",\"size\":1}",
            "{\"kind\":1,\"size\":1}",
            "{\"kind\":\"\",\"size\":1}",
            "{\"kind\":\"city\",\"size\":1}",
            "{\"kind\":\"CITY\\u0000\",\"size\":1}",
            "{\"kind\":\" CITY\",\"size\":1}",
            "{\"id\":\"5f1c0a0e-7a55-4c1b-9e7e-2f1f0b7c8a11\\u0000\",\"size\":1}",
            "{\"on\":\"2026-12-01 \",\"size\":1}",
            "{\"amount\":\"12\",\"size\":1}",
            "{\"tags\":\"a\",\"size\":1}" })
    void whatCouldOnlyBeGuessedIsRefused(String json) {
        assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Body.class), json);
    }

    @Test
    void invalidUtf8IsRefusedNotReplaced() {
        byte[] bytes = "{\"name\":\"a?b\",\"size\":1}".getBytes(StandardCharsets.US_ASCII);
        bytes[10] = (byte) 0xC3; // a lead byte followed by an ASCII letter: not UTF-8
        assertThrows(JsonProcessingException.class, () -> mapper.readValue(bytes, Body.class));
    }
}
