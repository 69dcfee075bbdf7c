package vn.doingoai.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;

/**
 * How much is loaded, all from one number: national volume × 10 is 1 000 000 delegations, and the
 * rest keeps the proportions of a real year (three members a delegation, a person on five trips,
 * one agreement for ten delegations, one partner for fifty, half a unit report
 * for each delegation). Rows are generated from their number alone, so a run is reproducible.
 */
public record Volume(long delegations) {

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    /** Ten calendar years, this one the last, with some delegations still planned for its last weeks. */
    public static final LocalDate FIRST_DAY = LocalDate.of(TODAY.getYear() - 9, 1, 1);
    public static final int DAYS = (int) (LocalDate.of(TODAY.getYear(), 12, 31).toEpochDay() - FIRST_DAY.toEpochDay() + 1);

    public long memberships() {
        return delegations * 3;
    }

    public long people() {
        return Math.max(200, delegations / 5);
    }

    public long agreements() {
        return Math.max(10, delegations / 10);
    }

    public long partners() {
        return Math.max(100, delegations / 50);
    }

    public long unitReports() {
        return Math.max(800, delegations / 2);
    }

    /** The random numbers of row {@code n} of a kind: the same row gets the same values in every run. */
    static SplittableRandom random(int kind, long n) {
        return new SplittableRandom(0x5DEECE66DL * (kind + 1) ^ (n * 0x9E3779B97F4A7C15L));
    }

    /** The user name loaded records are created by: an officer of the province of that day. */
    static String officer(String provinceCode) {
        return "officer." + provinceCode;
    }
}
