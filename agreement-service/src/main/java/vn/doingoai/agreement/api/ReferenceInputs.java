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

    @Schema(name = "AdministrativeUnitInput", description = "A provincial-level unit under one name between two dates.")
    public record UnitInput(
            @Schema(description = "Two-digit national code; ignored when changing an existing row.", maxLength = 2,
                    examples = "33") @jakarta.validation.constraints.Pattern(regexp = "[0-9]{2}") String code,
            @Schema(maxLength = 200, examples = "Tỉnh Hưng Yên") @NotBlank @Size(max = 200) String nameVi,
            @Schema(maxLength = 200, examples = "Hung Yen Province") @NotBlank @Size(max = 200) String nameEn,
            @Schema(description = "PROVINCE or CENTRAL_CITY.", maxLength = 40, examples = "PROVINCE")
            @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Pattern(regexp = "PROVINCE|CENTRAL_CITY")
            String kind,
            @Schema(format = "date", examples = "2025-07-01") LocalDate validFrom,
            @Schema(format = "date") LocalDate validTo) {
    }

    @Schema(name = "AdministrativeSuccessionInput", description = "A unit taking over another's territory and records.")
    public record SuccessionInput(
            @Schema(maxLength = 2, examples = "34") @jakarta.validation.constraints.NotNull
            @jakarta.validation.constraints.Pattern(regexp = "[0-9]{2}") String predecessorCode,
            @Schema(maxLength = 2, examples = "33") @jakarta.validation.constraints.NotNull
            @jakarta.validation.constraints.Pattern(regexp = "[0-9]{2}") String successorCode,
            @Schema(format = "date", examples = "2025-07-01") @jakarta.validation.constraints.NotNull LocalDate effectiveOn,
            @Schema(description = "MERGE, RENAME or UPGRADE.", maxLength = 20, examples = "MERGE")
            @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Pattern(regexp = "MERGE|RENAME|UPGRADE")
            String kind,
            @Schema(maxLength = 200, examples = "Nghị quyết 202/2025/QH15") @NotBlank @Size(max = 200) String legalBasis) {
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
