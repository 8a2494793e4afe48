package dev.kizuna.customers.web;

import java.util.List;

import dev.kizuna.customers.PostalAddress;
import dev.kizuna.customers.PostalCodes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The customer form fills the address as the postal code is typed (session-authenticated JSON for the page). */
@RestController
class PostalCodeLookup {

    private final PostalCodes postalCodes;

    PostalCodeLookup(PostalCodes postalCodes) {
        this.postalCodes = postalCodes;
    }

    @GetMapping("/postal-codes/{code}")
    List<PostalAddress> lookup(@PathVariable String code) {
        return postalCodes.lookup(code);
    }
}
