package vn.doingoai.agreement.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadlineKind", description = "A legal deadline the service tracks. Extensible.")
public enum DeadlineKind implements Labelled {
    CONSULTATION_REPLY("Hạn trả lời ý kiến", "Reply to consultation"),
    PM_REVIEW("Hạn trình Thủ tướng", "Prime Minister review"),
    APPROVAL_DECISION("Hạn quyết định phê duyệt", "Approval decision"),
    REPORT_TO_PM_AND_MOFA("Hạn báo cáo Thủ tướng và Bộ Ngoại giao", "Report to the Prime Minister and MOFA"),
    MOFA_NOTICE("Hạn thông báo Bộ Ngoại giao", "Notice to MOFA"),
    EXPIRY("Ngày hết hiệu lực", "Expiry");

    private final String labelVi;
    private final String labelEn;

    DeadlineKind(String labelVi, String labelEn) {
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
