package dev.kizuna.sales.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kizuna.platform.api.ApiValues;
import dev.kizuna.platform.api.Versions;
import dev.kizuna.sales.Assignment;
import dev.kizuna.sales.AssignmentRule;
import dev.kizuna.sales.AssignmentRules;
import dev.kizuna.sales.Lead;
import dev.kizuna.sales.LeadDraft;
import dev.kizuna.sales.Leads;
import dev.kizuna.sales.RoutingRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/leads} and {@code /api/v1/assignment-rules}. */
@RestController
@Tag(name = "Leads")
class LeadsApi {

    private final Leads leads;
    private final AssignmentRules rules;

    LeadsApi(Leads leads, AssignmentRules rules) {
        this.leads = leads;
        this.rules = rules;
    }

    record LeadJson(String id, String source, String companyName, String personName, String email, String phone,
            String message, String leadSource, Long budget, String status, String assignedTo, String assignedName,
            String companyId, String dealId, long version, OffsetDateTime createdAt) {
        static LeadJson of(Lead l) {
            return new LeadJson(l.id().toString(), l.source(), l.companyName(), l.personName(), l.email(), l.phone(),
                    l.message(), l.leadSource(), l.budget(), l.status(), ApiValues.text(l.assignedTo()), l.assignedName(),
                    ApiValues.text(l.companyId()), ApiValues.text(l.dealId()), l.version(), l.createdAt().atOffset(ZoneOffset.UTC));
        }
    }

    record LeadList(List<LeadJson> items, String nextCursor) {
    }

    @GetMapping("/api/v1/leads")
    @Operation(summary = "Leads, newest first (at most 200)", description = "filter[status]=new|qualified|disqualified")
    LeadList list(@RequestParam(name = "filter[status]", required = false) String status) {
        return new LeadList(leads.list(status, 200).stream().map(LeadJson::of).toList(), null);
    }

    record LeadRequest(String companyName, String personName, String email, String phone, String message,
            String leadSource, Long budget, String pipelineId) {
    }

    @PostMapping("/api/v1/leads")
    @Operation(summary = "Send a lead (members and above; source api)", description = """
            companyName and an e-mail or phone are required; pipelineId (optional) is the pipeline the lead is meant
            for. The lead is assigned at once by the first assignment rule that matches its pipeline and source, else
            the default rule (GET /api/v1/leads/{id}/assignments says to whom, by which rule and why).""")
    ResponseEntity<LeadJson> create(@RequestBody LeadRequest body) {
        Lead lead = leads.create(Lead.API, new LeadDraft(body.companyName(), body.personName(), body.email(),
                body.phone(), body.message(), body.leadSource(), body.budget(),
                body.pipelineId() == null || body.pipelineId().isBlank() ? null : ApiValues.id("pipelineId", body.pipelineId())));
        return ResponseEntity.created(URI.create("/api/v1/leads/" + lead.id())).eTag(Versions.etag(lead.version()))
                .body(LeadJson.of(lead));
    }

    @GetMapping("/api/v1/leads/{id}")
    ResponseEntity<LeadJson> get(@PathVariable String id) {
        Lead lead = leads.find(ApiValues.pathId("lead", id));
        return ResponseEntity.ok().eTag(Versions.etag(lead.version())).body(LeadJson.of(lead));
    }

    record AssignmentList(List<Assignment> items, String nextCursor) {
    }

    @GetMapping("/api/v1/leads/{id}/assignments")
    @Operation(summary = "Every assignment of a lead, newest first: the rep, why, the threshold and each candidate")
    AssignmentList assignments(@PathVariable String id) {
        return new AssignmentList(leads.assignments(leads.find(ApiValues.pathId("lead", id)).id()), null);
    }

    record AssignRequest(Long version, String userId) {
    }

    @PostMapping("/api/v1/leads/{id}/assign")
    @Operation(summary = "Give the lead to another rep (managers); recorded and audited")
    ResponseEntity<LeadJson> assign(@PathVariable String id, @RequestBody AssignRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Lead lead = leads.reassign(ApiValues.pathId("lead", id), Versions.required(body.version(), ifMatch),
                body.userId() == null ? null : ApiValues.id("userId", body.userId()));
        return ResponseEntity.ok().eTag(Versions.etag(lead.version())).body(LeadJson.of(lead));
    }

    record QualifyRequest(Long version, String companyId, String pipelineId, Boolean despiteDuplicates) {
    }

    @PostMapping("/api/v1/leads/{id}/qualify")
    @Operation(summary = "Qualify a lead into a customer and a deal (members and above)", description = """
            companyId: use this existing customer. Without it a new prospect is made, unless the customer master
            finds likely duplicates: 422 on companyId naming them (send despiteDuplicates=true to create anyway).""")
    ResponseEntity<LeadJson> qualify(@PathVariable String id, @RequestBody QualifyRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Lead lead = leads.qualify(ApiValues.pathId("lead", id), Versions.required(body.version(), ifMatch),
                body.companyId() == null ? null : ApiValues.id("companyId", body.companyId()),
                body.pipelineId() == null ? null : ApiValues.id("pipelineId", body.pipelineId()),
                Boolean.TRUE.equals(body.despiteDuplicates()));
        return ResponseEntity.ok().eTag(Versions.etag(lead.version())).body(LeadJson.of(lead));
    }

