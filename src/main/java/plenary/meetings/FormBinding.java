package plenary.meetings;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Binds the meetings' page forms through their records' constructors only: without this, Spring would go on to
 * set indexed values ("objectives[0]") into the record's unmodifiable lists after constructing it, and fail.
 */
@Order(Ordered.HIGHEST_PRECEDENCE) // before the application-wide advice and its catch-all
@ControllerAdvice(basePackageClasses = FormBinding.class)
class FormBinding {

    @InitBinder
    void constructorOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }
}
