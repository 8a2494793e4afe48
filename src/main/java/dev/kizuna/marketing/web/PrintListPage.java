package dev.kizuna.marketing.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import dev.kizuna.marketing.PrintAddress;
import dev.kizuna.marketing.PrintLists;
import dev.kizuna.marketing.Segments;
import dev.kizuna.platform.api.PageQuery;
import dev.kizuna.platform.table.TableWriter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Print lists for postcards and DM (ハガキ・DM宛名リスト): a month's birthdays or a segment's customers with a postal
 * address, without those who refused postal mail, as CSV (UTF-8 or CP932 for older label software) or Excel.
 */
@Controller
class PrintListPage {

    private static final String[] COLUMNS = {"postalCode", "address", "building", "addressee"};

    private final PrintLists lists;
    private final Segments segments;
    private final MessageSource messages;

    PrintListPage(PrintLists lists, Segments segments, MessageSource messages) {
        this.lists = lists;
        this.segments = segments;
        this.messages = messages;
    }

    @GetMapping("/marketing/print-lists")
    String page(@RequestParam(required = false) Integer month, @RequestParam(required = false) UUID segmentId,
            Model model) {
        int m = month == null || month < 1 || month > 12 ? lists.thisMonth() : month;
        model.addAttribute("month", m);
        model.addAttribute("segmentId", segmentId);
        model.addAttribute("segments", segments.list(PageQuery.first(PageQuery.MAX_LIMIT)).items());
        model.addAttribute("count", lists.count(segmentId == null ? m : null, segmentId));
        model.addAttribute("formats", TableWriter.Format.values());
        return "marketing/print-lists";
    }

    @GetMapping("/marketing/print-lists/download")
    void download(@RequestParam(required = false) Integer month, @RequestParam(required = false) UUID segmentId,
            @RequestParam(defaultValue = "csv-utf8") String format, HttpServletResponse response) throws IOException {
        TableWriter.Format f = formatOf(format);
        var rows = lists.take(segmentId == null ? month : null, segmentId);
        String name = segmentId == null ? "birthday-" + month : "segment";
        response.setContentType(f.contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"print-list-" + name + "." + f.extension
                + "\"");
        Locale locale = LocaleContextHolder.getLocale();
        try (TableWriter out = TableWriter.open(f, response.getOutputStream())) {
            String[] header = new String[COLUMNS.length];
            for (int i = 0; i < COLUMNS.length; i++) {
                header[i] = messages.getMessage("marketing.print.col." + COLUMNS[i], null, locale);
            }
            out.row(header);
            for (PrintAddress a : rows) {
                out.row(a.postalCode(), a.address(), a.building(), a.addressee());
            }
        }
    }

    private static TableWriter.Format formatOf(String code) {
        try {
            return TableWriter.Format.ofCode(code);
        } catch (IllegalArgumentException e) {
            return TableWriter.Format.CSV_UTF8;
        }
    }
}
