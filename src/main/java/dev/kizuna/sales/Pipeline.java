package dev.kizuna.sales;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A sales process (営業プロセス) and its stages in order; retired stages are listed but take no new deals. */
public record Pipeline(UUID id, String name, String nameEn, int position, boolean retired, long version,
        List<Stage> stages) {

    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : name;
    }

    /** Stages a deal may be in or move to. */
    public List<Stage> activeStages() {
        return stages.stream().filter(s -> !s.retired()).toList();
    }

    public Optional<Stage> stage(UUID stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    /** Where a new deal starts: the first open stage. */
    public Optional<Stage> firstStage() {
        return activeStages().stream().filter(s -> s.kind() == StageKind.OPEN).findFirst();
    }
}
