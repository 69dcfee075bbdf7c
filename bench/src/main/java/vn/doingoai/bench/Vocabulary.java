package vn.doingoai.bench;

import java.util.List;
import java.util.SplittableRandom;

/** The words loaded rows are made of: Vietnamese names, partner countries and their localities. */
public final class Vocabulary {

    private Vocabulary() {
    }

    /** A partner country, its Vietnamese name, localities Vietnamese provinces work with, and a weight. */
    public record Country(String code, String nameVi, List<String> localities, int weight, List<String> givenNames,
            List<String> familyNames) {
    }

    static final List<String> FAMILY = List.of("Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng",
            "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Trịnh", "Mai");
    static final List<String> MIDDLE_MALE = List.of("Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân", "Trọng", "Đình");
    static final List<String> MIDDLE_FEMALE = List.of("Thị", "Thị", "Ngọc", "Thu", "Thanh", "Hoài", "Minh", "Kim", "Phương");
    static final List<String> GIVEN_MALE = List.of("An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hùng", "Huy", "Khánh",
            "Long", "Mạnh", "Nam", "Phong", "Phúc", "Quang", "Sơn", "Thắng", "Thành", "Trung", "Tuấn", "Tùng", "Việt", "Vinh");
    static final List<String> GIVEN_FEMALE = List.of("Anh", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương",
            "Lan", "Linh", "Loan", "Mai", "Nga", "Ngân", "Nhung", "Phương", "Quyên", "Tâm", "Thảo", "Trang", "Vân", "Yến");

    static final List<Country> COUNTRIES = List.of(
            new Country("LA", "Lào", List.of("Viêng Chăn", "Luông Pha Băng", "Xa-va-na-khệt", "Chăm-pa-xắc", "Xiêng Khoảng",
                    "Hủa Phăn", "Bò Kẹo", "Khăm Muộn", "Bô-ly-khăm-xay", "Phông-xa-lỳ"), 22,
                    List.of("Somsak", "Bounthong", "Khamphao", "Vilayvanh", "Souksavanh"), List.of("Phommachanh", "Sisoulath", "Vongsay")),
            new Country("KH", "Campuchia", List.of("Phnôm Pênh", "Xiêm Riệp", "Bát-tam-băng", "Kampot", "Svay Rieng", "Ratanakiri"), 10,
                    List.of("Sokha", "Vanna", "Dara", "Chenda"), List.of("Chea", "Sok", "Heng")),
            new Country("CN", "Trung Quốc", List.of("Quảng Tây", "Vân Nam", "Quảng Đông", "Hải Nam", "Bắc Kinh", "Thượng Hải"), 14,
                    List.of("Wei", "Fang", "Jun", "Li"), List.of("Wang", "Zhang", "Liu", "Chen")),
            new Country("KR", "Hàn Quốc", List.of("Gyeonggi", "Busan", "Incheon", "Daegu", "Gyeongsang Bắc", "Jeolla Nam"), 12,
                    List.of("Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun"), List.of("Kim", "Lee", "Park", "Choi")),
            new Country("JP", "Nhật Bản", List.of("Osaka", "Kanagawa", "Fukuoka", "Shizuoka", "Gunma", "Ibaraki", "Tottori"), 12,
                    List.of("Hiroshi", "Yuki", "Takashi", "Aiko"), List.of("Tanaka", "Suzuki", "Sato", "Watanabe")),
            new Country("TH", "Thái Lan", List.of("Băng Cốc", "Udon Thani", "Nakhon Phanom", "Chiang Mai", "Khon Kaen"), 6,
                    List.of("Somchai", "Suda", "Anan"), List.of("Srisuk", "Wongsa")),
            new Country("US", "Hoa Kỳ", List.of("California", "Washington", "Texas", "Massachusetts", "Oregon"), 5,
                    List.of("John", "Emily", "Michael"), List.of("Smith", "Johnson", "Miller")),
            new Country("FR", "Pháp", List.of("Île-de-France", "Normandie", "Occitanie", "Bretagne", "Val-de-Marne"), 4,
                    List.of("Jean", "Marie", "Luc"), List.of("Martin", "Bernard", "Dubois")),
            new Country("DE", "Đức", List.of("Bavaria", "Saxony", "Hessen", "Berlin"), 3,
                    List.of("Lukas", "Anna", "Jonas"), List.of("Müller", "Schmidt", "Weber")),
            new Country("AU", "Ô-xtrây-li-a", List.of("New South Wales", "Victoria", "Queensland"), 3,
                    List.of("Jack", "Olivia"), List.of("Brown", "Wilson")),
            new Country("SG", "Xinh-ga-po", List.of("Xinh-ga-po"), 3, List.of("Wei Ling", "Ahmad"), List.of("Tan", "Lim")),
            new Country("RU", "Liên bang Nga", List.of("Mát-xcơ-va", "Xanh Pê-téc-bua", "Ulyanovsk", "Tatarstan"), 3,
                    List.of("Ivan", "Olga", "Dmitri"), List.of("Ivanov", "Petrova", "Smirnov")),
            new Country("IN", "Ấn Độ", List.of("Gujarat", "Tamil Nadu", "Kerala"), 2, List.of("Arjun", "Priya"), List.of("Sharma", "Patel")),
            new Country("CU", "Cu Ba", List.of("La Habana", "Santiago de Cuba", "Matanzas"), 2, List.of("José", "María"), List.of("García", "Pérez")),
            new Country("MN", "Mông Cổ", List.of("Ulaanbaatar", "Selenge"), 1, List.of("Bat", "Saraa"), List.of("Dorj", "Bold")),
            new Country("MY", "Ma-lai-xi-a", List.of("Selangor", "Penang", "Johor"), 2, List.of("Aiman", "Siti"), List.of("Rahman", "Abdullah")),
            new Country("ID", "In-đô-nê-xi-a", List.of("Jakarta", "Đông Java", "Bali"), 2, List.of("Budi", "Dewi"), List.of("Santoso", "Wijaya")),
            new Country("IT", "I-ta-li-a", List.of("Lombardia", "Toscana"), 1, List.of("Marco", "Giulia"), List.of("Rossi", "Bianchi")),
            new Country("GB", "Vương quốc Anh", List.of("Luân Đôn", "Scotland"), 1, List.of("Oliver", "Amelia"), List.of("Taylor", "Davies")),
            new Country("BE", "Bỉ", List.of("Wallonie-Bruxelles", "Flanders"), 1, List.of("Lucas", "Emma"), List.of("Peeters", "Janssens")));

