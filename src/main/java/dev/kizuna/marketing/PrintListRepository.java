package dev.kizuna.marketing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Print lists: customers meeting conditions who have a postal address and did not refuse postal mail. */
@Repository
class PrintListRepository {

    private static final String MAILABLE = " and coalesce(c.postal_code, '') <> ''"
            + " and c.postal_opt_out_at is null";

    private final JdbcClient jdbc;

    PrintListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In postal-code order (how the post office wants bulk mail), at most {@code limit}. */
    List<PrintAddress> rows(String where, List<Object> conditionArgs, int limit) {
        List<Object> args = new ArrayList<>(conditionArgs);
        args.add(limit);
        return jdbc.sql("select c.id, c.kind, c.name, c.postal_code, c.prefecture, c.city, c.street, c.building"
                + SegmentRepository.FROM + where + MAILABLE + " order by c.postal_code, c.name_kana, c.id limit ?")
                .params(args).query((rs, n) -> new PrintAddress(rs.getObject("id", UUID.class),
                        postal(rs.getString("postal_code")), join(rs.getString("prefecture"), rs.getString("city"),
                                rs.getString("street")), nz(rs.getString("building")),
                        rs.getString("name") + ("individual".equals(rs.getString("kind")) ? " 様" : " 御中")))
                .list();
    }

    long count(String where, List<Object> args) {
        return jdbc.sql("select count(*)" + SegmentRepository.FROM + where + MAILABLE).params(args)
                .query(Long.class).single();
    }

    private static String postal(String code) {
        String digits = code.replaceAll("[^0-9]", "");
        return digits.length() == 7 ? digits.substring(0, 3) + "-" + digits.substring(3) : code;
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            out.append(nz(p));
        }
        return out.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
