package vn.doingoai.delegation.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PassportType", description = "Kind of passport. Extensible.")
public enum PassportType implements Labelled {
    DIPLOMATIC("Hộ chiếu ngoại giao", "Diplomatic passport"),
    OFFICIAL("Hộ chiếu công vụ", "Official passport"),
    ORDINARY("Hộ chiếu phổ thông", "Ordinary passport");

    private final String labelVi;
    private final String labelEn;

    PassportType(String labelVi, String labelEn) {
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
