package vn.doingoai.agreement.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementAction", description = "What a transition does. Extensible: clients must tolerate new values; "
        + "`allowedActions` on each agreement says which ones the caller may send now.")
public enum AgreementAction implements Labelled {
    /** Send the draft to MOFA and the concerned bodies for their opinion. */
    START_CONSULTATION("Lấy ý kiến", "Start consultation"),
    /** Record one consulted body's reply; an objection moves the agreement to OBJECTED. */
    RECORD_OPINION("Ghi nhận ý kiến", "Record an opinion"),
    /** An objection stands: the dossier goes to the Prime Minister. */
    REFER_TO_PM("Trình Thủ tướng", "Refer to the Prime Minister"),
    RECORD_PM_CONSENT("Ghi nhận Thủ tướng đồng ý", "Record the Prime Minister's consent"),
    RECORD_PM_REFUSAL("Ghi nhận Thủ tướng không đồng ý", "Record the Prime Minister's refusal"),
    /** Submit to the Chair of the People's Committee for decision. */
    SUBMIT("Trình phê duyệt", "Submit for approval"),
    APPROVE("Phê duyệt", "Approve"),
    REJECT("Không phê duyệt", "Reject"),
    /** Take a rejected agreement back to drafting. */
    REVISE("Soạn thảo lại", "Revise"),
    AUTHORISE_SIGNATORY("Ủy quyền ký", "Authorise the signatory"),
    RECORD_SIGNING("Ghi nhận việc ký", "Record the signing"),
    RECORD_ENTRY_INTO_FORCE("Ghi nhận có hiệu lực", "Record entry into force"),
    SUSPEND("Tạm đình chỉ", "Suspend"),
    RESUME("Tiếp tục thực hiện", "Resume"),
    TERMINATE("Chấm dứt", "Terminate"),
    WITHDRAW("Rút", "Withdraw"),
    /** Set by the system when the expiry date has passed. */
    EXPIRE("Hết hiệu lực", "Expire");

    private final String labelVi;
    private final String labelEn;

    AgreementAction(String labelVi, String labelEn) {
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
