package dev.kizuna.success.web;

import java.util.UUID;

import dev.kizuna.success.MeetingInvitations;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The plan page's "add to calendar" link: the meeting's .ics invitation as a download. */
@Controller
class MeetingInvitationPage {

    private final MeetingInvitations invitations;

    MeetingInvitationPage(MeetingInvitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/success/meetings/{id}/invitation.ics")
    ResponseEntity<String> invitation(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("meeting.ics")
                        .build().toString())
                .body(invitations.ics(id));
    }
}
