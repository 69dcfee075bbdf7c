package vn.doingoai.agreement.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.agreement.domain.AgreementDeadline;
import vn.doingoai.agreement.domain.DeadlineKind;

@Schema(name = "AgreementDeadline", description = "A legal deadline of an agreement.")
public record DeadlineView(
        @Schema(format = "uuid") UUID id,
        @Schema(format = "uuid") UUID agreementId,
        DeadlineKind kind,
        @Schema(format = "date", examples = "2020-07-05") LocalDate dueOn,
        @Schema(description = "OVERDUE (open, past due), DUE (open, due today or later and within its warning "
                + "period), UPCOMING (open, not yet within its warning period), COMPLETED. The lists filter by the same states. "
                + "Extensible.",
                maxLength = 20, examples = "DUE") String state,
        @Schema(format = "date") LocalDate completedOn,
        @Schema(maxLength = 200, examples = "Công văn 345/UBND-NV") String completionReference,
        @Schema(maxLength = 2000) String completionNote,
        @Schema(maxLength = 200) String completedBy) {

    static DeadlineView of(AgreementDeadline d, LocalDate today) {
        String state = d.stateOn(today);
        return new DeadlineView(d.id, d.agreementId, d.kind, d.dueOn, state, d.completedOn, d.completionReference,
                d.completionNote, d.completedBy);
    }

    @Schema(name = "AgreementDeadlinePage", description = "One page of deadlines, soonest first.")
    public record Page(@Schema(maxItems = 200) List<DeadlineView> items,
            @Schema(maxLength = 2000) String nextCursor) {
    }
}
