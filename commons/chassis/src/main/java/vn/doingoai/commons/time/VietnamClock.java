package vn.doingoai.commons.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.ZoneId;

/**
 * "Today" for bean validation ({@code @PastOrPresent}, {@code @Future}, …) is the day in Vietnam,
 * whatever time zone the machine runs in: a decision dated today in Hà Nội is not in the future
 * because the server's clock is still on yesterday in UTC.
 */
@ApplicationScoped
public class VietnamClock implements ClockProvider {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @Override
    public Clock getClock() {
        return Clock.system(ZONE);
    }
}