    private static final int COUNTRY_WEIGHT = COUNTRIES.stream().mapToInt(Country::weight).sum();

    public static Country country(SplittableRandom random) {
        int pick = random.nextInt(COUNTRY_WEIGHT);
        for (Country country : COUNTRIES) {
            pick -= country.weight();
            if (pick < 0) {
                return country;
            }
        }
        throw new IllegalStateException();
    }

    public static String vietnameseName(SplittableRandom random) {
        boolean male = random.nextInt(100) < 62;
        return pick(random, FAMILY) + " " + pick(random, male ? MIDDLE_MALE : MIDDLE_FEMALE) + " "
                + pick(random, male ? GIVEN_MALE : GIVEN_FEMALE);
    }

    public static String foreignName(SplittableRandom random, Country country) {
        return pick(random, country.givenNames()) + " " + pick(random, country.familyNames());
    }

    public static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Positions of a province's people who travel, most senior first (the few who travel most). */
    static final List<String> POSITIONS = List.of("Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh",
            "Chủ tịch HĐND tỉnh", "Giám đốc Sở Ngoại vụ", "Phó Giám đốc Sở Ngoại vụ", "Giám đốc Sở Công Thương",
            "Giám đốc Sở Tài chính", "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Giám đốc Sở Giáo dục và Đào tạo",
            "Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên", "Chuyên viên chính", "Chủ tịch UBND xã", "Giám đốc doanh nghiệp");
    static final List<String> UNITS = List.of("Văn phòng UBND tỉnh", "Sở Ngoại vụ", "Sở Công Thương", "Sở Tài chính",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Nông nghiệp và Môi trường",
            "Công an tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch",
            "Hiệp hội Doanh nghiệp tỉnh");
}
