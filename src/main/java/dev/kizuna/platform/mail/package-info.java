/**
 * Outgoing e-mail shared by the modules that send it ({@link dev.kizuna.platform.mail.OutgoingMail}).
 */
package dev.kizuna.platform.mail;
