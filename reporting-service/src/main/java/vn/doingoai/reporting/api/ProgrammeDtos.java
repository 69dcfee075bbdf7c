package vn.doingoai.reporting.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.reporting.domain.Cadence;
import vn.doingoai.reporting.domain.ContentArea;
import vn.doingoai.reporting.domain.Indicator;
import vn.doingoai.reporting.domain.Pillar;
import vn.doingoai.reporting.domain.Programme;
import vn.doingoai.reporting.domain.ProgrammeKind;
import vn.doingoai.reporting.domain.ProgrammeStatus;
import vn.doingoai.reporting.domain.Recurrence;
import vn.doingoai.reporting.domain.Task;

/** What clients send and read about programmes, their content areas and tasks. */
public final class ProgrammeDtos {

    private ProgrammeDtos() {
    }

    @Schema(name = "ProgrammeInput", description = "A programme or plan's header.")
    public record ProgrammeInput(
            @Schema(maxLength = 100, examples = "139/KH-UBND") @NotBlank @Size(max = 100) String number,
            @Schema(maxLength = 500, examples = "Kế hoạch hành động triển khai công tác đối ngoại tỉnh Điện Biên giai đoạn 2019–2021")
            @NotBlank @Size(max = 500) String title,
            @NotNull ProgrammeKind kind,
            @Schema(maxLength = 300, examples = "Ủy ban nhân dân tỉnh Điện Biên") @Size(max = 300) String issuingBody,
            @Schema(format = "date", examples = "2019-01-15") LocalDate issuedOn,
            @Schema(format = "int32", examples = "2019") @NotNull @Min(1945) @Max(2200) Integer fromYear,
            @Schema(format = "int32", examples = "2021") @NotNull @Min(1945) @Max(2200) Integer toYear,
            @Schema(maxLength = 4000) @Size(max = 4000) String legalBasis,
            @Schema(description = "How often units report; absent means QUARTER.") Cadence cadence,
            @Schema(description = "Days after a period within which a report is on time; absent means 15.", format = "int32")
            @Min(0) @Max(365) Integer onTimeDays) {
    }

    @Schema(name = "ContentAreaInput", description = "A content area; give the id of an existing one to keep it.")
    public record ContentAreaInput(
            @Schema(format = "uuid") UUID id,
            @Schema(maxLength = 500, examples = "Thông tin đối ngoại") @NotBlank @Size(max = 500) String title,
            @NotNull Pillar pillar) {
    }

    @Schema(name = "ContentAreaListInput", description = "The programme's content areas, in order.")
    public record ContentAreasInput(@Schema(maxItems = 100) @NotNull @Size(max = 100) List<@Valid @NotNull ContentAreaInput> items) {
    }

    @Schema(name = "ContentArea", description = "A content area (nội dung) of a programme.")
    public record ContentAreaView(
            @Schema(format = "uuid") UUID id,
            @Schema(format = "int32") int position,
            @Schema(maxLength = 500) String title,
            Pillar pillar) {

        static ContentAreaView of(ContentArea a) {
            return new ContentAreaView(a.id, a.position, a.title, a.pillar);
        }
    }

