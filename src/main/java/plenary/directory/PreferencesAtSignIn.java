package plenary.directory;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import plenary.directory.internal.AccountRepository;
import plenary.web.Readers;

/**
 * Brings an account's choice of language and time zone into its session when it signs in through the form, so that
 * its first page is already in its language, on any browser.
 */
@Component
class PreferencesAtSignIn {

    private final AccountRepository accounts;

    PreferencesAtSignIn(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        // Published by the sign-in filter on the request's own thread, which therefore knows the request.
        if (!(event.getAuthentication().getPrincipal() instanceof PlenaryAccount account)
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        HttpServletRequest request = attributes.getRequest();
        accounts.findById(account.accountId())
                .ifPresent(a -> Readers.remember(request.getSession(), a.language(), a.timeZone()));
    }
}
