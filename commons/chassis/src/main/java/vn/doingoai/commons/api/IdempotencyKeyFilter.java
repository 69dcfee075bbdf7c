package vn.doingoai.commons.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/** One description of the Idempotency-Key header, wherever an operation takes it (every POST). */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class IdempotencyKeyFilter implements OASFilter {

    static final String DESCRIPTION = "Makes a retry safe: the same key with the same body answers what the first "
            + "request did (with Idempotent-Replayed: true) and changes nothing; the same key with another body is 422 "
            + "IDEMPOTENCY_KEY_REUSED. 1–200 visible ASCII characters, e.g. a UUID; kept for 24 hours.";

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.HEADER && "Idempotency-Key".equalsIgnoreCase(parameter.getName())) {
            parameter.setDescription(DESCRIPTION);
        }
        return parameter;
    }
}
