package dev.kizuna.customers;

import java.util.List;

import dev.kizuna.platform.text.PhoneNumbers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Postal code → prefecture, city and town (several towns may share a code). Public data; anyone may ask. */
@Service
@Transactional(readOnly = true)
public class PostalCodes {

    private final PostalCodeRepository postalCodes;

    PostalCodes(PostalCodeRepository postalCodes) {
        this.postalCodes = postalCodes;
    }

    /** Accepts 1234567, 123-4567, full-width digits or 〒; anything that is not 7 digits finds nothing. */
    public List<PostalAddress> lookup(String code) {
        String digits = PhoneNumbers.digits(code);
        return digits.length() == 7 ? postalCodes.find(digits) : List.of();
    }
}
