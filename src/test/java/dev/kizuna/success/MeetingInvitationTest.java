package dev.kizuna.success;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class MeetingInvitationTest {

    private final Meeting kickoff = new Meeting(UUID.fromString("01a24fe9-4691-779e-8dd0-1ccda4847021"), UUID.randomUUID(),
            UUID.randomUUID(), "kickoff", null, "planned", Instant.parse("2026-12-10T01:00:00Z"),
            "導入スケジュール, 役割分担; 説明会\n店舗スタッフ向け", "", "", List.of(), List.of(), null, null, 3);

    @Test
    void anHourLongEventInUtcWithTheMeetingAsUidAndEscapedText() {
        String ics = MeetingInvitation.of(kickoff, "キックオフ: 株式会社みなと物産",
                List.of(new MeetingInvitation.Attendee("佐藤 花子", "hanako@minato.example.jp"),
                        new MeetingInvitation.Attendee("電話のみ", null)),
                "kizuna.example.jp", Instant.parse("2026-12-07T09:00:00Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("UID:01a24fe9-4691-779e-8dd0-1ccda4847021@kizuna.example.jp\r\n")
                .contains("SEQUENCE:3\r\n")
                .contains("DTSTART:20261210T010000Z\r\n").contains("DTEND:20261210T020000Z\r\n")
                .contains("SUMMARY:キックオフ: 株式会社みなと物産\r\n")
                .contains("DESCRIPTION:導入スケジュール\\, 役割分担\\; 説明会\\n店舗スタッフ向け\r\n")
                .contains("ATTENDEE;CN=\"佐藤 花子\":mailto:hanako@minato.example.jp\r\n")
                .doesNotContain("電話のみ").contains("STATUS:CONFIRMED");
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingACharacter() {
        String agenda = "本部・現場・弊社の三者で導入計画と店舗スタッフ向け説明会の段取りを確認する".repeat(3);
        Meeting long_ = new Meeting(kickoff.id(), kickoff.companyId(), kickoff.planId(), "regular", null, "planned",
                kickoff.startsAt(), agenda, "", "", List.of(), List.of(), null, null, 0);
        String ics = MeetingInvitation.of(long_, "定例", List.of(), "localhost", Instant.EPOCH);
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics.replace("\r\n ", "")).contains("DESCRIPTION:" + agenda + "\r\n");
    }
}
