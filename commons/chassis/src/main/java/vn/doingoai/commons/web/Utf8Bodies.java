package vn.doingoai.commons.web;

import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.doingoai.commons.problem.ProblemException;

/**
 * A JSON body is read only if its bytes are well-formed UTF-8 (RFC 8259 §8.1). Jackson's decoder
 * lets overlong forms (C0 AF for "/") and encoded surrogates through, which would store a
 * character the sender never wrote; the JDK's decoder refuses them, so the bytes are checked with
 * it first. Bodies are bounded (quarkus.http.limits.max-body-size), so reading one whole is safe.
 */
@Provider
public class Utf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.getSubtype().endsWith("json")) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw ProblemException.validation(List.of(new InvalidField("body", "INVALID",
                    Text.of("chassis.body-not-utf8", "The body is not valid UTF-8."))));
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
