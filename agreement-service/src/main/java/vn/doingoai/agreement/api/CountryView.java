package vn.doingoai.agreement.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.doingoai.agreement.domain.Country;

@Schema(name = "Country", description = "A country (ISO 3166-1 alpha-2) with its names.")
public record CountryView(
        @Schema(maxLength = 2, examples = "LA") String code,
        @Schema(maxLength = 200, examples = "Lào") String nameVi,
        @Schema(maxLength = 200, examples = "Laos") String nameEn,
        boolean active) {

    static CountryView of(Country c) {
        return new CountryView(c.code, c.nameVi, c.nameEn, c.active);
    }

    @Schema(name = "CountryList", description = "All countries; never paged.")
    public record Page(@Schema(maxItems = 300) List<CountryView> items) {
    }
}
