package vn.doingoai.agreement.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsultationReply", description = "A consulted body's answer. Extensible.")
public enum ConsultationReply implements Labelled {
    AGREE("Đồng ý", "Agrees"),
    OBJECT("Có ý kiến khác", "Objects"),
    NO_ANSWER("Không trả lời đúng hạn", "No answer in time");

    private final String labelVi;
    private final String labelEn;

    ConsultationReply(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