    @Schema(name = "Programme", description = "A province's foreign-affairs programme or plan.")
    public record ProgrammeView(
            @Schema(format = "uuid") UUID id,
            @Schema(maxLength = 2) String provinceCode,
            @Schema(maxLength = 100) String number,
            @Schema(maxLength = 500) String title,
            ProgrammeKind kind,
            @Schema(maxLength = 300) String issuingBody,
            @Schema(format = "date") LocalDate issuedOn,
            @Schema(format = "int32") int fromYear,
            @Schema(format = "int32") int toYear,
            @Schema(maxLength = 4000) String legalBasis,
            ProgrammeStatus status,
            @Schema(description = "What the caller may do now: each would succeed.", maxItems = 5)
            List<vn.doingoai.reporting.domain.ProgrammeAction> allowedActions,
            @Schema(description = "What the caller's roles allow in this state but would be refused now, with the code.",
                    maxItems = 5) List<vn.doingoai.commons.lifecycle.BlockedAction> blockedActions,
            Cadence cadence,
            @Schema(format = "int32") int onTimeDays,
            @Schema(maxItems = 100) List<ContentAreaView> contentAreas,
            @Schema(format = "int64") long version,
            @Schema(format = "date-time") Instant updatedAt) {

        static ProgrammeView of(Programme p, List<ContentArea> areas,
                vn.doingoai.commons.lifecycle.AvailableActions<vn.doingoai.reporting.domain.ProgrammeAction> actions) {
            return new ProgrammeView(p.id, p.provinceCode, p.number, p.title, p.kind, p.issuingBody, p.issuedOn, p.fromYear,
                    p.toYear, p.legalBasis, p.status, actions.allowed(), actions.blocked(), p.cadence, p.onTimeDays,
                    areas.stream().map(ContentAreaView::of).toList(), p.version, p.updatedAt);
        }
    }

    @Schema(name = "ProgrammePage", description = "One page of programmes.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProgrammePage(@Schema(maxItems = 200) List<ProgrammeView> items,
            @Schema(maxLength = 2000) String nextCursor) {
    }

    @Schema(name = "TaskInput", description = "A task of the programme.")
    public record TaskInput(
            @Schema(format = "uuid") @NotNull UUID contentAreaId,
            @Schema(maxLength = 500, examples = "Tăng cường thông tin đối ngoại trên báo chí và mạng xã hội")
            @NotBlank @Size(max = 500) String title,
            @Schema(maxLength = 4000) @Size(max = 4000) String description,
            @Schema(description = "Code of the lead unit (GET /api/v1/reference/units).", maxLength = 40, examples = "SO_TTTT")
            @NotBlank @Size(max = 40) String leadUnitCode,
            @Schema(maxItems = 20) @Size(max = 20) List<@NotBlank @Size(max = 40) String> coordinatingUnitCodes,
            @NotNull Recurrence recurrence,
            @Schema(format = "date") LocalDate deadline,
            @Schema(maxLength = 2000) @Size(max = 2000) String expectedOutput,
            @Schema(maxItems = 20) @Size(max = 20) List<@Valid @NotNull Indicator> indicators,
            @Schema(description = "A closed task expects no more reports.") Boolean closed) {
    }

    @Schema(name = "Task", description = "A task of a programme with its lead and coordinating units.")
    public record TaskView(
            @Schema(format = "uuid") UUID id,
            @Schema(format = "uuid") UUID programmeId,
            @Schema(format = "uuid") UUID contentAreaId,
            @Schema(maxLength = 500) String title,
            @Schema(maxLength = 4000) String description,
            @Schema(maxLength = 40) String leadUnitCode,
            @Schema(maxItems = 20) List<@Size(max = 40) String> coordinatingUnitCodes,
            Recurrence recurrence,
            @Schema(format = "date") LocalDate deadline,
            @Schema(maxLength = 2000) String expectedOutput,
            @Schema(maxItems = 20) List<Indicator> indicators,
            boolean closed) {

        static TaskView of(Task t, java.util.Map<UUID, String> unitCodes) {
            return new TaskView(t.id, t.programmeId, t.contentAreaId, t.title, t.description, unitCodes.get(t.leadUnitId),
                    t.coordinatingUnitIds.stream().map(unitCodes::get).sorted().toList(), t.recurrence, t.deadline,
                    t.expectedOutput, List.copyOf(t.indicators), t.closed);
        }
    }

    @Schema(name = "TaskList", description = "The tasks of a programme, by content area.")
    public record TaskList(@Schema(maxItems = 2000) List<TaskView> items) {
    }

    @Schema(name = "ProgrammeTransitionRequest", description = "ISSUE a drafted programme, CLOSE an issued one.")
    public record ProgrammeTransitionRequest(
            @NotNull vn.doingoai.reporting.domain.ProgrammeAction action,
            @Schema(maxLength = 2000) @Size(max = 2000) String comment) {
    }
}
