package dev.kizuna.work;

import java.util.List;

/** What a person writes to create or change a playbook; saving steps makes a new version. */
public record PlaybookDraft(String name, String description, String trigger, String triggerType, String skipTag,
        Boolean active, List<PlaybookStep> steps) {
}
