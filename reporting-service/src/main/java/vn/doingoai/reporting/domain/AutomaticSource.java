package vn.doingoai.reporting.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AutomaticSource", description = "A figure another service computes, filled in live. Extensible.")
public enum AutomaticSource implements Labelled {
    AGREEMENTS_SIGNED("Số thỏa thuận đã ký", "Agreements signed"),
    AGREEMENTS_IN_FORCE("Số thỏa thuận đang có hiệu lực", "Agreements in force"),
    OUTBOUND_DELEGATIONS("Số đoàn ra", "Outbound delegations"),
    INBOUND_DELEGATIONS("Số đoàn vào", "Inbound delegations");

    private final String labelVi;
    private final String labelEn;

    AutomaticSource(String labelVi, String labelEn) {
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
