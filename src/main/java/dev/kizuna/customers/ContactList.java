package dev.kizuna.customers;

import dev.kizuna.platform.api.Cursor;
import dev.kizuna.platform.api.CursorPage;
import dev.kizuna.platform.api.PageQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every customer's contacts in one list: searched, filtered by how they can be reached, sorted, keyset-paged. */
@Service
public class ContactList {

    private final ContactListRepository rows;

    ContactList(ContactListRepository rows) {
        this.rows = rows;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CursorPage<ContactListItem> list(ContactListFilter filter, PageQuery page) {
        boolean byUpdate = "updated".equals(filter.sortOrDefault());
        Cursor after = page.decodedCursor(2);
        return page.page(rows.page(filter, after, page.fetchSize()),
                c -> byUpdate ? Cursor.of(c.updatedAt(), c.id()) : Cursor.of(c.nameKana(), c.id()));
    }
}
