package vn.doingoai.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.doingoai.commons.problem.Problem;
import vn.doingoai.commons.problem.ProblemCode;
import vn.doingoai.commons.problem.ProblemException;
import vn.doingoai.commons.security.Caller;
import vn.doingoai.commons.security.Roles;

/**
 * Which province a figures request is about. Provincial callers always get their own (naming another
 * is refused); central bodies and administrators name one or, where the answer allows, none for all.
 */
@ApplicationScoped
public class ProvinceScope {

    private final Caller caller;

    public ProvinceScope(Caller caller) {
        this.caller = caller;
    }

    /** The province to read, or {@code null} for every province (central callers without a filter). */
    public String resolve(String requested) {
        if (caller.isCentral() || caller.hasRole(Roles.ADMIN)) {
            return requested;
        }
        String own = caller.province().orElseThrow(() -> new ProblemException(ProblemCode.FORBIDDEN,
                "The token carries no province claim; there is no province's data to show."));
        if (requested != null && !requested.equals(own)) {
            throw new ProblemException(ProblemCode.FORBIDDEN, "Figures of another province are for central bodies.");
        }
        return own;
    }

    /** Like {@link #resolve} for answers about exactly one province: central callers must name it. */
    public String requireOne(String requested) {
        String province = resolve(requested);
        if (province == null) {
            throw ProblemException.validation(List.of(new Problem.FieldError("province", "REQUIRED",
                    "central bodies must name the province: this answer is about one province")));
        }
        return province;
    }
}
