package dev.kizuna.customers.api;

import java.util.List;

import dev.kizuna.customers.RequiredFields;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/required-fields/{company|individual|contact}}: which fields each kind of record must have. */
@RestController
@RequestMapping("/api/v1/required-fields")
@Tag(name = "Customers")
class RequiredFieldsApi {

    private final RequiredFields requiredFields;

    RequiredFieldsApi(RequiredFields requiredFields) {
        this.requiredFields = requiredFields;
    }

    record RequiredFieldsBody(List<String> fields, List<String> choices) {
    }

    record OwnerCompletenessItem(String ownerId, String ownerName, long customers, long complete, int percent) {
    }

    record CompletenessList(List<OwnerCompletenessItem> items, String nextCursor) {
    }

    @GetMapping("/completeness")
    @Operation(summary = "Input compliance per owner: customers owned, how many have every required field, percent")
    CompletenessList completeness() {
        return new CompletenessList(requiredFields.completenessByOwner().stream()
                .map(o -> new OwnerCompletenessItem(o.ownerId().toString(), o.ownerName(), o.customers(), o.complete(),
                        o.percent())).toList(), null);
    }

    @GetMapping("/{objectType}")
    @Operation(summary = "The required fields of a kind of record, and the fields that may be made required")
    RequiredFieldsBody get(@PathVariable String objectType) {
        List<String> choices = choicesOf(objectType);
        return new RequiredFieldsBody(requiredFields.of(objectType).stream().sorted().toList(), choices);
    }

    @PutMapping("/{objectType}")
    @Operation(summary = "Set the required fields (administrators); name is always required")
    RequiredFieldsBody put(@PathVariable String objectType, @RequestBody RequiredFieldsBody body) {
        choicesOf(objectType);
        requiredFields.set(objectType, body.fields() == null ? List.of() : body.fields());
        return get(objectType);
    }

    private static List<String> choicesOf(String objectType) {
        if (!List.of(RequiredFields.COMPANY, RequiredFields.INDIVIDUAL, RequiredFields.CONTACT).contains(objectType)) {
            throw new dev.kizuna.platform.api.NotFoundException("required-fields", objectType);
        }
        return RequiredFields.choices(objectType);
    }
}
