package dev.kizuna.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in; later modules put their "today" widgets here. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }
}
