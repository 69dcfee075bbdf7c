package vn.doingoai.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import vn.doingoai.commons.text.VietnameseText;

/**
 * agreement-service's share: foreign partners of every province, and international agreements
 * (Law 70/2020) with their partners, cooperation fields and the transitions of their lifecycle.
 */
final class AgreementVolume {

    static final int PARTNER = 1;
    static final int AGREEMENT = 2;
    static final int TRANSITION = 3;

    private static final List<String> FIELDS = List.of("EDUCATION", "HEALTH", "CULTURE", "TOURISM", "ECONOMY", "TRADE",
            "INDUSTRY", "CONSTRUCTION", "AGRICULTURE", "INFORMATION_COMMUNICATION", "BORDER_MANAGEMENT", "SCIENCE_TECHNOLOGY", "LABOUR");
    private static final List<String> FIELD_WORDS = List.of("giáo dục", "y tế", "văn hóa", "du lịch", "kinh tế", "thương mại",
            "công nghiệp", "xây dựng", "nông nghiệp", "thông tin và truyền thông", "quản lý biên giới", "khoa học và công nghệ", "lao động");

    /** A partner as delegations see it: generated from its number alone, so both loaders agree. */
    record Partner(UUID id, String provinceCode, String nameVi, Vocabulary.Country country, String kind) {
    }

    private final Volume volume;
    private final Provinces provinces;

    AgreementVolume(Volume volume, Provinces provinces) {
        this.volume = volume;
        this.provinces = provinces;
    }

    /** Partner {@code n}; partners go round the province lines, so line {@code l} has partners l, l + 34, … */
    Partner partner(long n) {
        SplittableRandom random = Volume.random(PARTNER, n);
        Provinces.Line line = provinces.lines().get((int) (n % provinces.lines().size()));
        Vocabulary.Country country = Vocabulary.country(random);
        String locality = Vocabulary.pick(random, country.localities());
        int kind = random.nextInt(100);
        String name;
        String code;
        if (kind < 30) {
            code = "PROVINCE_STATE";
            name = "Chính quyền " + locality + " (" + country.nameVi() + ")";
        } else if (kind < 45) {
            code = "CITY";
            name = "Thành phố " + locality + " (" + country.nameVi() + ")";
        } else if (kind < 80) {
            code = "BUSINESS";
            name = "Công ty " + Vocabulary.foreignName(random, country) + " " + locality + " số " + (n / provinces.lines().size() + 1);
        } else if (kind < 92) {
            code = "NGO";
            name = "Quỹ hữu nghị " + country.nameVi() + " – " + locality + " số " + (n / provinces.lines().size() + 1);
        } else {
            code = "NATIONAL_AGENCY";
            name = "Bộ Ngoại giao " + country.nameVi();
        }
        return new Partner(BenchIds.of(PARTNER, n), line.code(), name, country, code);
    }

    /** A partner of the line, the first few of each line being the ones it works with most. */
    Partner partnerOf(int line, SplittableRandom random) {
        long perLine = Math.max(1, volume.partners() / provinces.lines().size());
        long k = random.nextInt(100) < 50 ? random.nextLong(Math.min(perLine, 20)) : random.nextLong(perLine);
        return partner(k * provinces.lines().size() + line);
    }

