package vn.doingoai.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.doingoai.commons.lifecycle.AvailableActions;
import vn.doingoai.commons.lifecycle.BlockedAction;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.reporting.domain.Pillar;
import vn.doingoai.reporting.domain.ReportAction;
import vn.doingoai.reporting.domain.ReportEntry;
import vn.doingoai.reporting.domain.ReportStatus;
import vn.doingoai.reporting.domain.TaskStatus;
import vn.doingoai.reporting.domain.UnitReport;

/** What clients send and read about periodic reports, completeness and consolidation. */
public final class ReportDtos {

    private ReportDtos() {
    }

    public static final String PERIOD_PATTERN = "\\d{4}(-Q[1-4]|-H[12])?";

    @Schema(name = "ReportInput", description = "A unit's report for a programme and period (the unit is the token's).")
    public record ReportInput(
            @Schema(format = "uuid") @NotNull UUID programmeId,
            @Schema(description = "2025-Q3, 2025-H1 or 2025, following the programme's cadence.", maxLength = 7,
                    examples = "2026-Q3") @NotNull @Pattern(regexp = PERIOD_PATTERN) String period,
            @Schema(maxItems = 500) @Size(max = 500) List<@Valid @NotNull ReportEntry> entries) {
    }

    @Schema(name = "ReportEntriesInput", description = "A draft's entries, replaced whole.")
    public record EntriesInput(@Schema(maxItems = 500) @NotNull @Size(max = 500) List<@Valid @NotNull ReportEntry> entries) {
    }

    @Schema(name = "Report", description = "A unit's periodic report on a programme.")
    public record ReportView(
            @Schema(format = "uuid") UUID id,
            @Schema(format = "uuid") UUID programmeId,
            @Schema(maxLength = 40) String unitCode,
            @Schema(maxLength = 7) String period,
            ReportStatus status,
            @Schema(description = "What the caller may do now: each would succeed.", maxItems = 5) List<ReportAction> allowedActions,
            @Schema(description = "What the caller's roles allow in this state but would be refused now, with the code.",
                    maxItems = 5) List<BlockedAction> blockedActions,
            @Schema(maxItems = 500) List<ReportEntry> entries,
            @Schema(format = "date") LocalDate submittedOn,
            @Schema(description = "Submitted within the programme's on-time days after the period.") Boolean onTime,
            @Schema(maxLength = 2000) String returnedReason,
            @Schema(format = "int64") long version,
            @Schema(format = "date-time") Instant updatedAt) {

        static ReportView of(UnitReport r, String unitCode, AvailableActions<ReportAction> actions, Boolean onTime) {
            return new ReportView(r.id, r.programmeId, unitCode, r.period, r.status, actions.allowed(), actions.blocked(),
                    List.copyOf(r.entries), r.submittedOn, onTime,
                    r.returnedReason, r.version, r.updatedAt);
        }
    }

    @Schema(name = "ReportPage", description = "Reports.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReportPage(@Schema(maxItems = 200) List<ReportView> items, @Schema(maxLength = 2000) String nextCursor) {
    }

    @Schema(name = "ReportTransitionRequest", description = "SUBMIT (the unit), ACCEPT or RETURN with a reason (the "
            + "Department of Foreign Affairs).")
    public record ReportTransitionRequest(
            @NotNull ReportAction action,
            @Schema(maxLength = 2000) @Size(max = 2000) String comment) {
    }

    @Schema(name = "UnitCompleteness", description = "One unit's reporting in the period.")
    public record UnitCompleteness(
            @Schema(maxLength = 40) String unitCode,
            @Schema(maxLength = 300) String unitName,
            boolean received,
            boolean onTime,
            ReportStatus status,
            @Schema(format = "date") LocalDate submittedOn) {
    }

    @Schema(name = "Completeness", description = "Reporting rates for a period, the way DHIS2 measures them.")
    public record Completeness(
            @Schema(format = "uuid") UUID programmeId,
            @Schema(maxLength = 7) String period,
            @Schema(format = "date") LocalDate dueBy,
            @Schema(format = "int32") int expected,
            @Schema(format = "int32") int received,
            @Schema(format = "int32") int receivedOnTime,
            @Schema(description = "received / expected, 0–1.", format = "double") double reportingRate,
            @Schema(description = "receivedOnTime / expected, 0–1.", format = "double") double onTimeRate,
            @Schema(maxItems = 500) List<UnitCompleteness> units) {
    }

    @Schema(name = "ConsolidatedIndicator", description = "An indicator's target and actual value in the period.")
    public record IndicatorLine(
            @Schema(maxLength = 40) String code,
            @Schema(maxLength = 300) String name,
            @Schema(maxLength = 50) String unit,
            BigDecimal baseline,
            BigDecimal target,
            BigDecimal actual,
            @Schema(description = "actual / target, when both are known.", format = "double") Double progress,
            @Schema(description = "MANUAL (from the lead unit's report) or the automatic source.", maxLength = 40) String source) {
    }

    @Schema(name = "ConsolidatedTask", description = "A task in the province's picture for the period.")
    public record TaskLine(
            @Schema(format = "uuid") UUID taskId,
            @Schema(maxLength = 500) String title,
            @Schema(maxLength = 40) String leadUnitCode,
            @Schema(description = "The lead unit's status in its latest report for the period; absent when it has not reported.")
            TaskStatus status,
            @Schema(maxLength = 8000) String narrative,
            @Schema(description = "Past its deadline and not done.") boolean overdue,
            @Schema(maxItems = 20) List<IndicatorLine> indicators) {
    }

    @Schema(name = "ConsolidatedArea", description = "A content area with its tasks.")
    public record AreaLine(
            @Schema(format = "uuid") UUID contentAreaId,
            @Schema(maxLength = 500) String title,
            Pillar pillar,
            @Schema(maxItems = 500) List<TaskLine> tasks) {
    }

    @Schema(name = "ConsolidatedReport", description = "The province's picture of a programme for a period.")
    public record Consolidated(
            @Schema(format = "uuid") UUID programmeId,
            @Schema(maxLength = 100) String number,
            @Schema(maxLength = 500) String title,
            @Schema(maxLength = 7) String period,
            @Schema(format = "int32") int tasks,
            @Schema(format = "int32") int overdueTasks,
            @Schema(maxItems = 100) List<AreaLine> contentAreas,
            @Schema(description = "Services whose figures could not be read: their automatic indicators have no actual.",
                    maxItems = 5) List<@Size(max = 40) String> missing,
            @Schema(description = "When the figures were read.", format = "date-time") Instant asOf) {
    }
}
