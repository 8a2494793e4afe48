package dev.kizuna.dataio;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.kizuna.customers.CompanyImports;
import dev.kizuna.platform.api.FieldProblem;
import dev.kizuna.platform.api.RuleViolationException;

/** Finds the contact a row of activities or deals names by e-mail ({@code contactEmail}), one query per batch. */
final class ContactLookup {

    private final Map<String, List<UUID>> byEmail;

    ContactLookup(List<Map<String, String>> rows, CompanyImports companies) {
        Set<String> emails = new HashSet<>();
        rows.forEach(v -> {
            String email = Transforms.clean(v.get("contactEmail"));
            if (email != null) {
                emails.add(email.toLowerCase(Locale.ROOT));
            }
        });
        byEmail = emails.isEmpty() ? Map.of() : companies.contactIdsByEmail(emails);
    }

    /** The row's contact, or null when it names none; an address nobody has, or several have, is a problem. */
    UUID contactOf(Map<String, String> v) {
        String email = Transforms.clean(v.get("contactEmail"));
        if (email == null) {
            return null;
        }
        List<UUID> ids = byEmail.getOrDefault(email.toLowerCase(Locale.ROOT), List.of());
        if (ids.size() != 1) {
            throw new RuleViolationException(ids.isEmpty() ? FieldProblem.of("contactEmail", "ImportContactNotFound")
                    : new FieldProblem("contactEmail", "ImportAmbiguous", List.of(ids.size())));
        }
        return ids.getFirst();
    }
}
