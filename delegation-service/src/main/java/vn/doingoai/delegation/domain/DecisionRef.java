package vn.doingoai.delegation.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A decision about the delegation (quyết định cử đoàn, văn bản đồng ý đón đoàn). */
@Schema(name = "DelegationDecision", description = "A decision: number, date, issuer.")
public record DecisionRef(
        @Schema(maxLength = 100, examples = "2150/QĐ-UBND") @NotBlank @Size(max = 100) String number,
        @Schema(format = "date", examples = "2026-02-20") @NotNull LocalDate date,
        @Schema(maxLength = 300, examples = "Ủy ban nhân dân tỉnh Thanh Hóa") @Size(max = 300) String issuer) {
}
