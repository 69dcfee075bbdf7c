package vn.doingoai.delegation.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DelegationStatus", description = "Where a delegation stands. Outbound: DRAFT → SUBMITTED → APPRAISED → (PARTY_OPINION) → APPROVED or REJECTED → TRAVELLING → RETURNED → REPORT_SUBMITTED → CLOSED, or CANCELLED before travel. Inbound: REQUESTED → APPROVED or REJECTED → HELD → REPORTED → CLOSED, or CANCELLED. Extensible.")
public enum DelegationStatus implements Labelled {
    DRAFT("Đang soạn thảo", "Being drafted"),
    SUBMITTED("Đã trình", "Submitted"),
    APPRAISED("Đã thẩm định", "Appraised"),
    PARTY_OPINION("Đang xin ý kiến cấp ủy", "Awaiting the Party committee's opinion"),
    APPROVED("Đã phê duyệt", "Approved"),
    REJECTED("Không được phê duyệt", "Not approved"),
    TRAVELLING("Đang ở nước ngoài", "Travelling"),
    RETURNED("Đã về nước", "Returned"),
    REPORT_SUBMITTED("Đã nộp báo cáo", "Report submitted"),
    REQUESTED("Đề nghị đón đoàn", "Requested"),
    HELD("Đã đón đoàn", "Visit held"),
    REPORTED("Đã báo cáo", "Reported"),
    CLOSED("Đã kết thúc", "Closed"),
    CANCELLED("Đã hủy", "Cancelled");

    private final String labelVi;
    private final String labelEn;

    DelegationStatus(String labelVi, String labelEn) {
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
