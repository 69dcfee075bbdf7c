package vn.doingoai.commons.i18n;

/**
 * A code of the API that people see, so that no screen or document shows it raw. Its labels are
 * reference data: {@code i18n/labels.properties} of its module, under the name of the code's
 * schema ({@code AgreementStatus.IN_FORCE=Đang có hiệu lực | In force}); each service's labels
 * test fails when a code of its OpenAPI document has none.
 */
public interface Labelled {

    /** The code, as an enum names it. */
    String name();

    /** The enum the code belongs to. */
    Class<?> getDeclaringClass();

    default String labelVi() {
        return LabelCatalogue.label(getDeclaringClass(), name(), Language.VI);
    }

    default String labelEn() {
        return LabelCatalogue.label(getDeclaringClass(), name(), Language.EN);
    }

    default Text label() {
        return Text.bilingual(labelVi(), labelEn());
    }
}
