package vn.doingoai.agreement.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.agreement.domain.Holiday;
import vn.doingoai.agreement.domain.ProvinceSetting;

/** What administrators send and read when they keep the reference data. */
public final class ReferenceInputs {

    private ReferenceInputs() {
    }

    @Schema(name = "CodeLabelInput", description = "New labels for a code of a reference list.")
    public record LabelInput(
            @Schema(maxLength = 200, examples = "Tỉnh, bang, vùng") @NotBlank @Size(max = 200) String nameVi,
            @Schema(maxLength = 200, examples = "Province, state or region") @NotBlank @Size(max = 200) String nameEn,
            @Schema(format = "int32", examples = "10") @Min(0) @Max(100000) int sortOrder) {
    }

    @Schema(name = "CooperationFieldInput", description = "A cooperation field's labels and whether it is still offered.")
    public record FieldInput(
            @Schema(maxLength = 200, examples = "Giáo dục") @NotBlank @Size(max = 200) String nameVi,
            @Schema(maxLength = 200, examples = "Education") @NotBlank @Size(max = 200) String nameEn,
            @Schema(format = "int32", examples = "10") @Min(0) @Max(100000) int sortOrder,
            @Schema(description = "Absent means true.") Boolean active) {
    }

    @Schema(name = "CountryInput", description = "A country's names and whether it is offered.")
    public record CountryInput(
            @Schema(maxLength = 200, examples = "Lào") @NotBlank @Size(max = 200) String nameVi,
            @Schema(maxLength = 200, examples = "Laos") @NotBlank @Size(max = 200) String nameEn,
            @Schema(description = "Absent means true.") Boolean active) {
    }

    @Schema(name = "HolidayInput", description = "A public holiday's name.")
    public record HolidayInput(
            @Schema(maxLength = 200, examples = "Quốc khánh") @NotBlank @Size(max = 200) String nameVi,
            @Schema(maxLength = 200, examples = "National Day") @NotBlank @Size(max = 200) String nameEn) {
    }

    @Schema(name = "Holiday", description = "A public holiday: not a working day.")
    public record HolidayView(
            @Schema(format = "date", examples = "2026-09-02") LocalDate day,
            @Schema(maxLength = 200, examples = "Quốc khánh") String nameVi,
            @Schema(maxLength = 200, examples = "National Day") String nameEn) {

        static HolidayView of(Holiday h) {
            return new HolidayView(h.day, h.nameVi, h.nameEn);
        }
    }

    @Schema(name = "HolidayList", description = "Holidays, in date order; never paged.")
    public record HolidayList(@Schema(maxItems = 1000) List<HolidayView> items) {
    }

    @Schema(name = "ProvinceSettingInput", description = "What a province sets for its agreements.")
    public record SettingInput(
            @Schema(description = "How many days before expiry the EXPIRY deadline shows as DUE.", format = "int32",
                    examples = "90") @Min(1) @Max(730) int expiryWarningDays) {
    }

    @Schema(name = "ProvinceSetting", description = "A province's settings (defaults where it set none).")
    public record SettingView(
            @Schema(maxLength = 2, examples = "38") String provinceCode,
            @Schema(format = "int32", examples = "90") int expiryWarningDays) {

        static SettingView of(ProvinceSetting s) {
            return new SettingView(s.provinceCode, s.expiryWarningDays);
        }
    }
}
