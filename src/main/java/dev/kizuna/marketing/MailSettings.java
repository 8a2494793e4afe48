package dev.kizuna.marketing;

/**
 * How marketing mail goes out: the sender's name and postal address printed in every mail (特定電子メール法), the
 * throttle (mails a minute) and how many attempts a mail gets before it is marked failed.
 */
public record MailSettings(String senderName, String senderAddress, int mailsPerMinute, int maxAttempts,
        long version) {
}