    void load(Bulk bulk, Progress progress) throws SQLException {
        progress.step("agreement-service: " + volume.partners() + " partners, " + volume.agreements() + " agreements");
        bulk.delete("agreement_transition", BenchIds.loaded("agreement_id"));
        bulk.delete("agreement_field", BenchIds.loaded("agreement_id"));
        bulk.delete("agreement_partner", BenchIds.loaded("agreement_id"));
        bulk.delete("agreement", BenchIds.loaded("id"));
        bulk.delete("partner", BenchIds.loaded("id"));
        for (String table : List.of("partner", "agreement", "agreement_partner", "agreement_field", "agreement_transition")) {
            bulk.dropIndexes(table);
        }
        OffsetDateTime registered = OffsetDateTime.of(2016, 6, 1, 2, 0, 0, 0, ZoneOffset.UTC);
        try (Csv csv = bulk.copy("partner", "id, province_code, version, name_vi, kind, country_code, relationship, contacts, active, "
                + "search_text, created_at, created_by, updated_at, updated_by")) {
            for (long n = 0; n < volume.partners(); n++) {
                Partner p = partner(n);
                String user = Volume.officer(p.provinceCode());
                csv.id(p.id()).text(p.provinceCode()).raw(0).text(p.nameVi()).text(p.kind()).text(p.country().code())
                        .text(n % 7 == 0 ? "TWINNED" : n % 3 == 0 ? "TRADITIONAL" : "NEW").text("[]").bool(true)
                        .text(VietnameseText.fold(p.nameVi())).raw(registered).text(user).raw(registered).text(user).end();
            }
        }
        try (Csv csv = bulk.copy("agreement", "id, province_code, version, status, reference_number, title_vi, kind, signing_level, "
                + "responsible_unit, signatory_name, signatory_title, proposed_on, decided_on, signed_on, in_force_on, expires_on, "
                + "languages, search_text, created_at, created_by, updated_at, updated_by")) {
            for (long n = 0; n < volume.agreements(); n++) {
                Agreement a = agreement(n);
                csv.id(a.id).text(a.provinceCode).raw(a.steps.size()).text(a.status).text(a.reference).text(a.title).text(a.kind)
                        .text(a.level).text("Sở Ngoại vụ").text(a.signatory).text(a.signatory == null ? null : "Chủ tịch UBND tỉnh")
                        .date(a.proposed).date(a.decided).date(a.signed).date(a.inForce).date(a.expires).text("[\"vi\",\"en\"]")
                        .text(VietnameseText.fold(a.title + " " + a.partner.nameVi() + (a.reference == null ? "" : " " + a.reference)))
                        .raw(a.proposed.atStartOfDay().atOffset(ZoneOffset.UTC)).text(a.user).raw(a.updated()).text(a.user).end();
            }
        }
        try (Csv csv = bulk.copy("agreement_partner", "agreement_id, partner_id, position")) {
            for (long n = 0; n < volume.agreements(); n++) {
                Agreement a = agreement(n);
                csv.id(a.id).id(a.partner.id()).raw(0).end();
            }
        }
        try (Csv csv = bulk.copy("agreement_field", "agreement_id, field_code")) {
            for (long n = 0; n < volume.agreements(); n++) {
                Agreement a = agreement(n);
                for (String field : a.fields) {
                    csv.id(a.id).text(field).end();
                }
            }
        }
        try (Csv csv = bulk.copy("agreement_transition", "id, agreement_id, action, from_status, to_status, actor, acted_at, "
                + "effective_on, decision_number, decision_date, decision_issuer")) {
            long t = 0;
            for (long n = 0; n < volume.agreements(); n++) {
                Agreement a = agreement(n);
                for (Step s : a.steps) {
                    boolean decision = s.action.equals("APPROVE");
                    csv.id(BenchIds.of(TRANSITION, t++)).id(a.id).text(s.action).text(s.from).text(s.to).text(a.user)
                            .raw(s.on.atTime(9, 0).atOffset(ZoneOffset.UTC)).date(s.on)
                            .text(decision ? a.reference : null).date(decision ? s.on : null)
                            .text(decision ? "Ủy ban nhân dân " + provinces.nameOn(a.provinceCode, s.on) : null).end();
                }
            }
        }
        bulk.commit("partner", "agreement", "agreement_partner", "agreement_field", "agreement_transition");
    }

    private record Step(String action, String from, String to, LocalDate on) {
    }

    private static final class Agreement {
        UUID id;
        String provinceCode;
        String status = "DRAFT";
        String reference;
        String title;
        String kind;
        String level;
        String signatory;
        String user;
        LocalDate proposed;
        LocalDate decided;
        LocalDate signed;
        LocalDate inForce;
        LocalDate expires;
        Partner partner;
        List<String> fields = new ArrayList<>();
        List<Step> steps = new ArrayList<>();

        OffsetDateTime updated() {
            LocalDate last = steps.isEmpty() ? proposed : steps.get(steps.size() - 1).on;
            return last.atTime(9, 0).atOffset(ZoneOffset.UTC);
        }

        void step(String action, String to, LocalDate on) {
            steps.add(new Step(action, status, to, on));
            status = to;
        }
    }

