package dev.kizuna.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contact table and the history of contacts moving between companies. */
@Repository
class ContactRepository {

    private static final String SELECT = """
            select k.*, c.name as company_name from contact k join company c on c.id = k.company_id
            """;

    record Row(UUID companyId, String name, String nameKana, String department, String title, String phone,
            String phoneDisplay, String mobile, String mobileDisplay, String email, String notes, boolean primary,
            String searchText, java.util.Map<String, Object> customFields) {
    }

    private final JdbcClient jdbc;
    private final CompanyRepository companies;
    private final tools.jackson.databind.json.JsonMapper json;

    ContactRepository(JdbcClient jdbc, CompanyRepository companies, tools.jackson.databind.json.JsonMapper json) {
        this.jdbc = jdbc;
        this.companies = companies;
        this.json = json;
    }

    Optional<Contact> find(UUID id) {
        return jdbc.sql(SELECT + " where k.id = ?").param(id).query(this::map).optional();
    }

    /** Contacts with the e-mail address or the phone/mobile number (E.164), oldest first. */
    List<Contact> withEmailOrPhone(String email, List<String> phones) {
        String[] numbers = phones.toArray(String[]::new);
        return jdbc.sql(SELECT + """
                 where (cast(? as text) is not null and lower(k.email) = lower(?))
                    or k.phone = any(?) or k.mobile = any(?) order by k.created_at, k.id limit 5""")
                .params(email, email, numbers, numbers).query(this::map).list();
    }

    /** Primary contact first, then in furigana order (index contact_company_idx). */
    List<Contact> forCompany(UUID companyId) {
        return jdbc.sql(SELECT + " where k.company_id = ? order by k.is_primary desc, k.name_kana, k.id")
                .param(companyId).query(this::map).list();
    }

    void insert(UUID id, Row r, UUID actor) {
        jdbc.sql("""
                insert into contact (id, company_id, name, name_kana, department, title, phone, phone_display, mobile,
                    mobile_display, email, notes, is_primary, search_text, name_grams, custom_fields, created_by,
                    updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                """).params(id, r.companyId(), r.name(), r.nameKana(), r.department(), r.title(), r.phone(),
                r.phoneDisplay(), r.mobile(), r.mobileDisplay(), r.email(), r.notes(), r.primary(), r.searchText(),
                grams(r), json.writeValueAsString(r.customFields()), actor, actor).update();
    }

    boolean update(UUID id, long version, Row r, UUID actor) {
        return jdbc.sql("""
                update contact set company_id = ?, name = ?, name_kana = ?, department = ?, title = ?, phone = ?,
                    phone_display = ?, mobile = ?, mobile_display = ?, email = ?, notes = ?, is_primary = ?,
                    search_text = ?, name_grams = ?, custom_fields = cast(? as jsonb), version = version + 1,
                    updated_at = now(), updated_by = ?
                 where id = ? and version = ?
                """).params(r.companyId(), r.name(), r.nameKana(), r.department(), r.title(), r.phone(),
                r.phoneDisplay(), r.mobile(), r.mobileDisplay(), r.email(), r.notes(), r.primary(), r.searchText(),
                grams(r), json.writeValueAsString(r.customFields()), actor, id, version).update() == 1;
    }

    private static String[] grams(Row r) {
        return dev.kizuna.platform.text.JapaneseText.bigrams(r.name(), r.nameKana()).toArray(String[]::new);
    }

    /** Only one primary contact per company: the others lose the flag. */
    void clearOtherPrimaries(UUID companyId, UUID keepId) {
        jdbc.sql("update contact set is_primary = false, version = version + 1, updated_at = now() "
                + "where company_id = ? and id <> ? and is_primary").params(companyId, keepId).update();
    }

    void recordMove(UUID contactId, UUID from, UUID to, UUID actor) {
        jdbc.sql("insert into contact_move (contact_id, from_company_id, to_company_id, moved_by) values (?, ?, ?, ?)")
                .params(contactId, from, to, actor).update();
    }

    List<ContactMove> moves(UUID contactId) {
        return jdbc.sql("""
                select f.name as from_name, t.name as to_name, m.moved_at from contact_move m
                  join company f on f.id = m.from_company_id join company t on t.id = m.to_company_id
                 where m.contact_id = ? order by m.moved_at
                """).param(contactId).query((rs, n) -> new ContactMove(rs.getString(1), rs.getString(2),
                rs.getTimestamp(3).toInstant())).list();
    }

    private Contact map(ResultSet rs, int n) throws SQLException {
        return new Contact(rs.getObject("id", UUID.class), rs.getObject("company_id", UUID.class),
                rs.getString("company_name"), rs.getString("name"), rs.getString("name_kana"),
                rs.getString("department"), rs.getString("title"), rs.getString("phone"), rs.getString("phone_display"),
                rs.getString("mobile"), rs.getString("mobile_display"), rs.getString("email"), rs.getString("notes"),
                rs.getBoolean("is_primary"), companies.customFields(rs.getString("custom_fields")), rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
