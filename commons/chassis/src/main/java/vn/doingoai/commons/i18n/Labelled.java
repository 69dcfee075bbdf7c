package vn.doingoai.commons.i18n;

/**
 * A code of the API with its labels for people, so that no screen or document shows a raw code.
 * The labels are defined with the code itself: a new value cannot be added without them.
 */
public interface Labelled {

    String labelVi();

    String labelEn();

    default Text label() {
        return Text.bilingual(labelVi(), labelEn());
    }
}
