package vn.doingoai.delegation.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DelegationAction", description = "What a transition does. Extensible; `allowedActions` says which ones the caller may send now.")
public enum DelegationAction implements Labelled {
    SUBMIT("Trình", "Submit"),
    APPRAISE("Thẩm định", "Appraise"),
    SEEK_PARTY_OPINION("Xin ý kiến cấp ủy", "Seek the Party committee's opinion"),
    APPROVE_OUTSIDE_PLAN("Chấp thuận ngoài kế hoạch", "Approve outside the plan"),
    APPROVE("Phê duyệt", "Approve"),
    REJECT("Không phê duyệt", "Reject"),
    START_TRAVEL("Xuất cảnh", "Start travel"),
    RECORD_RETURN("Ghi nhận về nước", "Record the return"),
    RECORD_HELD("Ghi nhận đã đón đoàn", "Record the visit held"),
    SUBMIT_REPORT("Nộp báo cáo", "Submit the report"),
    CLOSE("Kết thúc", "Close"),
    CANCEL("Hủy", "Cancel");

    private final String labelVi;
    private final String labelEn;

    DelegationAction(String labelVi, String labelEn) {
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
