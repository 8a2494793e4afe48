package dev.kizuna.platform.web;

import java.io.Serializable;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A one-time message shown on the next page after a redirect ("ユーザーを作成しました").
 *
 * @param kind    bootstrap alert kind: success, warning, danger, info
 * @param key     message key
 * @param args    message arguments
 */
public record Flash(String kind, String key, Object[] args) implements Serializable {

    public static void success(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flash", new Flash("success", key, args));
    }

    public static void warning(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flash", new Flash("warning", key, args));
    }
}
