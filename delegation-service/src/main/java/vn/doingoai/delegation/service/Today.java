package vn.doingoai.delegation.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;

/** The calendar day in Vietnam, which deadlines and notice periods count in. */
@ApplicationScoped
public class Today {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public LocalDate date() {
        return LocalDate.now(VIETNAM);
    }
}
