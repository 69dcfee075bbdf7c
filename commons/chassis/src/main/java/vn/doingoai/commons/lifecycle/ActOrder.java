package vn.doingoai.commons.lifecycle;

import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.i18n.Text;
import java.time.LocalDate;
import java.util.List;
import vn.doingoai.commons.problem.ProblemException;

/**
 * The steps of every lifecycle in the suite happen in order: a step never takes effect before the
 * step recorded before it (an approval is not dated before the submission it decides, a signing not
 * before the signatory was authorised). Figures read "as of a day" from these dates, so they must
 * never run backwards.
 */
public final class ActOrder {

    public static final String BEFORE_PREVIOUS_ACT = "BEFORE_PREVIOUS_ACT";

    private ActOrder() {
    }

    /** Refuses {@code effectiveOn} when it is before {@code previous} (the latest effective date so far, if any). */
    public static void requireNotBefore(LocalDate effectiveOn, LocalDate previous) {
        requireNotBefore("effectiveOn", effectiveOn, previous);
    }

    /** The same for a date given in another field (a decision's date, the day a deadline was met). */
    public static void requireNotBefore(String field, LocalDate day, LocalDate previous) {
        if (previous != null && day != null && day.isBefore(previous)) {
            throw ProblemException.validation(List.of(new InvalidField(field, BEFORE_PREVIOUS_ACT,
                    Text.of("chassis.before-previous-act", "The step before took effect on {0}; this cannot be dated before it.", previous))));
        }
    }
}
