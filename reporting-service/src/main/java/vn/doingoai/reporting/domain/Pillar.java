package vn.doingoai.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.commons.i18n.Labelled;

@Schema(name = "Pillar", description = "The three pillars of foreign affairs: Party external relations, State diplomacy, people-to-people diplomacy. Extensible.")
public enum Pillar implements Labelled {
    PARTY_EXTERNAL_RELATIONS,
    STATE_DIPLOMACY,
    PEOPLE_TO_PEOPLE_DIPLOMACY
}
