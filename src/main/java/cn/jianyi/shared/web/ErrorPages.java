package cn.jianyi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import cn.jianyi.shared.DatabaseFaults;
import cn.jianyi.shared.IllegalTransitionException;
import cn.jianyi.shared.NotFoundException;
import cn.jianyi.shared.RuleViolation;
import cn.jianyi.shared.jobs.UnknownJobException;

/**
 * Turns exceptions into Chinese error pages with the right HTTP status. Never shows an exception's message or stack
 * trace; unexpected errors are logged with an incident id the user can quote.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class,
            NoResourceFoundException.class})
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "error/404";
    }

    /**
     * A background job that is not (any more) there: 404 with the kind's explanation. A polling progress fragment
     * reloads the whole page instead (htmx swaps no error response), so the person reads it rather than a bar that
     * never moves again.
     */
    @ExceptionHandler(UnknownJobException.class)
    String unknownJob(UnknownJobException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("reason", messages.getMessage(e.reasonKey(), null, LocaleContextHolder.getLocale()));
        return "error/404";
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "error/403";
    }

    @ExceptionHandler(IllegalTransitionException.class)
    String illegalTransition(IllegalTransitionException e, HttpServletRequest request, HttpServletResponse response,
                             Model model) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("back", Back.of(request));
        String status = messages.getMessage(e.currentStatus().getDeclaringClass().getSimpleName() + "."
                        + e.currentStatus().name(), null, e.currentStatus().name(), LocaleContextHolder.getLocale());
        if (e.currentStatus().getDeclaringClass().getEnclosingClass() != null) {
            String key = e.currentStatus().getDeclaringClass().getEnclosingClass().getSimpleName() + "."
                    + e.currentStatus().getDeclaringClass().getSimpleName() + "." + e.currentStatus().name();
            status = messages.getMessage(key, null, status, LocaleContextHolder.getLocale());
        }
        model.addAttribute("reason", messages.getMessage("error.transition", new Object[] {status},
                LocaleContextHolder.getLocale()));
        return "error/409";
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String concurrentChange(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("back", Back.of(request));
        return "error/409";
    }

    /** A rule refused the request where no form can show it (e.g. a button on the case page). */
    @ExceptionHandler(RuleViolation.class)
    String ruleViolation(RuleViolation e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("back", Back.of(request));
        model.addAttribute("reason", messages.getMessage(e.reasonKey(), e.args(), LocaleContextHolder.getLocale()));
        return "error/409";
    }

    /**
     * An upload over the container's limits (spring.servlet.multipart.*, server.tomcat.max-part-count), refused
     * before any controller saw it. When the CSRF check reads the refused body first, Tomcat itself answers 413 and
     * the error controller shows the same template.
     */
    @ExceptionHandler(MultipartException.class)
    String uploadRefused(MultipartException e, HttpServletResponse response) {
        response.setStatus(e instanceof MaxUploadSizeExceededException ? HttpStatus.CONTENT_TOO_LARGE.value()
                : HttpStatus.BAD_REQUEST.value());
        return "error/413";
    }

    @ExceptionHandler({HttpRequestMethodNotSupportedException.class, MissingServletRequestParameterException.class})
    String badRequest(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "error/404";
    }

    /**
     * Anything else. A database that failed an act outside a form (a button on the case page) gets 503 and says that
     * nothing was changed (the act's transaction rolled back); a form's use case reports it on the form instead
     * ({@link Forms#submit}). A save that met someone else's change, however wrapped, is a conflict.
     */
    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (DatabaseFaults.isConcurrentChange(e)) {
            return concurrentChange(request, response, model);
        }
        String incident = DatabaseFaults.newIncident();
        log.error("Incident {}", incident, e);
        model.addAttribute("incident", incident);
        if (DatabaseFaults.isDatabaseFault(e)) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("reason", messages.getMessage("error.database", null, LocaleContextHolder.getLocale()));
        } else {
            response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        }
        return "error/500";
    }
}
