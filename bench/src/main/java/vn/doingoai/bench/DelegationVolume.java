package vn.doingoai.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import vn.doingoai.commons.personaldata.PersonalDataCipher;
import vn.doingoai.commons.personaldata.SealedDate;
import vn.doingoai.commons.personaldata.SealedText;
import vn.doingoai.commons.text.VietnameseText;

/**
 * delegation-service's share: people (passport numbers and dates of birth sealed with the suite's
 * own keys, as the service would), outbound and inbound delegations in every state of their
 * lifecycle, their destination or origin countries, and members who recur across trips: a
 * province's leaders and heads of department (one person in twenty) are on about a third of its
 * trips, a few dozen each over ten years; the rest of its people on one to twenty.
 */
final class DelegationVolume {

    static final int PERSON = 11;
    static final int DELEGATION = 12;
    static final int MEMBER = 13;
    /** The first six of a province's leaders hold its highest offices, travel on diplomatic passports and are party-managed. */
    private static final int HIGHEST = 6;

    private static final List<String> PURPOSES_OUT = List.of("WORKING_VISIT", "WORKING_VISIT", "TRADE_INVESTMENT", "TRADE_INVESTMENT",
            "STUDY_TOUR", "CONFERENCE", "OFFICIAL_VISIT", "AGREEMENT_SIGNING", "TRAINING", "CULTURAL_EXCHANGE", "BORDER_AFFAIRS", "OTHER");
    private static final List<String> PURPOSES_IN = List.of("WORKING_VISIT", "WORKING_VISIT", "TRADE_INVESTMENT", "OFFICIAL_VISIT",
            "CULTURAL_EXCHANGE", "CONFERENCE", "PRESS", "BORDER_AFFAIRS", "STUDY_TOUR", "OTHER");
    private static final List<String> LEVELS = List.of("PROVINCIAL_LEADER", "DEPARTMENT", "DEPARTMENT", "DEPARTMENT", "OFFICIAL",
            "OFFICIAL", "COMMUNE_LEADER", "BUSINESS", "MINISTERIAL", "OTHER");

    private final Volume volume;
    private final Provinces provinces;
    private final AgreementVolume partners;
    private final PersonalDataCipher cipher;
    private final long peoplePerLine;
    private final long leaders;

    DelegationVolume(Volume volume, Provinces provinces, AgreementVolume partners, PersonalDataCipher cipher) {
        this.volume = volume;
        this.provinces = provinces;
        this.partners = partners;
        this.cipher = cipher;
        this.peoplePerLine = Math.max(10, volume.people() / provinces.lines().size());
        this.leaders = Math.max(HIGHEST, peoplePerLine / 20);
    }

    /** Leader {@code j}'s number among the line's people, skipping every fifth (the foreigners). */
    private static long leader(long j) {
        return j / 4 * 5 + j % 4;
    }

