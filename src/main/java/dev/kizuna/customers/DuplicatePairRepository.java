package dev.kizuna.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.kizuna.platform.api.Cursor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pairs of customers and of contacts that are probably the same, keyset-paged on (first id, second id). The
 * list walks the primary key for the first of a pair and looks its partners up by index: a company's by phone
 * (company_phone_idx), e-mail (company_email_idx) and furigana (company_kana_idx); a contact's by e-mail
 * (contact_email_idx on lower(email)) and by phone or mobile, either way round (contact_phone_idx,
 * contact_mobile_idx). A pair is listed once, as (older id, newer id); ids are time-ordered, so the pairs whose
 * first record was created last come first: the duplicates someone just entered are the ones to fix now.
 */
@Repository
class DuplicatePairRepository {

    private static final String COMPANY_PAIRS = """
            select a.id as a_id, a.name as a_name, a.name_kana as a_kana, a.phone_display as a_phone,
                   a.email as a_email, a.prefecture || a.city as a_detail,
                   b.id as b_id, b.name as b_name, b.name_kana as b_kana, b.phone_display as b_phone,
                   b.email as b_email, b.prefecture || b.city as b_detail,
                   array_remove(array[case when b.phone = a.phone then 'phone' end,
                                      case when b.email = a.email then 'email' end,
                                      case when a.name_kana <> '' and b.name_kana = a.name_kana then 'kana' end],
                                null) as reasons
              from company a
              join company b on b.id > a.id
                            and (b.phone = a.phone or b.email = a.email
                                 or (a.name_kana <> '' and b.name_kana = a.name_kana))
            """;

    private static final String CONTACT_PAIRS = """
            select a.id as a_id, a.name as a_name, a.name_kana as a_kana,
                   coalesce(nullif(a.phone_display, ''), a.mobile_display) as a_phone, a.email as a_email,
                   ca.name as a_detail,
                   b.id as b_id, b.name as b_name, b.name_kana as b_kana,
                   coalesce(nullif(b.phone_display, ''), b.mobile_display) as b_phone, b.email as b_email,
                   cb.name as b_detail,
                   array_remove(array[case when lower(b.email) = lower(a.email) then 'email' end,
                                      case when b.phone = a.phone or b.mobile = a.mobile or b.phone = a.mobile
                                                or b.mobile = a.phone then 'phone' end],
                                null) as reasons
              from contact a
              join contact b on b.id > a.id
                            and (lower(b.email) = lower(a.email) or b.phone = a.phone or b.mobile = a.mobile
                                 or b.phone = a.mobile or b.mobile = a.phone)
              join company ca on ca.id = a.company_id
              join company cb on cb.id = b.company_id
            """;

    private final JdbcClient jdbc;

    DuplicatePairRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DuplicatePair> companies(Cursor after, int fetchSize) {
        return page(COMPANY_PAIRS, after, fetchSize);
    }

    List<DuplicatePair> contacts(Cursor after, int fetchSize) {
        return page(CONTACT_PAIRS, after, fetchSize);
    }

    static Cursor cursorOf(DuplicatePair pair) {
        return Cursor.of(pair.first().id(), pair.second().id());
    }

    private List<DuplicatePair> page(String select, Cursor after, int fetchSize) {
        StringBuilder sql = new StringBuilder(select).append(" where true");
        List<Object> args = new ArrayList<>();
        if (after != null) {
            // The first condition lets the primary key serve the walk; the second is the exact keyset.
            sql.append(" and a.id <= cast(? as uuid) and (a.id, b.id) < (cast(? as uuid), cast(? as uuid))");
            args.addAll(List.of(after.uuid(0), after.uuid(0), after.uuid(1)));
        }
        sql.append(" order by a.id desc, b.id desc limit ?");
        args.add(fetchSize);
        return jdbc.sql(sql.toString()).params(args).query(DuplicatePairRepository::map).list();
    }

    private static DuplicatePair map(ResultSet rs, int n) throws SQLException {
        return new DuplicatePair(party(rs, "a_"), party(rs, "b_"),
                Arrays.asList((String[]) rs.getArray("reasons").getArray()));
    }

    private static DuplicatePair.Party party(ResultSet rs, String side) throws SQLException {
        return new DuplicatePair.Party(rs.getObject(side + "id", UUID.class), rs.getString(side + "name"),
                rs.getString(side + "kana"), rs.getString(side + "phone"), rs.getString(side + "email"),
                rs.getString(side + "detail"));
    }
}
