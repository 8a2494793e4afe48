package dev.kizuna.dataio;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The import formats of three Japanese accounting packages, for sales (売上: 売掛金 / 売上高, one line per tax rate
 * of an invoice) and payments received (入金: 普通預金 / 売掛金). Columns follow each vendor's published help page as
 * read on 2026-11-24 (see docs/modules/dataio.md): freee 「取引・口座振替のインポート」 (取引 file, 17 columns with a
 * header), マネーフォワード クラウド会計 「仕訳帳」インポート (27 columns A–AA with a header) and 弥生会計
 * 「弥生インポート形式」 (弥生会計 05 and later, 25 columns, no header, 識別フラグ 2000). Account and tax-category
 * names are the packages' defaults; each package asks to map a name it does not know on import.
 */
public enum AccountingFormat {

    FREEE("freee"), MONEYFORWARD("moneyforward"), YAYOI("yayoi");

    public static final String RECEIVABLE = "売掛金";
    public static final String SALES = "売上高";
    public static final String BANK = "普通預金";

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    public final String code;

    AccountingFormat(String code) {
        this.code = code;
    }

    public static AccountingFormat of(String code) {
        for (AccountingFormat f : values()) {
            if (f.code.equals(code)) {
                return f;
            }
        }
        return null;
    }

    /** One journal line: on {@code day}, debit and credit {@code gross} yen (tax included), {@code tax} of it. */
    public record Entry(String number, LocalDate day, LocalDate dueOn, String customer, String debit, String credit,
            int taxRate, boolean taxable, long gross, long tax, String memo) {
    }

    public List<String> header() {
        return switch (this) {
            case FREEE -> List.of("収支区分", "管理番号", "発生日", "決済期日", "取引先", "勘定科目", "税区分", "金額",
                    "税計算区分", "税額", "備考", "品目", "部門", "メモタグ（複数指定可、カンマ区切り）", "決済日", "決済口座",
                    "決済金額");
            case MONEYFORWARD -> List.of("取引No", "取引日", "借方勘定科目", "借方補助科目", "借方部門", "借方取引先",
                    "借方税区分", "借方インボイス", "借方金額(円)", "借方税額", "貸方勘定科目", "貸方補助科目", "貸方部門",
                    "貸方取引先", "貸方税区分", "貸方インボイス", "貸方金額(円)", "貸方税額", "摘要", "仕訳メモ", "タグ",
                    "MF仕訳タイプ", "決算整理仕訳", "作成日時", "作成者", "最終更新日時", "最終更新者");
            case YAYOI -> List.of(); // 弥生インポート形式 has no header row
        };
    }

    /** The file's rows for the entries ({@code seq} numbers MF's 取引No). */
    public List<String[]> rows(List<Entry> entries) {
        List<String[]> rows = new ArrayList<>();
        int seq = 0;
        String lastNumber = null;
        for (Entry e : entries) {
            if (!e.number().equals(lastNumber)) {
                seq++;
                lastNumber = e.number();
            }
            rows.add(row(e, seq));
        }
        return rows;
    }

    private String[] row(Entry e, int seq) {
        String day = e.day().format(DAY);
        String memo = e.memo();
        return switch (this) {
            case FREEE -> SALES.equals(e.credit())
                    ? new String[] {"収入", e.number(), day, e.dueOn() == null ? "" : e.dueOn().format(DAY), e.customer(),
                            SALES, freeeTax(e), Long.toString(e.gross()), e.taxable() ? "内税" : "",
                            e.taxable() ? Long.toString(e.tax()) : "", memo, "", "", "Kizuna", "", "", ""}
                    // A payment: the receivable settled into the bank account, dated when the money arrived.
                    : new String[] {"収入", e.number(), day, "", e.customer(), RECEIVABLE, "対象外",
                            Long.toString(e.gross()), "", "", memo, "", "", "Kizuna", day, BANK,
                            Long.toString(e.gross())};
            case MONEYFORWARD -> new String[] {Integer.toString(seq), day, e.debit(), "", "", e.customer(),
                    "対象外", "", Long.toString(e.gross()), "", e.credit(), "", "", e.customer(), mfTax(e), "",
                    Long.toString(e.gross()), e.taxable() ? Long.toString(e.tax()) : "", memo, "", "Kizuna", "", "",
                    "", "", "", ""};
            case YAYOI -> new String[] {"2000", "", "", day, e.debit(), subAccount(e, e.debit()), "", "対象外",
                    Long.toString(e.gross()), "0", e.credit(), subAccount(e, e.credit()), "",
                    yayoiTax(e), Long.toString(e.gross()), e.taxable() ? Long.toString(e.tax()) : "0", memo, e.number(),
                    e.dueOn() == null ? "" : e.dueOn().format(DAY), "0", "", "", "0", "0", "no"};
        };
    }

    /** 弥生 keeps the customer as the receivable's sub-account (補助科目, at most 15 characters). */
    private static String subAccount(Entry e, String account) {
        String name = e.customer();
        return !RECEIVABLE.equals(account) ? "" : name.length() > 15 ? name.substring(0, 15) : name;
    }

    private static String freeeTax(Entry e) {
        return !e.taxable() ? "対象外" : e.taxRate() == 8 ? "課税売上8%（軽）" : "課税売上10%";
    }

    private static String mfTax(Entry e) {
        return !e.taxable() ? "対象外" : e.taxRate() == 8 ? "課税売上 (軽)8%" : "課税売上 10%";
    }

    private static String yayoiTax(Entry e) {
        return !e.taxable() ? "対象外" : e.taxRate() == 8 ? "課税売上込軽減8%" : "課税売上込10%";
    }
}
