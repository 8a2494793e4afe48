package dev.kizuna.dataio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.kizuna.platform.table.CsvWriter;
import dev.kizuna.platform.api.Check;
import dev.kizuna.platform.audit.AuditLog;
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

    private final AccountingExportRepository rows;
    private final AuditLog audit;

    AccountingExports(AccountingExportRepository rows, AuditLog audit) {
        this.rows = rows;
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
        return rows.invoiced(since, until).stream().map(r -> {
            long tax = r.base() * r.rate() / 100; // once per rate, rounded down (as on the invoice)
            return new AccountingFormat.Entry(r.number(), r.invoicedOn(), r.dueOn(), r.customer(),
                    AccountingFormat.RECEIVABLE, AccountingFormat.SALES, r.rate(), r.rate() > 0, r.base() + tax, tax,
                    r.number() + " " + r.title());
        }).toList();
    }

    /** 入金: per payment, 普通預金 / 売掛金. */
    List<AccountingFormat.Entry> payments(LocalDate since, LocalDate until) {
        return rows.received(since, until).stream().map(p -> new AccountingFormat.Entry(p.number(), p.receivedOn(),
                null, p.customer(), AccountingFormat.BANK, AccountingFormat.RECEIVABLE, 0, false, p.amount(), 0,
                p.number() + " 入金" + (p.note() == null || p.note().isBlank() ? "" : " " + p.note()))).toList();
    }
}