    void load(Bulk bulk, Progress progress) throws SQLException {
        progress.step("delegation-service: " + volume.delegations() + " delegations, about " + volume.memberships()
                + " memberships, " + peoplePerLine * provinces.lines().size() + " people");
        // Transitions are not loaded, but measurements make some on loaded rows (bench/volume.sh measure, P5).
        bulk.delete("delegation_transition", BenchIds.loaded("delegation_id"));
        bulk.delete("delegation_member", BenchIds.loaded("delegation_id"));
        bulk.delete("delegation_country", BenchIds.loaded("delegation_id"));
        bulk.delete("delegation", BenchIds.loaded("id"));
        bulk.delete("person", BenchIds.loaded("id"));
        for (String table : List.of("person", "delegation", "delegation_country", "delegation_member")) {
            bulk.dropIndexes(table);
        }
        OffsetDateTime registered = OffsetDateTime.of(Volume.FIRST_DAY.minusMonths(6).atTime(2, 0), ZoneOffset.UTC);
        try (Csv csv = bulk.copy("person", "id, province_code, full_name, search_text, date_of_birth, nationality, passport_type, "
                + "passport_number, passport_index, created_at, version")) {
            for (int line = 0; line < provinces.lines().size(); line++) {
                for (long k = 0; k < peoplePerLine; k++) {
                    Person p = person(line, k);
                    csv.id(p.id).text(provinces.lines().get(line).code()).text(p.name).text(VietnameseText.fold(p.name))
                            .text(cipher.seal(p.born.toString(), SealedDate.PURPOSE)).text(p.nationality).text(p.passportType)
                            .text(cipher.seal(p.passport, SealedText.PURPOSE)).text(cipher.blindIndex(p.passport))
                            .raw(registered).raw(0).end();
                }
            }
        }
        try (Csv csv = bulk.copy("delegation", "id, province_code, version, direction, status, reference_number, title, purpose, "
                + "purpose_detail, start_on, end_on, destination_cities, partner_id, partner_name, invitation_reference, funding_source, "
                + "cost_estimate_vnd, in_annual_plan, head_level, receiving_leader, host_unit, foreign_press, decisions, returned_on, "
                + "report_due_on, report, report_submitted_on, search_text, created_at, created_by, updated_at, updated_by")) {
            for (long n = 0; n < volume.delegations(); n++) {
                Delegation d = delegation(n);
                List<String> search = new ArrayList<>(List.of(d.title, d.purposeDetail, d.partner.nameVi()));
                if (d.reference != null) {
                    search.add(d.reference);
                }
                d.members.forEach(m -> search.add(m.name));
                OffsetDateTime created = d.startOn.minusDays(30 + d.random.nextInt(60)).atTime(8, 30).atOffset(ZoneOffset.UTC);
                OffsetDateTime updated = (d.reportOn != null ? d.reportOn : d.endOn.isBefore(Volume.TODAY) ? d.endOn : created.toLocalDate())
                        .atTime(10, 0).atOffset(ZoneOffset.UTC);
                csv.id(d.id).text(d.provinceCode).raw(d.version).text(d.outbound ? "OUTBOUND" : "INBOUND").text(d.status).text(d.reference)
                        .text(d.title).text(d.purpose).text(d.purposeDetail).date(d.startOn).date(d.endOn)
                        .text(d.outbound ? "[\"" + d.locality + "\"]" : "[]").id(d.partner.id()).text(d.partner.nameVi())
                        .text(d.outbound ? "Thư mời ngày " + d.startOn.minusDays(45) : null)
                        .text(d.outbound ? "Ngân sách tỉnh" : "Phía bạn tự túc").raw(d.outbound ? d.cost : null).bool(d.random.nextInt(100) < 90)
                        .text(d.level).text(d.outbound ? null : "Phó Chủ tịch UBND tỉnh").text(d.outbound ? null : "Sở Ngoại vụ")
                        .bool(!d.outbound && d.random.nextInt(100) < 8).text(d.decisions()).date(d.returnedOn).date(d.reportDueOn)
                        .text(d.report()).date(d.reportOn).text(VietnameseText.fold(String.join(" ", search)))
                        .raw(created).text(d.user).raw(updated).text(d.user).end();
            }
        }
        try (Csv csv = bulk.copy("delegation_country", "delegation_id, country_code, position")) {
            for (long n = 0; n < volume.delegations(); n++) {
                Delegation d = delegation(n);
                for (int i = 0; i < d.countries.size(); i++) {
                    csv.id(d.id).text(d.countries.get(i)).raw(i).end();
                }
            }
        }
        try (Csv csv = bulk.copy("delegation_member", "id, delegation_id, person_id, position, unit, head, party_managed, created_at")) {
            long m = 0;
            for (long n = 0; n < volume.delegations(); n++) {
                Delegation d = delegation(n);
                OffsetDateTime added = d.startOn.minusDays(20).atTime(9, 0).atOffset(ZoneOffset.UTC);
                for (int i = 0; i < d.members.size(); i++) {
                    Member member = d.members.get(i);
                    csv.id(BenchIds.of(MEMBER, m++)).id(d.id).id(member.person).text(member.position).text(member.unit)
                            .bool(i == 0).bool(member.leader).raw(added).end();
                }
            }
        }
        bulk.commit("person", "delegation", "delegation_country", "delegation_member");
        // The copy bypassed the triggers that keep the statistics' tally current (migration V8).
        progress.step("rebuilding the statistics' tally");
        bulk.execute("select delegation_tally_rebuild()");
        bulk.execute("vacuum (analyze) delegation_tally");
        bulk.execute("vacuum (analyze) delegation_tally_year");
    }

    private record Person(UUID id, String name, LocalDate born, String nationality, String passportType, String passport) {
    }

    /** Person {@code k} of a line; every fifth is a foreigner, who comes on inbound delegations. */
    private Person person(int line, long k) {
        SplittableRandom random = Volume.random(PERSON, k * provinces.lines().size() + line);
        boolean foreign = k % 5 == 4;
        Vocabulary.Country country = foreign ? Vocabulary.country(random) : null;
        String name = foreign ? Vocabulary.foreignName(random, country) : Vocabulary.vietnameseName(random);
        LocalDate born = LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String type = foreign ? "ORDINARY" : k < leader(HIGHEST) ? "DIPLOMATIC" : random.nextInt(100) < 70 ? "OFFICIAL" : "ORDINARY";
        String prefix = switch (type) {
            case "DIPLOMATIC" -> "A";
            case "OFFICIAL" -> "B";
            default -> foreign ? country.code().substring(0, 1) : "C";
        };
        // The line and number make the passport unique within the province, as the service requires.
        String passport = prefix + String.format("%02d%07d", line, k);
        return new Person(BenchIds.of(PERSON, k * provinces.lines().size() + line), name, born,
                foreign ? country.code() : "VN", type, passport);
    }

