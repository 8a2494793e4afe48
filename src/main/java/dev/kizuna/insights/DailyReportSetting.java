package dev.kizuna.insights;

import java.time.LocalTime;
import java.util.UUID;

/** When a team's daily report is e-mailed (Tokyo time, business days only) and whether it is. */
public record DailyReportSetting(UUID teamId, String teamName, LocalTime sendAt, boolean enabled) {

    public static final LocalTime DEFAULT_SEND_AT = LocalTime.of(8, 0);
}
