package dev.kizuna.sales.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.Ids;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.Versions;
import dev.kizuna.sales.Assignment;
import dev.kizuna.sales.AssignmentRule;
import dev.kizuna.sales.Lead;
import dev.kizuna.sales.LeadDraft;
import dev.kizuna.sales.Leads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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

    LeadsApi(Leads leads) {
        this.leads = leads;
    }

    record LeadJson(String id, String source, String companyName, String personName, String email, String phone,
            String message, String leadSource, Long budget, String status, String assignedTo, String assignedName,
            String companyId, String dealId, long version, OffsetDateTime createdAt) {
        static LeadJson of(Lead l) {
            return new LeadJson(l.id().toString(), l.source(), l.companyName(), l.personName(), l.email(), l.phone(),
                    l.message(), l.leadSource(), l.budget(), l.status(), str(l.assignedTo()), l.assignedName(),
                    str(l.companyId()), str(l.dealId()), l.version(), l.createdAt().atOffset(ZoneOffset.UTC));
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
            String leadSource, Long budget) {
    }

    @PostMapping("/api/v1/leads")
    @Operation(summary = "Send a lead (members and above; source api)", description = """
            companyName and an e-mail or phone are required. The lead is assigned at once by the assignment rule
            (GET /api/v1/leads/{id}/assignments says to whom and why).""")
    ResponseEntity<LeadJson> create(@RequestBody LeadRequest body) {
        Lead lead = leads.create(Lead.API, new LeadDraft(body.companyName(), body.personName(), body.email(),
                body.phone(), body.message(), body.leadSource(), body.budget()));
        return ResponseEntity.created(URI.create("/api/v1/leads/" + lead.id())).eTag(Versions.etag(lead.version()))
                .body(LeadJson.of(lead));
    }

    @GetMapping("/api/v1/leads/{id}")
    ResponseEntity<LeadJson> get(@PathVariable String id) {
        Lead lead = leads.find(PipelinesApi.id("lead", id));
        return ResponseEntity.ok().eTag(Versions.etag(lead.version())).body(LeadJson.of(lead));
    }

    record AssignmentList(List<Assignment> items, String nextCursor) {
    }

    @GetMapping("/api/v1/leads/{id}/assignments")
    @Operation(summary = "Every assignment of a lead, newest first: the rep, why, the threshold and each candidate")
    AssignmentList assignments(@PathVariable String id) {
        return new AssignmentList(leads.assignments(leads.find(PipelinesApi.id("lead", id)).id()), null);
    }

    record AssignRequest(Long version, String userId) {
    }

    @PostMapping("/api/v1/leads/{id}/assign")
    @Operation(summary = "Give the lead to another rep (managers); recorded and audited")
    ResponseEntity<LeadJson> assign(@PathVariable String id, @RequestBody AssignRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Lead lead = leads.reassign(PipelinesApi.id("lead", id), Versions.required(body.version(), ifMatch),
                body.userId() == null ? null : uuid("userId", body.userId()));
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
        Lead lead = leads.qualify(PipelinesApi.id("lead", id), Versions.required(body.version(), ifMatch),
                body.companyId() == null ? null : uuid("companyId", body.companyId()),
                body.pipelineId() == null ? null : uuid("pipelineId", body.pipelineId()),
                Boolean.TRUE.equals(body.despiteDuplicates()));
        return ResponseEntity.ok().eTag(Versions.etag(lead.version())).body(LeadJson.of(lead));
    }

    record RuleJson(String id, String roleId, int minComplianceScore, long version) {
        static RuleJson of(AssignmentRule r) {
            return new RuleJson("default", str(r.roleId()), r.minComplianceScore(), r.version());
        }
    }

    record RuleList(List<RuleJson> items, String nextCursor) {
    }

    @GetMapping("/api/v1/assignment-rules")
    @Operation(summary = "The lead assignment rule (one, id default)", description = """
            Round-robin among active holders of roleId, leaving out reps whose input-compliance score this month is
            under minComplianceScore. roleId null: leads stay unassigned for a manager.""")
    RuleList rules() {
        return new RuleList(List.of(RuleJson.of(leads.rule())), null);
    }

    record RuleRequest(Long version, String roleId, Integer minComplianceScore) {
    }

    @PatchMapping("/api/v1/assignment-rules/default")
    @Operation(summary = "Change the lead assignment rule (administrators)")
    RuleJson changeRule(@RequestBody RuleRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AssignmentRule before = leads.rule();
        return RuleJson.of(leads.changeRule(body.roleId() == null ? before.roleId()
                        : body.roleId().isBlank() ? null : uuid("roleId", body.roleId()),
                body.minComplianceScore() == null ? before.minComplianceScore() : body.minComplianceScore(),
                Versions.required(body.version(), ifMatch)));
    }

    private static UUID uuid(String field, String value) {
        return Ids.parse(value).orElseThrow(() -> new RuleViolationException(FieldProblem.of(field, "UnknownId")));
    }

    private static String str(UUID id) {
        return id == null ? null : id.toString();
    }
}
