package dev.kizuna.voice.web;

import java.util.UUID;

import dev.kizuna.platform.api.FieldMessages;
import dev.kizuna.platform.api.RuleViolationException;
import dev.kizuna.platform.files.StoredFileResponse;
import dev.kizuna.platform.web.Flash;
import dev.kizuna.voice.LetterScan;
import dev.kizuna.voice.LetterScanFile;
import dev.kizuna.voice.LetterScans;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A postcard scanned at the desk's intake: the pictures (front, back) are kept and read, then the desk shows the
 * intake form filled with the text read and the likely senders ({@code /voice/letters?scan=}); the pictures are
 * served for the form and for the letter's page.
 */
@Controller
class LetterScanController {

    private final LetterScans scans;
    private final FieldMessages fieldMessages;

    LetterScanController(LetterScans scans, FieldMessages fieldMessages) {
        this.scans = scans;
        this.fieldMessages = fieldMessages;
    }

    @PostMapping("/voice/letters/scan")
    String scan(@RequestParam(value = "front", required = false) MultipartFile front,
            @RequestParam(value = "back", required = false) MultipartFile back, RedirectAttributes redirect) {
        try {
            LetterScan scan = scans.scan(LetterScanFile.of(front), LetterScanFile.of(back)).scan();
            Flash.success(redirect, "voice.scan.flash." + scan.recognition());
            return "redirect:/voice/letters?scan=" + scan.id() + "#intake";
        } catch (RuleViolationException e) {
            Flash.warning(redirect, "voice.scan.flash.refused", fieldMessages.of(e.problems()).getFirst().message());
            return "redirect:/voice/letters#intake";
        }
    }

    @GetMapping("/voice/letters/scans/{id}/image")
    ResponseEntity<InputStreamResource> image(@PathVariable UUID id, @RequestParam(required = false) String side) {
        boolean back = "back".equals(side);
        LetterScans.Image image = scans.image(id, back);
        return StoredFileResponse.of(image.content(), image.contentType(), back ? "back" : "front", image.size(), true);
    }
}
