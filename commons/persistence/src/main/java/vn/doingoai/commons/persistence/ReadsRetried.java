package vn.doingoai.commons.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource class: a GET that loses its database connection mid-way (a connection the server
 * dropped while the request used it) is run again on a fresh one, so a failover costs no read
 * that could have been served ({@link ReadRetry}).
 */
@InterceptorBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadsRetried {
}
