package dev.kizuna.sales;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.api.NotFoundException;
import dev.kizuna.platform.api.StaleVersionException;
import dev.kizuna.platform.audit.AuditLog;
import dev.kizuna.platform.security.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pipelines (営業プロセス) and their stages, and the lost reasons: administrators keep them, everyone signed in reads
 * them. A pipeline needs at least one open, one won and one lost stage; a stage holding active deals cannot be
 * retired. Every change is audited.
 */
@Service
@Transactional
public class Pipelines {

    static final String AUDIT_TYPE = "pipeline";
    static final int NAME_MAX = 60;

    private final PipelineRepository pipelines;
    private final AuditLog audit;

    Pipelines(PipelineRepository pipelines, AuditLog audit) {
        this.pipelines = pipelines;
        this.audit = audit;
    }

    /** Pipelines in their order with their stages; {@code withRetired} adds retired pipelines. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Pipeline> list(boolean withRetired) {
        return pipelines.list(withRetired);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Pipeline find(UUID id) {
        return pipelines.find(id).orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Stage stage(UUID id) {
        return pipelines.stage(id).orElseThrow(() -> new NotFoundException("stage", id));
    }

    /** A new pipeline with its stages in the order given. */
    @PreAuthorize("hasRole('ADMIN')")
    public Pipeline create(String name, String nameEn, List<StageDraft> stages) {
        return insert(name, nameEn, stages);
    }

