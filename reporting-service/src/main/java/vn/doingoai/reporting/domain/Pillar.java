package vn.doingoai.reporting.domain;

import vn.doingoai.commons.i18n.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Pillar", description = "The three pillars of foreign affairs: Party external relations, State diplomacy, people-to-people diplomacy. Extensible.")
public enum Pillar implements Labelled {
    PARTY_EXTERNAL_RELATIONS("Đối ngoại Đảng", "Party external relations"),
    STATE_DIPLOMACY("Ngoại giao Nhà nước", "State diplomacy"),
    PEOPLE_TO_PEOPLE_DIPLOMACY("Đối ngoại nhân dân", "People-to-people diplomacy");

    private final String labelVi;
    private final String labelEn;

    Pillar(String labelVi, String labelEn) {
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
