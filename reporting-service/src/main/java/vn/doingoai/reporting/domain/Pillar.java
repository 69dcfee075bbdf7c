package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Pillar", description = "The three pillars of foreign affairs: Party external relations, State diplomacy, people-to-people diplomacy. Extensible.")
public enum Pillar {
    PARTY_EXTERNAL_RELATIONS("Đối ngoại Đảng"),
    STATE_DIPLOMACY("Ngoại giao Nhà nước"),
    PEOPLE_TO_PEOPLE_DIPLOMACY("Đối ngoại nhân dân");

    /** How printed documents name it. */
    public final String labelVi;

    Pillar(String labelVi) {
        this.labelVi = labelVi;
    }
}
