package dev.kizuna.voice.api;

import java.net.URI;
import java.util.List;

import dev.kizuna.platform.files.StoredFileResponse;
import dev.kizuna.voice.LetterScan;
import dev.kizuna.voice.LetterScanFile;
import dev.kizuna.voice.LetterScans;
import dev.kizuna.voice.LetterSenders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/letters/scans}: a postcard's pictures in, the text read off them and the likely sender out. */
@RestController
@Tag(name = "Voice of the customer")
class LetterScansApi {

    private final LetterScans scans;

    LetterScansApi(LetterScans scans) {
        this.scans = scans;
    }

    record LineJson(String text, int confidence, boolean low) {
    }

    record SenderJson(String companyId, String name, String nameKana, String address, String phone) {
    }

    record ScanJson(String id, String letterId, String recognition, String text, List<LineJson> lines,
            boolean vertical, boolean hasBack, List<SenderJson> suggestions) {

        static ScanJson of(LetterScan s, List<LetterSenders.Sender> suggestions) {
            return new ScanJson(s.id().toString(), VoiceApi.str(s.letterId()), s.recognition(), s.text(),
                    s.lines().stream().map(l -> new LineJson(l.text(), l.confidence(), l.low())).toList(),
                    s.vertical(), s.hasBack(), suggestions.stream().map(p -> new SenderJson(p.id().toString(),
                            p.name(), p.nameKana(), p.address(), p.phone())).toList());
        }
    }

    @PostMapping(path = "/api/v1/letters/scans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Scan a postcard: its pictures kept and its text read on the server (members)",
            description = """
            multipart/form-data: front (required) and back (optional), each a JPEG or PNG photo or scan (by its bytes;
            HEIC only where the server reads it) of at most 10 MB, 12,000 pixels a side and 50 megapixels, not blank.
            A bad picture → 422 problem+json naming front or back and the rule (LetterScanTooLarge,
            LetterScanNotAnImage, LetterScanHeicUnreadable, LetterScanTooManyPixels, LetterScanBlank). 201: the scan
            with recognition = read (text and lines, each with its confidence 0–100 and low under 70; vertical when
            the text stood in columns), unavailable (Tesseract is not installed on the server: type the text) or
            failed; suggestions: customers found by the phone numbers, address and name-like lines of the text, most
            clues first. Nothing is added to the desk: correct the text and POST /api/v1/letters with scanId.""")
    ResponseEntity<ScanJson> scan(@RequestParam(value = "front", required = false) MultipartFile front,
            @RequestParam(value = "back", required = false) MultipartFile back) {
        LetterScans.Scanned scanned = scans.scan(LetterScanFile.of(front), LetterScanFile.of(back));
        LetterScan s = scanned.scan();
        return ResponseEntity.created(URI.create("/api/v1/letters/scans/" + s.id()))
                .body(ScanJson.of(s, scanned.suggestions()));
    }

    @GetMapping("/api/v1/letters/scans/{id}")
    @Operation(summary = "A scan: the text read, its lines, the letter it became (letterId) and the likely senders")
    ScanJson get(@PathVariable String id) {
        LetterScan s = scans.find(VoiceApi.pathId("letter_scan", id));
        return ScanJson.of(s, scans.suggestions(s));
    }

    @GetMapping("/api/v1/letters/scans/{id}/image")
    @Operation(summary = "A scan's picture: the front, or ?side=back for the back")
    ResponseEntity<InputStreamResource> image(@PathVariable String id, @RequestParam(required = false) String side) {
        boolean back = "back".equals(side);
        LetterScans.Image image = scans.image(VoiceApi.pathId("letter_scan", id), back);
        return StoredFileResponse.of(image.content(), image.contentType(), back ? "back" : "front", image.size(), true);
    }
}
