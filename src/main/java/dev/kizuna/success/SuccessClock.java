package dev.kizuna.success;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Today in Japan, from the application's clock (tests set their own). */
@Component
class SuccessClock {

    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private final Clock clock;

    SuccessClock(Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.systemUTC());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
