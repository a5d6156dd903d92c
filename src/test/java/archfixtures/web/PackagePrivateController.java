package archfixtures.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;

/** Follows the rules: package-private, in a web package, and allowed to use servlet types. */
@Controller
class PackagePrivateController {

    String show(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
