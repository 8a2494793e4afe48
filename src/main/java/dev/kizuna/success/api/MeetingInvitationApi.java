package dev.kizuna.success.api;

import dev.kizuna.success.MeetingInvitations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Meetings")
class MeetingInvitationApi {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final MeetingInvitations invitations;

    MeetingInvitationApi(MeetingInvitations invitations) {
        this.invitations = invitations;
    }

    @Operation(summary = "A meeting as an .ics invitation (text/calendar): one hour from its start, with its agenda "
            + "and the attendees who have an e-mail address; the meeting's id is the UID, so importing it again "
            + "updates the same calendar entry")
    @GetMapping(value = "/api/v1/meetings/{id}/invitation", produces = "text/calendar")
    ResponseEntity<String> invitation(@PathVariable String id) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("meeting.ics")
                        .build().toString())
                .body(invitations.ics(SuccessApi.pathId("meeting", id)));
    }
}
