package vn.doingoai.agreement.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.agreement.domain.AdministrativeSuccession;
import vn.doingoai.agreement.domain.AdministrativeUnit;

@Schema(name = "AdministrativeUnit", description = "A provincial-level unit as named between two dates.")
public record AdministrativeUnitView(
        @Schema(description = "Identifier of this row (a code has one row per name it carried).", format = "uuid")
        java.util.UUID id,
        @Schema(description = "National two-digit code; the `province` claim of tokens.", maxLength = 2, examples = "33")
        String code,
        @Schema(maxLength = 200, examples = "Tỉnh Hưng Yên") String nameVi,
        @Schema(maxLength = 200, examples = "Hung Yen Province") String nameEn,
        @Schema(description = "PROVINCE or CENTRAL_CITY; extensible.", maxLength = 40, examples = "PROVINCE") String kind,
        @Schema(description = "First day under this name; absent when older than the register.", format = "date")
        LocalDate validFrom,
        @Schema(description = "Last day under this name; absent while current.", format = "date") LocalDate validTo) {

    static AdministrativeUnitView of(AdministrativeUnit u) {
        return new AdministrativeUnitView(u.id, u.code, u.nameVi, u.nameEn, u.kind, u.validFrom, u.validTo);
    }

    @Schema(name = "AdministrativeUnitList", description = "Provincial-level units; never paged.")
    public record Page(@Schema(maxItems = 500) List<AdministrativeUnitView> items) {
    }

    @Schema(name = "AdministrativeSuccession", description = "A unit taking over another's territory and records.")
    public record Succession(
            @Schema(maxLength = 2, examples = "34") String predecessorCode,
            @Schema(maxLength = 2, examples = "33") String successorCode,
            @Schema(format = "date", examples = "2025-07-01") LocalDate effectiveOn,
            @Schema(description = "MERGE, RENAME or UPGRADE; extensible.", maxLength = 20, examples = "MERGE") String kind,
            @Schema(maxLength = 200, examples = "Nghị quyết 202/2025/QH15") String legalBasis) {

        static Succession of(AdministrativeSuccession s) {
            return new Succession(s.key.predecessorCode(), s.key.successorCode(), s.key.effectiveOn(), s.kind,
                    s.legalBasis);
        }
    }

    @Schema(name = "AdministrativeSuccessionList", description = "All successions; never paged.")
    public record SuccessionPage(@Schema(maxItems = 500) List<Succession> items) {
    }
}
