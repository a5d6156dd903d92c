package cn.jianyi.statistics.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A weight or a number of points in the 考评方案 form: required, a whole number from 0 to 100. */
@NotNull(message = "{validation.required}")
@Min(value = 0, message = "{assessment.points.range}")
@Max(value = 100, message = "{assessment.points.range}")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface Points {

    String message() default "{assessment.points.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
