package dev.kizuna.voice;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.CustomerRecords;
import dev.kizuna.customers.HeldRecords;
import dev.kizuna.customers.MovedRecords;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * A merged customer's feedback and votes follow it to the survivor (a customer that voted for an item under both
 * names keeps one vote); a merged contact's too, and so do their postcards on the reply desk. A customer with feedback or votes cannot be deleted.
 */
@Component
class VoiceCustomerRecords implements CustomerRecords {

    private static final String MODULE = "voice";

    private final VoiceMergeRepository rows;

    VoiceCustomerRecords(VoiceMergeRepository rows) {
        this.rows = rows;
    }

    @Override
    public Set<String> tables() {
        return Set.of("voice_feedback.company_id", "voice_feedback.contact_id", "voice_feedback_vote.company_id",
                "voice_feedback_vote.contact_id", "voice_survey_invitation.company_id",
                "voice_survey_invitation.contact_id", "voice_survey_response.company_id",
                "voice_survey_response.contact_id", "voice_letter.company_id", "voice_letter.contact_id");
    }

    @Override
    public List<MovedRecords> companiesMerged(UUID survivorId, UUID mergedId) {
        UUID actor = CurrentActor.idOrNull();
        return List.of(MovedRecords.of(MODULE, "feedback",
                        rows.move("voice_feedback", "company_id", survivorId, mergedId, actor)),
                MovedRecords.of(MODULE, "feedbackVotes", rows.moveVotes(survivorId, mergedId, actor)),
                MovedRecords.of(MODULE, "surveyInvitations",
                        rows.move("voice_survey_invitation", "company_id", survivorId, mergedId, actor)),
                MovedRecords.of(MODULE, "surveyResponses",
                        rows.move("voice_survey_response", "company_id", survivorId, mergedId, actor)),
                MovedRecords.of(MODULE, "letters", rows.move("voice_letter", "company_id", survivorId, mergedId, actor)));
    }

    @Override
    public List<MovedRecords> contactsMerged(UUID survivorId, UUID mergedId) {
        UUID actor = CurrentActor.idOrNull();
        return List.of(MovedRecords.of(MODULE, "feedback",
                        rows.move("voice_feedback", "contact_id", survivorId, mergedId, actor)),
                MovedRecords.of(MODULE, "feedbackVotes",
                        rows.move("voice_feedback_vote", "contact_id", survivorId, mergedId, actor)),
                MovedRecords.of(MODULE, "surveyInvitations",
                        rows.move("voice_survey_invitation", "contact_id", survivorId, mergedId, actor)),
                MovedRecords.of(MODULE, "surveyResponses",
                        rows.move("voice_survey_response", "contact_id", survivorId, mergedId, actor)),
                MovedRecords.of(MODULE, "letters", rows.move("voice_letter", "contact_id", survivorId, mergedId, actor)));
    }

    @Override
    public List<HeldRecords> holding(UUID companyId) {
        return List.of(new HeldRecords("feedback", rows.count("voice_feedback", companyId)),
                new HeldRecords("feedbackVotes", rows.count("voice_feedback_vote", companyId)),
                new HeldRecords("surveyInvitations", rows.count("voice_survey_invitation", companyId)),
                new HeldRecords("surveyResponses", rows.count("voice_survey_response", companyId)),
                new HeldRecords("letters", rows.count("voice_letter", companyId)));
    }
}