    record RuleJson(String id, Integer position, String name, String pipelineId, String channel, String leadSource,
            String strategy, String roleId, int minComplianceScore, Map<String, Integer> weights, long version) {
        static RuleJson of(AssignmentRule r) {
            return new RuleJson("default", null, null, null, null, null, "round_robin", ApiValues.text(r.roleId()),
                    r.minComplianceScore(), Map.of(), r.version());
        }

        static RuleJson of(RoutingRule r) {
            Map<String, Integer> weights = new java.util.LinkedHashMap<>();
            r.weights().forEach((k, v) -> weights.put(k.toString(), v));
            return new RuleJson(r.id().toString(), r.position(), r.name(), ApiValues.text(r.pipelineId()), r.channel(),
                    r.leadSource(), r.strategy(), r.roleId().toString(), r.minComplianceScore(), weights, r.version());
        }
    }

    record RuleList(List<RuleJson> items, String nextCursor) {
    }

    @GetMapping("/api/v1/assignment-rules")
    @Operation(summary = "The lead assignment rules, in the order they are tried, then the default", description = """
            Each rule matches leads of a pipeline (pipelineId), a way in (channel: web_form, api, manual) and a
            source (leadSource); null = any. The first match assigns the lead by its strategy — round_robin, or
            weighted by weights {userId: 0–100; a holder not listed weighs 1} — among active holders of roleId,
            leaving out reps whose input-compliance score this month is under minComplianceScore. The last item
            (id default) applies when none matches; its roleId null leaves leads unassigned for a manager.""")
    RuleList rules() {
        List<RuleJson> items = new java.util.ArrayList<>(rules.list().stream().map(RuleJson::of).toList());
        items.add(RuleJson.of(leads.rule()));
        return new RuleList(items, null);
    }

    record RoutingRequest(Long version, String name, String pipelineId, String channel, String leadSource,
            String strategy, String roleId, Integer minComplianceScore, Map<String, Integer> weights,
            Integer position) {

        AssignmentRules.Draft draft() {
            Map<UUID, Integer> w = new java.util.LinkedHashMap<>();
            if (weights != null) {
                weights.forEach((k, v) -> w.put(ApiValues.id("weights", k), v));
            }
            return new AssignmentRules.Draft(name, blank(pipelineId) ? null : ApiValues.id("pipelineId", pipelineId), channel,
                    leadSource, strategy, blank(roleId) ? null : ApiValues.id("roleId", roleId), minComplianceScore, w,
                    position);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    @PostMapping("/api/v1/assignment-rules")
    @Operation(summary = "Add an assignment rule (administrators)", description = """
            name and roleId are required; position orders the rules (default: after the last).""")
    ResponseEntity<RuleJson> createRule(@RequestBody RoutingRequest body) {
        RoutingRule created = rules.create(body.draft());
        return ResponseEntity.created(URI.create("/api/v1/assignment-rules/" + created.id()))
                .eTag(Versions.etag(created.version())).body(RuleJson.of(created));
    }

    @GetMapping("/api/v1/assignment-rules/{id:[0-9a-fA-F-]{36}}")
    @Operation(summary = "One assignment rule")
    ResponseEntity<RuleJson> rule(@PathVariable UUID id) {
        RoutingRule r = rules.find(id);
        return ResponseEntity.ok().eTag(Versions.etag(r.version())).body(RuleJson.of(r));
    }

    @PatchMapping("/api/v1/assignment-rules/{id:[0-9a-fA-F-]{36}}")
    @Operation(summary = "Change an assignment rule (administrators; the whole rule, with its version)")
    RuleJson updateRule(@PathVariable UUID id, @RequestBody RoutingRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        RoutingRule before = rules.find(id);
        RoutingRequest merged = new RoutingRequest(body.version(), body.name() == null ? before.name() : body.name(),
                body.pipelineId() == null ? ApiValues.text(before.pipelineId()) : body.pipelineId(),
                body.channel() == null ? before.channel() : body.channel(),
                body.leadSource() == null ? before.leadSource() : body.leadSource(),
                body.strategy() == null ? before.strategy() : body.strategy(),
                body.roleId() == null ? before.roleId().toString() : body.roleId(),
                body.minComplianceScore() == null ? before.minComplianceScore() : body.minComplianceScore(),
                body.weights() != null ? body.weights() : RuleJson.of(before).weights(),
                body.position() == null ? before.position() : body.position());
        return RuleJson.of(rules.update(id, Versions.required(body.version(), ifMatch), merged.draft()));
    }

    @DeleteMapping("/api/v1/assignment-rules/{id:[0-9a-fA-F-]{36}}")
    @Operation(summary = "Delete an assignment rule (administrators, with its version)")
    ResponseEntity<Void> deleteRule(@PathVariable UUID id, @RequestParam(required = false) Long version,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        rules.delete(id, Versions.required(version, ifMatch));
        return ResponseEntity.noContent().build();
    }

    record RuleRequest(Long version, String roleId, Integer minComplianceScore) {
    }

    @GetMapping("/api/v1/assignment-rules/default")
    @Operation(summary = "The default lead assignment rule (id default): it applies when no other rule matches")
    ResponseEntity<RuleJson> defaultRule() {
        AssignmentRule r = leads.rule();
        return ResponseEntity.ok().eTag(Versions.etag(r.version())).body(RuleJson.of(r));
    }

    @PatchMapping("/api/v1/assignment-rules/default")
    @Operation(summary = "Change the lead assignment rule (administrators)")
    RuleJson changeRule(@RequestBody RuleRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AssignmentRule before = leads.rule();
        return RuleJson.of(leads.changeRule(body.roleId() == null ? before.roleId()
                        : body.roleId().isBlank() ? null : ApiValues.id("roleId", body.roleId()),
                body.minComplianceScore() == null ? before.minComplianceScore() : body.minComplianceScore(),
                Versions.required(body.version(), ifMatch)));
    }
}
