package vn.doingoai.delegation.service;

import java.time.LocalDate;
import java.util.List;
import vn.doingoai.commons.i18n.Text;
import vn.doingoai.commons.problem.InvalidField;
import vn.doingoai.commons.problem.ProblemException;

/** The {@code from} and {@code to} days a list, a register or the statistics are asked for. */
final class DateWindow {

    private DateWindow() {
    }

    /** A window that ends before it starts is a mistake in the question, not a question with no answer. */
    static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.validation(List.of(new InvalidField("to", "DATE_RANGE",
                    Text.of("delegation.to-before-from", "must not be before from"))));
        }
    }
}
