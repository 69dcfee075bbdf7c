package vn.doingoai.reporting.api;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import vn.doingoai.commons.testing.TestTokens;

/**
 * The reporting units the tests work with, added by an administrator through the API as in a real
 * province (the database holds none of its own: demo units come with the demo data only).
 */
final class ReportingUnits {

    private static final List<List<String>> UNITS = List.of(
            List.of("38", "SO_NGOAI_VU", "Sở Ngoại vụ tỉnh Thanh Hóa", "Thanh Hóa Department of Foreign Affairs"),
            List.of("38", "SO_VHTTDL", "Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa", "Thanh Hóa Department of Culture, Sports and Tourism"),
            List.of("38", "BQL_KKT_NGHI_SON", "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp", "Nghi Sơn Economic Zone and Industrial Parks Authority"),
            List.of("38", "SO_CONG_THUONG", "Sở Công Thương tỉnh Thanh Hóa", "Thanh Hóa Department of Industry and Trade"),
            List.of("11", "SO_NGOAI_VU", "Sở Ngoại vụ tỉnh Điện Biên", "Điện Biên Department of Foreign Affairs"),
            List.of("11", "SO_TTTT", "Sở Thông tin và Truyền thông tỉnh Điện Biên", "Điện Biên Department of Information and Communications"),
            List.of("11", "BCH_BDBP", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên", "Điện Biên Border Guard Command"),
            List.of("22", "SO_NGOAI_VU", "Sở Ngoại vụ tỉnh Quảng Ninh", "Quảng Ninh Department of Foreign Affairs"),
            List.of("22", "BAN_XTHT_DT", "Ban Xúc tiến và Hỗ trợ đầu tư tỉnh Quảng Ninh", "Quảng Ninh Investment Promotion and Support Board"),
            List.of("33", "SO_NGOAI_VU", "Sở Ngoại vụ tỉnh Hưng Yên", "Hưng Yên Department of Foreign Affairs"),
            List.of("46", "SO_NGOAI_VU", "Sở Ngoại vụ thành phố Huế", "Huế City Department of Foreign Affairs"));

    private ReportingUnits() {
    }

    /** Adds every unit; one already there answers 409 and stays as it is (each application start has a new database). */
    static void ensure() {
        String admin = TestTokens.user("admin").roles("admin").sign();
        for (List<String> u : UNITS) {
            int status = given().auth().oauth2(admin).contentType("application/json")
                    .body(Map.of("provinceCode", u.get(0), "code", u.get(1), "nameVi", u.get(2), "nameEn", u.get(3)))
                    .when().post("/api/v1/reference/units").then().extract().statusCode();
            if (status != 201 && status != 409) {
                throw new AssertionError("adding unit " + u + " answered " + status);
            }
        }
    }
}