    private record Member(UUID person, String name, String position, String unit, boolean leader) {
    }

    private final class Delegation {
        final SplittableRandom random;
        UUID id;
        String provinceCode;
        String user;
        boolean outbound;
        String status;
        long version;
        String reference;
        String title;
        String purpose;
        String purposeDetail;
        String level;
        String locality;
        LocalDate startOn;
        LocalDate endOn;
        LocalDate returnedOn;
        LocalDate reportDueOn;
        LocalDate reportOn;
        long cost;
        AgreementVolume.Partner partner;
        List<String> countries = new ArrayList<>();
        List<Member> members = new ArrayList<>();

        Delegation(long n) {
            random = Volume.random(DELEGATION, n);
        }

        String decisions() {
            if (reference == null) {
                return "[]";
            }
            return "[{\"number\":\"" + reference + "\",\"date\":\"" + startOn.minusDays(10) + "\",\"issuer\":\"Ủy ban nhân dân "
                    + provinces.nameOn(provinceCode, startOn) + "\"}]";
        }

        String report() {
            if (reportOn == null) {
                return null;
            }
            return "{\"summary\":\"Đoàn đã hoàn thành chương trình làm việc tại " + locality + ", trao đổi với " + partner.nameVi()
                    + " về tăng cường hợp tác.\",\"results\":\"Thống nhất kế hoạch hợp tác năm " + (startOn.getYear() + 1)
                    + ".\",\"followUps\":\"Giao Sở Ngoại vụ theo dõi, đôn đốc.\",\"agreementIds\":[],\"attachments\":[]}";
        }
    }

    private Delegation delegation(long n) {
        Delegation d = new Delegation(n);
        SplittableRandom random = d.random;
        d.id = BenchIds.of(DELEGATION, n);
        int line = random.nextInt(provinces.lines().size() + 4);
        if (line >= provinces.lines().size()) {
            line = indexOf(line - provinces.lines().size() < 2 ? "01" : "79");
        }
        d.startOn = Volume.FIRST_DAY.plusDays(random.nextInt(Volume.DAYS));
        d.endOn = d.startOn.plusDays(2 + random.nextInt(8));
        d.provinceCode = provinces.lines().get(line).codeOn(d.startOn, random);
        d.user = Volume.officer(d.provinceCode);
        d.outbound = random.nextInt(100) < 60;
        d.partner = partners.partnerOf(line, random);
        d.countries.add(d.partner.country().code());
        if (d.outbound) {
            int more = random.nextInt(100) < 70 ? 0 : random.nextInt(100) < 75 ? 1 : 2;
            while (d.countries.size() < 1 + more) {
                String code = Vocabulary.country(random).code();
                if (!d.countries.contains(code)) {
                    d.countries.add(code);
                }
            }
        }
        d.locality = Vocabulary.pick(random, d.partner.country().localities());
        d.purpose = Vocabulary.pick(random, d.outbound ? PURPOSES_OUT : PURPOSES_IN);
        d.level = Vocabulary.pick(random, LEVELS);
        String province = Provinces.inSentence(provinces.nameOn(d.provinceCode, d.startOn));
        String country = d.partner.country().nameVi();
        d.title = d.outbound
                ? switch (d.purpose) {
                    case "TRADE_INVESTMENT" -> "Đoàn xúc tiến thương mại, đầu tư của " + province + " tại " + d.locality + ", " + country;
                    case "STUDY_TOUR" -> "Đoàn khảo sát, học tập kinh nghiệm tại " + d.locality + ", " + country;
                    case "CONFERENCE" -> "Đoàn dự hội nghị hợp tác địa phương tại " + d.locality + ", " + country;
                    case "OFFICIAL_VISIT" -> "Đoàn lãnh đạo " + province + " thăm chính thức " + d.partner.nameVi();
                    default -> "Đoàn công tác của " + province + " thăm và làm việc tại " + d.locality + ", " + country;
                }
                : switch (d.purpose) {
                    case "TRADE_INVESTMENT" -> "Đoàn doanh nghiệp " + country + " khảo sát đầu tư tại " + province;
                    case "PRESS" -> "Đoàn phóng viên " + country + " tác nghiệp tại " + province;
                    default -> "Đoàn " + d.partner.nameVi() + " thăm và làm việc tại " + province;
                };
        d.purposeDetail = switch (random.nextInt(5)) {
            case 0 -> "Tăng cường hợp tác với " + d.partner.nameVi() + " trong năm " + d.startOn.getYear();
            case 1 -> "Trao đổi kinh nghiệm quản lý với " + d.partner.nameVi();
            case 2 -> "Kết nối doanh nghiệp, tìm hiểu thị trường " + d.locality;
            case 3 -> "Triển khai kế hoạch đối ngoại năm " + d.startOn.getYear() + " với " + d.partner.nameVi();
            default -> "Tham dự sự kiện do " + d.partner.nameVi() + " tổ chức";
        };
        d.cost = (80 + random.nextInt(900)) * 1_000_000L;
        status(d, random);
        int size = memberCount(random);
        for (int i = 0; i < size * 4 && d.members.size() < size; i++) {
            boolean isLeader = d.outbound && random.nextInt(100) < (i == 0 ? 45 : 12);
            long j = isLeader ? random.nextLong(leaders) : -1;
            long k;
            if (isLeader) {
                k = leader(j);
            } else {
                long other = leaders + random.nextLong(Math.max(1, peoplePerLine * 4 / 5 - leaders));
                k = d.outbound ? leader(other) : other / 4 * 5 + 4;
            }
            k = Math.min(k, peoplePerLine - 1);
            Person p = person(line, k);
            if (d.members.stream().noneMatch(m -> m.person.equals(p.id))) {
                String position = !isLeader ? Vocabulary.pick(random, Vocabulary.POSITIONS.subList(10, 16))
                        : j < HIGHEST ? Vocabulary.POSITIONS.get((int) j) : Vocabulary.POSITIONS.get(4 + (int) (j % 6));
                d.members.add(new Member(p.id, p.name, d.outbound ? position : null, d.outbound ? Vocabulary.pick(random, Vocabulary.UNITS) : null,
                        isLeader && j < 4));
            }
        }
        return d;
    }

