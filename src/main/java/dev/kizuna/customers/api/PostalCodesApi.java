package dev.kizuna.customers.api;

import java.util.List;

import dev.kizuna.customers.PostalAddress;
import dev.kizuna.customers.PostalCodes;
import dev.kizuna.platform.api.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/postal-codes/{code}}: Japan Post's postal codes (bundled data, see resources/postal/NOTICE.md). */
@RestController
@RequestMapping("/api/v1/postal-codes")
@Tag(name = "Customers")
class PostalCodesApi {

    private final PostalCodes postalCodes;

    PostalCodesApi(PostalCodes postalCodes) {
        this.postalCodes = postalCodes;
    }

    record PostalCodeResponse(String code, List<PostalAddress> items) {
    }

    @GetMapping("/{code}")
    @Operation(summary = "Prefecture, city and town(s) of a postal code (1000001 or 100-0001)")
    PostalCodeResponse lookup(@PathVariable String code) {
        List<PostalAddress> found = postalCodes.lookup(code);
        if (found.isEmpty()) {
            throw new NotFoundException("postal-code", code);
        }
        return new PostalCodeResponse(found.getFirst().code(), found);
    }
}
