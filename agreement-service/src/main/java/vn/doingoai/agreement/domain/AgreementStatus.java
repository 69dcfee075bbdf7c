package vn.doingoai.agreement.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The states of an agreement under Law 70/2020 and Decree 64/2021 (amended by Decree 177/2025). */
@Schema(name = "AgreementStatus", description = "Where the agreement stands in its legal lifecycle. Extensible: "
        + "clients must tolerate new values.")
public enum AgreementStatus implements Labelled {
    DRAFT("Đang soạn thảo", "Being drafted"),
    CONSULTING("Đang lấy ý kiến", "In consultation"),
    OBJECTED("Có ý kiến khác nhau", "Objections raised"),
    PM_REVIEW("Đang trình Thủ tướng", "Before the Prime Minister"),
    SUBMITTED("Đã trình phê duyệt", "Submitted for approval"),
    APPROVED("Đã phê duyệt, chờ ký", "Approved, awaiting signature"),
    REJECTED("Không được phê duyệt", "Not approved"),
    SIGNED("Đã ký", "Signed"),
    IN_FORCE("Đang có hiệu lực", "In force"),
    SUSPENDED("Tạm đình chỉ", "Suspended"),
    TERMINATED("Đã chấm dứt", "Terminated"),
    WITHDRAWN("Đã rút", "Withdrawn"),
    EXPIRED("Hết hiệu lực", "Expired");

    private final String labelVi;
    private final String labelEn;

    AgreementStatus(String labelVi, String labelEn) {
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
