package dev.kizuna.customers;

import java.util.List;
import java.util.function.Consumer;

import dev.kizuna.platform.api.Cursor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every customer a list matches, or every contact, handed one at a time to an export (the dataio module) at
 * constant memory: customers page by page along the list's own keyset order (so an export has the list's filters
 * and sort), contacts through one server-side cursor.
 */
@Service
@Transactional(readOnly = true)
public class CustomerExports {

    private static final int PAGE = 2_000;

    private final CompanyRepository companies;
    private final CustomFields customFields;
    private final RequiredFields requiredFields;
    private final CustomerExportRepository exports;
    private final JsonMapper json;

    CustomerExports(CompanyRepository companies, CustomFields customFields, RequiredFields requiredFields,
            CustomerExportRepository exports, JsonMapper json) {
        this.companies = companies;
        this.customFields = customFields;
        this.requiredFields = requiredFields;
        this.exports = exports;
        this.json = json;
    }

    /** Every customer the filter matches, in its sort order; returns how many. */
    @PreAuthorize("isAuthenticated()")
    public long companies(CompanyFilter filter, Consumer<Company> sink) {
        CompanyQuery query = new CompanyQuery(customFields.active("company"), requiredFields::incompleteCondition, json);
        Cursor after = null;
        long count = 0;
        while (true) {
            List<CompanyRepository.Listed> page = companies.list(query, filter, after, PAGE);
            for (CompanyRepository.Listed listed : page) {
                sink.accept(listed.company());
                count++;
            }
            if (page.size() < PAGE) {
                return count;
            }
            after = page.getLast().cursor();
        }
    }

    /** Every contact with its company's name, in furigana order; returns how many. */
    @PreAuthorize("isAuthenticated()")
    public long contacts(Consumer<ContactRow> sink) {
        return exports.eachContact(sink);
    }
}
