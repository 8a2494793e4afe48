package dev.kizuna.success.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.api.Versions;
import dev.kizuna.success.Contract;
import dev.kizuna.success.ContractChange;
import dev.kizuna.success.ContractDraft;
import dev.kizuna.success.Contracts;
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

/** {@code /api/v1/contracts}: a customer's contracts, their terms and their plan-change history. */
@RestController
@Tag(name = "Customer success")
class ContractsApi {

    private final Contracts contracts;

    ContractsApi(Contracts contracts) {
        this.contracts = contracts;
    }

    record ContractJson(String id, String companyId, String companyName, String planName, long amount,
            String currency, String billing, long monthlyAmount, LocalDate startsOn, LocalDate endsOn,
            boolean autoRenew, int noticeDays, LocalDate noticeBy, String renewalOwnerUserId, String renewalOwnerName,
            String status, long version) {
        static ContractJson of(Contract c) {
            return new ContractJson(c.id().toString(), c.companyId().toString(), c.companyName(), c.planName(),
                    c.amount(), "JPY", c.billing(), c.monthlyAmount(), c.startsOn(), c.endsOn(), c.autoRenew(),
                    c.noticeDays(), c.noticeBy(), SuccessApi.str(c.renewalOwnerUserId()), c.renewalOwnerName(),
                    c.status(), c.version());
        }
    }

    record Items<T>(List<T> items) {
    }

    @GetMapping("/api/v1/contracts")
    @Operation(summary = "A customer's contracts, oldest first", description = "companyId (required).")
    Items<ContractJson> list(@RequestParam(required = false) String companyId) {
        var id = SuccessApi.id("companyId", companyId);
        if (id == null) {
            throw new RuleViolationException(FieldProblem.of("companyId", "NotBlank"));
        }
        return new Items<>(contracts.ofCompany(id).stream().map(ContractJson::of).toList());
    }

    @GetMapping("/api/v1/contracts/{id}")
    ResponseEntity<ContractJson> get(@PathVariable String id) {
        Contract c = contracts.find(SuccessApi.pathId("contract", id));
        return ResponseEntity.ok().eTag(Versions.etag(c.version())).body(ContractJson.of(c));
    }

    record ContractRequest(Long version, String companyId, String planName, Long amount, String billing,
            String startsOn, String endsOn, Boolean autoRenew, Integer noticeDays, String renewalOwnerUserId) {

        ContractDraft merge(Contract b) {
            return new ContractDraft(b == null ? SuccessApi.id("companyId", companyId) : b.companyId(),
                    planName, amount, billing,
                    startsOn == null && b != null ? b.startsOn() : SuccessApi.date("startsOn", startsOn),
                    endsOn == null && b != null ? b.endsOn() : SuccessApi.date("endsOn", endsOn),
                    autoRenew == null && b != null ? Boolean.valueOf(b.autoRenew()) : autoRenew,
                    noticeDays == null && b != null ? Integer.valueOf(b.noticeDays()) : noticeDays,
                    renewalOwnerUserId == null && b != null ? b.renewalOwnerUserId()
                            : SuccessApi.id("renewalOwnerUserId", renewalOwnerUserId));
        }
    }

    @PostMapping("/api/v1/contracts")
    @Operation(summary = "Add a contract (members)", description = """
            companyId, planName, amount (whole yen, 0 or more) per billing (monthly | yearly), startsOn, endsOn (the
            renewal date, not before startsOn), autoRenew, noticeDays (0–365, default 30), renewalOwnerUserId. A
            contract may not start after the customer's go-live date.""")
    ResponseEntity<ContractJson> create(@RequestBody ContractRequest body) {
        Contract created = contracts.create(body.merge(null));
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + created.id()))
                .eTag(Versions.etag(created.version())).body(ContractJson.of(created));
    }

    @PatchMapping("/api/v1/contracts/{id}")
    @Operation(summary = "Change a contract's terms (members)", description = """
            startsOn, endsOn, autoRenew, noticeDays, renewalOwnerUserId; plan and amount change through
            POST /api/v1/contracts/{id}/changes. version (or If-Match) is required; a stale one gets 409.""")
    ResponseEntity<ContractJson> update(@PathVariable String id, @RequestBody ContractRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Contract before = contracts.find(SuccessApi.pathId("contract", id));
        Contract after = contracts.update(before.id(), version, body.merge(before));
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(ContractJson.of(after));
    }

    record ChangeJson(String id, LocalDate changedOn, String fromPlan, String toPlan, long amountBefore,
            long amountAfter, String reason) {
        static ChangeJson of(ContractChange c) {
            return new ChangeJson(SuccessApi.str(c.id()), c.changedOn(), c.fromPlan(), c.toPlan(), c.amountBefore(),
                    c.amountAfter(), c.reason());
        }
    }

    @GetMapping("/api/v1/contracts/{id}/changes")
    @Operation(summary = "A contract's plan changes, oldest first")
    Items<ChangeJson> changes(@PathVariable String id) {
        return new Items<>(contracts.changes(SuccessApi.pathId("contract", id)).stream().map(ChangeJson::of).toList());
    }

    record ChangeRequest(Long version, String toPlan, Long amountAfter, String changedOn, String reason) {
    }

    @PostMapping("/api/v1/contracts/{id}/changes")
    @Operation(summary = "Change a contract's plan (members)", description = """
            toPlan, amountAfter (whole yen), changedOn (not before the start), reason. The change is kept with the
            amounts before and after. version (or If-Match) of the contract is required; a stale one gets 409.""")
    ResponseEntity<ContractJson> change(@PathVariable String id, @RequestBody ChangeRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Contract after = contracts.changePlan(SuccessApi.pathId("contract", id), version, body.toPlan(),
                body.amountAfter(), SuccessApi.date("changedOn", body.changedOn()), body.reason());
        return ResponseEntity.ok().eTag(Versions.etag(after.version())).body(ContractJson.of(after));
    }
}
