package vn.doingoai.agreement.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ParentRelation", description = "How an agreement relates to the one it derives from. Extensible.")
public enum ParentRelation implements Labelled {
    AMENDS("Sửa đổi", "Amends"),
    EXTENDS("Gia hạn", "Extends"),
    REPLACES("Thay thế", "Replaces");

    private final String labelVi;
    private final String labelEn;

    ParentRelation(String labelVi, String labelEn) {
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
