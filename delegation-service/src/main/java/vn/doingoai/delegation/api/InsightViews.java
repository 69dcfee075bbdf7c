package vn.doingoai.delegation.api;

import java.time.LocalDate;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.delegation.domain.Delegation;
import vn.doingoai.delegation.domain.DelegationStatus;
import vn.doingoai.delegation.domain.Direction;

/** The shapes of the views across delegations. */
public final class InsightViews {

    private InsightViews() {
    }

    @Schema(name = "DelegationReportDeadline", description = "A report after a visit, not yet submitted.")
    public record ReportDeadline(
            @Schema(format = "uuid") UUID delegationId,
            @Schema(maxLength = 500) String title,
            Direction direction,
            DelegationStatus status,
            @Schema(format = "date") LocalDate returnedOn,
            @Schema(format = "date") LocalDate dueOn,
            @Schema(description = "OVERDUE or DUE. Extensible.", maxLength = 20, examples = "OVERDUE") String state) {

        static ReportDeadline of(Delegation d, LocalDate today) {
            return new ReportDeadline(d.id, d.title, d.direction, d.status, d.returnedOn, d.reportDueOn,
                    d.reportDueOn.isBefore(today) ? "OVERDUE" : "DUE");
        }
    }

    @Schema(name = "DelegationReportDeadlinePage", description = "Reports awaited, soonest first.")
    public record ReportDeadlinePage(@Schema(maxItems = 200) List<ReportDeadline> items,
            @Schema(maxLength = 2000) String nextCursor) {
    }

    @Schema(name = "CalendarEntry", description = "A delegation away or received in the period, with its people.")
    public record CalendarEntry(
            @Schema(format = "uuid") UUID delegationId,
            @Schema(maxLength = 500) String title,
            Direction direction,
            DelegationStatus status,
            @Schema(format = "date") LocalDate startOn,
            @Schema(format = "date") LocalDate endOn,
            @Schema(description = "Where an outbound delegation goes, or where inbound visitors come from.", maxItems = 20)
            List<@Size(max = 2) String> countries,
            @Schema(description = "Inbound: who receives the delegation.", maxLength = 200) String receivingLeader,
            @Schema(description = "Members, head first, with their positions.", maxItems = 500) List<@Size(max = 300) String> people) {
    }

    @Schema(name = "DelegationCalendar", description = "Delegations away or received between two days.")
    public record Calendar(@Schema(maxItems = 2000) List<CalendarEntry> items) {
    }

    @Schema(name = "DelegationConflict", description = "Two delegations of one person whose dates overlap.")
    public record Conflict(
            @Schema(format = "uuid") UUID firstDelegationId,
            @Schema(maxLength = 500) String firstTitle,
            DelegationStatus firstStatus,
            @Schema(format = "uuid") UUID secondDelegationId,
            @Schema(maxLength = 500) String secondTitle,
            DelegationStatus secondStatus,
            @Schema(format = "date") LocalDate overlapFrom,
            @Schema(format = "date") LocalDate overlapTo) {
    }

    @Schema(name = "DelegationConflicts", description = "A person's overlapping delegations.")
    public record Conflicts(
            @Schema(format = "uuid") UUID personId,
            @Schema(maxLength = 200) String fullName,
            @Schema(maxItems = 1000) List<Conflict> items) {
    }

    @Schema(name = "DelegationStatisticsRow", description = "Figures for one combination of the grouping dimensions.")
    public record StatisticsRow(
            @Schema(description = "The value of each grouping dimension, e.g. {\"year\": 2026, \"country\": \"LA\"}.")
            Map<String, Object> keys,
            @Schema(format = "int64") long delegations,
            @Schema(format = "int64") long members,
            @Schema(description = "Members × days, first and last day included.", format = "int64") long personDays,
            @Schema(description = "Sum of the cost estimates, VND.", format = "int64") long costVnd) {
    }

    @Schema(name = "DelegationStatistics", description = "Delegation figures grouped as asked.")
    public record Statistics(
            @Schema(maxItems = 20) List<@Size(max = 20) String> groupBy,
            @Schema(maxItems = 100000) List<StatisticsRow> items) {
    }
}
