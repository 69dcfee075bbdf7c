package vn.doingoai.agreement.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.agreement.domain.Consultation;
import vn.doingoai.agreement.domain.ConsultationReply;

@Schema(name = "Consultation", description = "A body asked for its opinion and its reply.")
public record ConsultationView(
        @Schema(format = "uuid") UUID id,
        @Schema(maxLength = 300, examples = "Bộ Ngoại giao") String bodyName,
        @Schema(format = "date") LocalDate requestedOn,
        @Schema(format = "date") LocalDate dueOn,
        ConsultationReply reply,
        @Schema(format = "date") LocalDate repliedOn,
        @Schema(maxLength = 2000) String note) {

    static ConsultationView of(Consultation c) {
        return new ConsultationView(c.id, c.bodyName, c.requestedOn, c.dueOn, c.reply, c.repliedOn, c.note);
    }
}
