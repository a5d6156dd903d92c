package cn.jianyi.api.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the REST API's controllers: their refusals are problems ({@link ApiErrors}); the 接口令牌 pages, in the same
 * package, keep the pages' HTML error pages.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface ApiEndpoint {
}
