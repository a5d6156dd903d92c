package cn.jianyi.api.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jianyi.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * Any other path under {@code /api/v1} (or a method an endpoint does not take): a 404 problem rather than the pages'
 * HTML 404 page. Spring MVC tries every more specific mapping first.
 */
@RestController
@ApiEndpoint
@Hidden
class UnknownApiPaths {

    @RequestMapping("/api/v1/**")
    void unknown() {
        throw new NotFoundException("api path", 0);
    }
}
