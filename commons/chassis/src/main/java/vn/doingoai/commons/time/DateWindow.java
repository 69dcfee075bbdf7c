package vn.doingoai.commons.time;

import java.time.LocalDate;
import java.util.List;
import vn.doingoai.commons.i18n.Text;
import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.problem.ProblemException;

/** A pair of days a question is bounded by: a list's, a register's or a statistic's from and to. */
public final class DateWindow {

    private DateWindow() {
    }

    /**
     * A window that ends before it starts is a mistake in the question, not a question with no answer:
     * 400 {@code DATE_RANGE} on the end's parameter, instead of an empty 200.
     */
    public static void requireOrdered(String fromName, LocalDate from, String toName, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.validation(List.of(new InvalidField(toName, "DATE_RANGE",
                    Text.of("chassis.date-window-reversed", "must not be before {0}", fromName))));
        }
    }
}
