package dev.kizuna.success.api;

import java.time.LocalDate;
import java.util.Map;

import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.ListFilters;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.api.Versions;
import dev.kizuna.success.Renewal;
import dev.kizuna.success.Renewals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/renewals}: contracts due for renewal, recording a renewal, and the early-renewal setting. */
@RestController
@Tag(name = "Customer success")
class RenewalsApi {

    private final Renewals renewals;

    RenewalsApi(Renewals renewals) {
        this.renewals = renewals;
    }

    @GetMapping("/api/v1/renewals")
    @Operation(summary = "Contracts ending in the next 30, 60 or 90 days, soonest first", description = """
            withinDays = 30 | 60 | 90 (default 90); filter[ownerUserId] (who handles the renewal).""")
    @ListFilters({"ownerUserId"})
    CursorPage<ContractsApi.ContractJson> due(HttpServletRequest request,
            @RequestParam(defaultValue = "90") int withinDays, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        Map<String, String[]> p = request.getParameterMap();
        return renewals.due(withinDays, SuccessApi.id("filter[ownerUserId]", SuccessApi.param(p, "ownerUserId")),
                PageQuery.of(limit, cursor)).map(ContractsApi.ContractJson::of);
    }

    record RenewalRequest(Long version, String contractId, String decidedOn, String newEndsOn) {
    }

    record RenewalJson(String id, String contractId, LocalDate decidedOn, LocalDate previousEndsOn,
            LocalDate newEndsOn, boolean early) {
    }

    @PostMapping("/api/v1/renewals")
    @Operation(summary = "Record a contract's renewal (members)", description = """
            contractId, version (the contract's; or If-Match), decidedOn (default today), newEndsOn (after the
            current end). Early when decided at least earlyRenewalDays before the current end.""")
    ResponseEntity<RenewalJson> renew(@RequestBody RenewalRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        long version = Versions.required(body.version(), ifMatch);
        Renewal r = renewals.renew(SuccessApi.id("contractId", body.contractId()), version,
                SuccessApi.date("decidedOn", body.decidedOn()), SuccessApi.date("newEndsOn", body.newEndsOn()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new RenewalJson(r.id().toString(),
                r.contractId().toString(), r.decidedOn(), r.previousEndsOn(), r.newEndsOn(), r.early()));
    }

    record SettingsJson(Integer earlyRenewalDays) {
    }

    @GetMapping("/api/v1/success-settings")
    SettingsJson settings() {
        return new SettingsJson(renewals.earlyRenewalDays());
    }

    @PatchMapping("/api/v1/success-settings")
    @Operation(summary = "Change the success settings (administrators)", description = """
            earlyRenewalDays (0–365): a renewal decided at least this many days before the end counts as early.""")
    SettingsJson updateSettings(@RequestBody SettingsJson body) {
        return new SettingsJson(renewals.earlyRenewalDays(body.earlyRenewalDays()));
    }
}