    private Agreement agreement(long n) {
        SplittableRandom random = Volume.random(AGREEMENT, n);
        Agreement a = new Agreement();
        a.id = BenchIds.of(AGREEMENT, n);
        int line = random.nextInt(provinces.lines().size());
        a.proposed = Volume.FIRST_DAY.plusDays(random.nextInt(Volume.DAYS));
        a.provinceCode = provinces.lines().get(line).codeOn(a.proposed, random);
        a.user = Volume.officer(a.provinceCode);
        a.partner = partnerOf(line, random);
        int kind = random.nextInt(100);
        a.kind = kind < 40 ? "MEMORANDUM_OF_UNDERSTANDING" : kind < 65 ? "FRIENDSHIP_COOPERATION" : kind < 75 ? "TWINNING"
                : kind < 95 ? "COOPERATION_PROGRAMME" : "OTHER";
        a.level = random.nextInt(100) < 70 ? "PEOPLES_COMMITTEE" : random.nextInt(100) < 85 ? "DEPARTMENT" : "PEOPLES_COUNCIL";
        int fields = 1 + random.nextInt(3);
        while (a.fields.size() < fields) {
            String field = Vocabulary.pick(random, FIELDS);
            if (!a.fields.contains(field)) {
                a.fields.add(field);
            }
        }
        String province = Provinces.inSentence(provinces.nameOn(a.provinceCode, a.proposed));
        a.title = switch (a.kind) {
            case "MEMORANDUM_OF_UNDERSTANDING" -> "Biên bản ghi nhớ về hợp tác " + FIELD_WORDS.get(FIELDS.indexOf(a.fields.get(0)))
                    + " giữa " + province + " và " + a.partner.nameVi();
            case "FRIENDSHIP_COOPERATION" -> "Thỏa thuận hợp tác hữu nghị giữa " + province + " và " + a.partner.nameVi();
            case "TWINNING" -> "Thỏa thuận kết nghĩa giữa " + province + " và " + a.partner.nameVi();
            case "COOPERATION_PROGRAMME" -> "Chương trình hợp tác giai đoạn " + a.proposed.getYear() + "–" + (a.proposed.getYear() + 4)
                    + " giữa " + province + " và " + a.partner.nameVi();
            default -> "Thỏa thuận về " + FIELD_WORDS.get(FIELDS.indexOf(a.fields.get(0))) + " với " + a.partner.nameVi();
        };
        // How far along it got: older agreements mostly signed and in force, recent ones still in procedure.
        long age = Volume.TODAY.toEpochDay() - a.proposed.toEpochDay();
        int progress = age > 365 ? random.nextInt(100) : random.nextInt(100) * (int) Math.max(1, age) / 365;
        LocalDate on = a.proposed.plusDays(3 + random.nextInt(10));
        if (progress < 3 || on.isAfter(Volume.TODAY)) {
            return a;
        }
        a.step("START_CONSULTATION", "CONSULTING", on);
        on = on.plusDays(15 + random.nextInt(20));
        if (progress < 8 || on.isAfter(Volume.TODAY)) {
            return a;
        }
        if (progress < 10) {
            a.step("WITHDRAW", "WITHDRAWN", on);
            return a;
        }
        a.step("SUBMIT", "SUBMITTED", on);
        on = on.plusDays(5 + random.nextInt(15));
        if (progress < 13 || on.isAfter(Volume.TODAY)) {
            return a;
        }
        if (progress < 15) {
            a.step("REJECT", "REJECTED", on);
            return a;
        }
        a.decided = on;
        a.reference = (100 + random.nextInt(3900)) + "/QĐ-UBND";
        a.step("APPROVE", "APPROVED", on);
        on = on.plusDays(7 + random.nextInt(60));
        if (progress < 18 || on.isAfter(Volume.TODAY)) {
            return a;
        }
        a.signed = on;
        a.signatory = Vocabulary.vietnameseName(random);
        a.step("RECORD_SIGNING", "SIGNED", on);
        on = on.plusDays(random.nextInt(30));
        if (progress < 20 || on.isAfter(Volume.TODAY)) {
            return a;
        }
        a.inForce = on;
        a.expires = random.nextInt(100) < 70 ? on.plusYears(3 + random.nextInt(3)) : null;
        a.step("RECORD_ENTRY_INTO_FORCE", "IN_FORCE", on);
        if (progress < 25) {
            LocalDate ended = on.plusDays(200 + random.nextInt(600));
            if (ended.isBefore(Volume.TODAY) && (a.expires == null || ended.isBefore(a.expires))) {
                a.step("TERMINATE", "TERMINATED", ended);
                return a;
            }
        }
        if (a.expires != null && a.expires.isBefore(Volume.TODAY)) {
            a.step("EXPIRE", "EXPIRED", a.expires.plusDays(1));
        }
        return a;
    }
}
