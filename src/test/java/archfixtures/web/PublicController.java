package archfixtures.web;

import org.springframework.stereotype.Controller;

/** Breaks "controllers are package-private". */
@Controller
public class PublicController {
}