    private int indexOf(String code) {
        for (int i = 0; i < provinces.lines().size(); i++) {
            if (provinces.lines().get(i).code().equals(code)) {
                return i;
            }
        }
        return 0;
    }

    /** 1 to 8, three on average. */
    private static int memberCount(SplittableRandom random) {
        int r = random.nextInt(100);
        return r < 16 ? 1 : r < 40 ? 2 : r < 66 ? 3 : r < 82 ? 4 : r < 92 ? 5 : r < 96 ? 6 : r < 98 ? 7 : 8;
    }

    /** Where it stands today: planned ones early in their procedure, past ones mostly closed, a few reports overdue. */
    private void status(Delegation d, SplittableRandom random) {
        int r = random.nextInt(100);
        LocalDate today = Volume.TODAY;
        boolean approved;
        if (d.startOn.isAfter(today)) {
            d.status = d.outbound
                    ? (r < 15 ? "DRAFT" : r < 35 ? "SUBMITTED" : r < 55 ? "APPRAISED" : r < 60 ? "PARTY_OPINION" : r < 95 ? "APPROVED" : "REJECTED")
                    : (r < 40 ? "REQUESTED" : r < 92 ? "APPROVED" : r < 96 ? "REJECTED" : "CANCELLED");
            approved = d.status.equals("APPROVED");
        } else if (!d.endOn.isBefore(today)) {
            d.status = r < 95 ? (d.outbound ? "TRAVELLING" : "APPROVED") : "CANCELLED";
            approved = r < 95;
        } else if (r < 3) {
            d.status = "CANCELLED";
            approved = false;
        } else if (r < 5) {
            d.status = "REJECTED";
            approved = false;
        } else {
            approved = true;
            d.returnedOn = d.endOn;
            d.reportDueOn = d.endOn.plusDays(15);
            boolean recent = today.toEpochDay() - d.endOn.toEpochDay() < 60;
            int s = random.nextInt(100);
            boolean reported = recent ? s < 50 : s < 95;
            boolean closed = reported && (recent ? s < 20 : s < 88);
            if (reported) {
                d.reportOn = d.endOn.plusDays(3 + random.nextInt(20));
                if (d.reportOn.isAfter(today)) {
                    d.reportOn = today;
                }
            }
            d.status = d.outbound ? (closed ? "CLOSED" : reported ? "REPORT_SUBMITTED" : "RETURNED")
                    : (closed ? "CLOSED" : reported ? "REPORTED" : "HELD");
        }
        if (approved) {
            d.reference = (100 + random.nextInt(3900)) + "/QĐ-UBND";
        }
        d.version = switch (d.status) {
            case "DRAFT", "REQUESTED" -> 0;
            case "SUBMITTED" -> 1;
            case "APPRAISED", "REJECTED", "CANCELLED" -> 2;
            case "PARTY_OPINION" -> 3;
            case "APPROVED" -> 4;
            case "TRAVELLING", "HELD" -> 5;
            case "RETURNED", "REPORTED" -> 6;
            case "REPORT_SUBMITTED" -> 7;
            default -> 8;
        };
    }
}
