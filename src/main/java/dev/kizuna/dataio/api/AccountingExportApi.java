package dev.kizuna.dataio.api;

import java.io.IOException;
import java.time.LocalDate;

import dev.kizuna.dataio.AccountingExports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/exports/accounting}: sales or payments of a period for freee, マネーフォワード or 弥生. */
@RestController
@Tag(name = "Exports")
class AccountingExportApi {

    private final AccountingExports exports;

    AccountingExportApi(AccountingExports exports) {
        this.exports = exports;
    }

    @GetMapping("/api/v1/exports/accounting")
    @Operation(summary = "Accounting export (managers)", description = """
            format = freee | moneyforward | yayoi; kind = sales (orders invoiced in the period: 売掛金 / 売上高, one
            line per tax rate) or payments (payments received: 普通預金 / 売掛金); since and until (dates, at most a
            year). A CSV in CP932 (Shift_JIS) with CRLF line ends, in the package's import format (see
            docs/modules/dataio.md). 422 names the field when the request is wrong; audited.""")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String format,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until)
            throws IOException {
        byte[] file = exports.file(format, kind, since, until);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(AccountingExports.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(AccountingExports.fileName(format, kind, since, until)).build().toString())
                .body(file);
    }
}