    /** Also used by sample data. */
    Pipeline insert(String name, String nameEn, List<StageDraft> stages) {
        String cleanName = SalesText.clean(name);
        List<StageDraft> clean = stages == null ? List.of() : stages.stream().map(Pipelines::clean).toList();
        Check check = Check.of().required("name", cleanName).maxLength("name", cleanName, NAME_MAX)
                .maxLength("nameEn", SalesText.clean(nameEn), NAME_MAX)
                .failIf(!cleanName.isEmpty() && pipelines.nameTaken(cleanName, null), "name", "Duplicate");
        Set<StageKind> kinds = clean.stream().map(StageDraft::kind).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StageKind.class)));
        check.failIf(!kinds.containsAll(EnumSet.allOf(StageKind.class)), "stages", "StagesOfEveryKind");
        for (int i = 0; i < clean.size(); i++) {
            stageRules(check, "stages[" + i + "].", clean.get(i));
            for (int j = 0; j < i; j++) {
                if (clean.get(i).reachedOn() != null && clean.get(i).reachedOn() == clean.get(j).reachedOn()) {
                    check.failIf(true, "stages[" + i + "].reachedOn", "MilestoneTaken", clean.get(j).name());
                }
            }
        }
        check.verify();
        UUID id = Ids.newId();
        UUID actor = CurrentActor.idOrNull();
        pipelines.insert(id, cleanName, SalesText.clean(nameEn), actor);
        clean.forEach(s -> pipelines.insertStage(Ids.newId(), id, s, actor));
        pipelines.refreshTerminal(id);
        Pipeline created = find(id);
        audit.record("pipeline.created", AUDIT_TYPE, id, null, created);
        return created;
    }

    /** Renames, retires or reinstates a pipeline. */
    @PreAuthorize("hasRole('ADMIN')")
    public Pipeline update(UUID id, long version, String name, String nameEn, boolean retired) {
        Pipeline before = find(id);
        String cleanName = SalesText.clean(name);
        Check.of().required("name", cleanName).maxLength("name", cleanName, NAME_MAX)
                .maxLength("nameEn", SalesText.clean(nameEn), NAME_MAX)
                .failIf(!cleanName.isEmpty() && pipelines.nameTaken(cleanName, id), "name", "Duplicate")
                .verify();
        if (!pipelines.update(id, version, cleanName, SalesText.clean(nameEn), retired, CurrentActor.idOrNull())) {
            throw new StaleVersionException(AUDIT_TYPE, id);
        }
        Pipeline after = find(id);
        audit.record("pipeline.updated", AUDIT_TYPE, id, summary(before), summary(after));
        return after;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Stage addStage(UUID pipelineId, StageDraft draft) {
        Pipeline pipeline = find(pipelineId);
        StageDraft clean = clean(draft);
        Check check = Check.of();
        stageRules(check, "", clean);
        milestoneFree(check, "reachedOn", clean.reachedOn(), pipeline.stages());
        check.verify();
        UUID id = Ids.newId();
        pipelines.insertStage(id, pipelineId, clean, CurrentActor.idOrNull());
        pipelines.refreshTerminal(pipelineId);
        Stage created = stage(id);
        audit.record("pipeline.stage-added", AUDIT_TYPE, pipelineId, null, created);
        return created;
    }

    /** Changes a stage's names, kind, probability and limit, or retires/reinstates it. */
    @PreAuthorize("hasRole('ADMIN')")
    public Stage updateStage(UUID stageId, long version, StageDraft draft, boolean retired) {
        Stage before = stage(stageId);
        StageDraft clean = clean(draft);
        Check check = Check.of();
        stageRules(check, "", clean);
        if (!retired) {
            milestoneFree(check, "reachedOn", clean.reachedOn(), find(before.pipelineId()).stages().stream()
                    .filter(o -> !o.id().equals(stageId)).toList());
        }
        check.failIf(retired && !before.retired() && pipelines.dealsIn(stageId) > 0, "retired", "StageInUse");
        check.verify();
        if (!pipelines.updateStage(stageId, version, clean, retired, CurrentActor.idOrNull())) {
            throw new StaleVersionException("stage", stageId);
        }
        Pipeline pipeline = find(before.pipelineId());
        Set<StageKind> kinds = pipeline.activeStages().stream().map(Stage::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StageKind.class)));
        if (!kinds.containsAll(EnumSet.allOf(StageKind.class))) {
            Check.of().failIf(true, "kind", "StagesOfEveryKind").verify(); // rolls the change back
        }
        pipelines.refreshTerminal(before.pipelineId());
        Stage after = stage(stageId);
        audit.record("pipeline.stage-updated", AUDIT_TYPE, before.pipelineId(), before, after);
        return after;
    }

    /** Moves a stage one place earlier ({@code -1}) or later ({@code +1}). */
    @PreAuthorize("hasRole('ADMIN')")
    public Pipeline moveStage(UUID stageId, int direction) {
        Stage stage = stage(stageId);
        List<Stage> all = new ArrayList<>(find(stage.pipelineId()).stages());
        int from = all.indexOf(stage);
        int to = Math.max(0, Math.min(all.size() - 1, from + Integer.signum(direction)));
        if (from != to) {
            all.add(to, all.remove(from));
            for (int i = 0; i < all.size(); i++) {
                pipelines.setStagePosition(all.get(i).id(), i + 1);
            }
            pipelines.refreshTerminal(stage.pipelineId());
            audit.record("pipeline.stage-moved", AUDIT_TYPE, stage.pipelineId(), from + 1, to + 1);
        }
        return find(stage.pipelineId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LostReason> lostReasons(boolean withRetired) {
        return pipelines.lostReasons(withRetired);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public LostReason lostReason(UUID id) {
        return pipelines.lostReason(id).orElseThrow(() -> new NotFoundException("lost-reason", id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public LostReason addLostReason(String name, String nameEn) {
        return insertLostReason(name, nameEn);
    }

    LostReason insertLostReason(String name, String nameEn) {
        String clean = SalesText.clean(name);
        Check.of().required("name", clean).maxLength("name", clean, NAME_MAX)
                .maxLength("nameEn", SalesText.clean(nameEn), NAME_MAX)
                .failIf(!clean.isEmpty() && pipelines.lostReasonTaken(clean), "name", "Duplicate")
                .verify();
        UUID id = Ids.newId();
        pipelines.insertLostReason(id, clean, SalesText.clean(nameEn), CurrentActor.idOrNull());
        LostReason created = pipelines.lostReason(id).orElseThrow();
        audit.record("lost-reason.created", "lost-reason", id, null, created);
        return created;
    }

    /** A retired reason leaves the picker; deals lost for it keep it. */
    @PreAuthorize("hasRole('ADMIN')")
    public LostReason setLostReasonRetired(UUID id, long version, boolean retired) {
        LostReason before = lostReason(id);
        if (!pipelines.setLostReasonRetired(id, version, retired, CurrentActor.idOrNull())) {
            throw new StaleVersionException("lost-reason", id);
        }
        LostReason after = lostReason(id);
        audit.record(retired ? "lost-reason.retired" : "lost-reason.reinstated", "lost-reason", id, before, after);
        return after;
    }

    /**
     * Renames a lost reason (Japanese and English names) and retires or reinstates it; a null leaves that part as it
     * is. Administrators only — checked before anything is read, so nobody else learns whether it exists.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public LostReason changeLostReason(UUID id, long version, String name, String nameEn, Boolean retired) {
        LostReason before = lostReason(id);
        String cleanName = name == null ? before.name() : SalesText.clean(name);
        String cleanEn = nameEn == null ? before.nameEn() : SalesText.clean(nameEn);
        Check.of().required("name", cleanName).maxLength("name", cleanName, NAME_MAX)
                .maxLength("nameEn", cleanEn, NAME_MAX)
                .failIf(!cleanName.equals(before.name()) && pipelines.lostReasonTaken(cleanName), "name", "Duplicate")
                .verify();
        boolean retire = retired == null ? before.retired() : retired;
        if (!pipelines.updateLostReason(id, version, cleanName, cleanEn, retire, CurrentActor.idOrNull())) {
            throw new StaleVersionException("lost-reason", id);
        }
        LostReason after = lostReason(id);
        audit.record("lost-reason.updated", "lost-reason", id, before, after);
        return after;
    }

    private static StageDraft clean(StageDraft d) {
        return d == null ? new StageDraft("", "", null, null, null)
                : new StageDraft(SalesText.clean(d.name()), SalesText.clean(d.nameEn()), d.kind(),
                        d.winProbability() == null && d.kind() != null
                                ? switch (d.kind()) { case WON -> 100; case LOST -> 0; default -> null; }
                                : d.winProbability(),
                        d.maxDays(), d.reachedOn());
    }

    private static void stageRules(Check check, String prefix, StageDraft d) {
        check.required(prefix + "name", d.name()).maxLength(prefix + "name", d.name(), NAME_MAX)
                .maxLength(prefix + "nameEn", d.nameEn(), NAME_MAX)
                .required(prefix + "kind", d.kind())
                .required(prefix + "winProbability", d.winProbability())
                .failIf(d.winProbability() != null && (d.winProbability() < 0 || d.winProbability() > 100),
                        prefix + "winProbability", "Range", 0, 100)
                .failIf(d.maxDays() != null && (d.maxDays() < 1 || d.maxDays() > 3650), prefix + "maxDays", "Range", 1,
                        3650)
                .failIf(d.reachedOn() != null && d.kind() != null && d.kind() != StageKind.WON, prefix + "reachedOn",
                        "WonStageOnly");
    }

    /** One stage of a pipeline moves on each order milestone: the other active stage that already does, if any. */
    private static void milestoneFree(Check check, String field, OrderMilestone milestone, List<Stage> others) {
        others.stream().filter(o -> milestone != null && o.reachedOn() == milestone && !o.retired()).findFirst()
                .ifPresent(o -> check.failIf(true, field, "MilestoneTaken", o.name()));
    }

    private static Object summary(Pipeline p) {
        return java.util.Map.of("name", p.name(), "nameEn", p.nameEn(), "retired", p.retired());
    }
}
