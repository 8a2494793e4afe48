package dev.kizuna.dataio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kizuna.platform.table.CsvWriter;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 会計ソフト用の書き出し: orders invoiced (売上, on the invoice day, one line per tax rate: the rate's lines before tax
 * plus its tax, rounded down once per rate as on the invoice) and payments received (入金, on the day received) in a
 * period, in the import format of freee, マネーフォワード クラウド会計 or 弥生会計, CP932 with CRLF as all three
 * accept. Reads the commerce module's published tables (orders, their lines, payments) in one read-only
 * transaction; audited (who exported which period in which format).
 */
@Service
@Transactional(readOnly = true)
public class AccountingExports {

    static final Charset CP932 = Charset.forName("windows-31j");
    public static final int MAX_DAYS = 366;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    AccountingExports(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Checks the request before anything is written, so a bad one gets a clear 422 instead of a broken file. */
    @PreAuthorize("hasRole('MANAGER')")
    public void check(String format, String kind, LocalDate since, LocalDate until) {
        Check.of().required("format", format).oneOf("format", format, List.of("freee", "moneyforward", "yayoi"))
                .required("kind", kind).oneOf("kind", kind, List.of("sales", "payments"))
                .required("since", since).required("until", until)
                .failIf(since != null && until != null && until.isBefore(since), "until", "NotBeforeSince")
                .failIf(since != null && until != null && since.plusDays(MAX_DAYS).isBefore(until), "until",
                        "PeriodTooLong")
                .verify();
    }

    /** The file's name, e.g. kizuna-freee-sales-2026-11-01_2026-11-30.csv. */
    public static String fileName(String format, String kind, LocalDate since, LocalDate until) {
        return "kizuna-" + format + "-" + kind + "-" + since + "_" + until + ".csv";
    }

    /** The whole file (a year of invoices is small enough to hand over at once), checked and audited. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public byte[] file(String format, String kind, LocalDate since, LocalDate until) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        write(format, kind, since, until, out);
        return out.toByteArray();
    }

    /** The download's media type: CSV in CP932, labelled by its IANA name windows-31j (plain Shift_JIS lacks ①, ㈱, 髙, 﨑). */
    public static final String MEDIA_TYPE = "text/csv; charset=windows-31j";

    /** Writes the file; returns how many journal lines it holds. Read-write: the export is audited. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public int write(String format, String kind, LocalDate since, LocalDate until, OutputStream out)
            throws IOException {
        check(format, kind, since, until);
        AccountingFormat f = AccountingFormat.of(format);
        List<AccountingFormat.Entry> entries = "sales".equals(kind) ? sales(since, until) : payments(since, until);
        try (CsvWriter csv = new CsvWriter(out, CP932, false)) {
            if (!f.header().isEmpty()) {
                csv.row(f.header().toArray(String[]::new));
            }
            for (String[] row : f.rows(entries)) {
                csv.row(row);
            }
        }
        audit.record("export.accounting", "export", null, null, Map.of("format", format, "kind", kind,
                "since", since.toString(), "until", until.toString(), "lines", entries.size()));
        return entries.size();
    }

    /** 売上: per invoiced order and tax rate, 売掛金 / 売上高. */
    List<AccountingFormat.Entry> sales(LocalDate since, LocalDate until) {
        List<AccountingFormat.Entry> out = new ArrayList<>();
        jdbc.sql("""
                select o.number, o.invoiced_on, o.due_on, c.name, o.title, l.tax_rate, sum(l.amount) as base
                  from sales_order o join company c on c.id = o.company_id join order_line l on l.order_id = o.id
                 where o.invoiced_on between ? and ?
                 group by o.id, o.number, o.invoiced_on, o.due_on, c.name, o.title, l.tax_rate
                 order by o.invoiced_on, o.number, l.tax_rate desc
                """).params(Date.valueOf(since), Date.valueOf(until)).query((rs, n) -> {
                    int rate = rs.getInt("tax_rate");
                    long base = rs.getLong("base");
                    long tax = base * rate / 100; // once per rate, rounded down (as on the invoice)
                    Date due = rs.getDate("due_on");
                    return out.add(new AccountingFormat.Entry(rs.getString("number"),
                            rs.getDate("invoiced_on").toLocalDate(), due == null ? null : due.toLocalDate(),
                            rs.getString("name"), AccountingFormat.RECEIVABLE, AccountingFormat.SALES, rate, rate > 0,
                            base + tax, tax, rs.getString("number") + " " + rs.getString("title")));
                }).list();
        return out;
    }

    /** 入金: per payment, 普通預金 / 売掛金. */
    List<AccountingFormat.Entry> payments(LocalDate since, LocalDate until) {
        return jdbc.sql("""
                select o.number, p.received_on, c.name, p.amount, p.note
                  from payment p join sales_order o on o.id = p.order_id join company c on c.id = o.company_id
                 where p.received_on between ? and ?
                 order by p.received_on, o.number, p.id
                """).params(Date.valueOf(since), Date.valueOf(until))
                .query((rs, n) -> new AccountingFormat.Entry(rs.getString("number"),
                        rs.getDate("received_on").toLocalDate(), null, rs.getString("name"), AccountingFormat.BANK,
                        AccountingFormat.RECEIVABLE, 0, false, rs.getLong("amount"), 0,
                        rs.getString("number") + " 入金" + (rs.getString("note") == null || rs.getString("note").isBlank()
                                ? "" : " " + rs.getString("note"))))
                .list();
    }
}
