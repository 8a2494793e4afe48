package dev.kizuna.work;

import java.util.UUID;

/**
 * A playbook's {@code chat} step: post {@code text} to the external chat (a Chatwork room, a Slack channel, an HTTPS
 * endpoint) configured under {@code destination} (an outgoing webhook's name). Published inside the step's
 * transaction: the post is queued with the step or not at all, and a listener that cannot queue it fails the step
 * (retried, then shown on the errors view).
 */
public record PlaybookChatPosted(UUID runId, UUID companyId, int step, String destination, String text) {
}
