package dev.kizuna.identity.web;

import java.util.List;

/** The time zones offered in forms: Japan first, then where Japanese SMBs' staff commonly work. */
final class TimeZones {

    static final List<String> COMMON = List.of("Asia/Tokyo", "Asia/Seoul", "Asia/Shanghai", "Asia/Taipei",
            "Asia/Singapore", "Asia/Bangkok", "Asia/Ho_Chi_Minh", "Asia/Kolkata", "Australia/Sydney",
            "Europe/London", "Europe/Paris", "America/Los_Angeles", "America/New_York", "Pacific/Honolulu", "UTC");

    private TimeZones() {
    }
}
