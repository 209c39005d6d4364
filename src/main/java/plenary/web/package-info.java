/**
 * What all pages and the API share: the page layout, security (form login for pages, HTTP Basic for the
 * API), the problem details every error becomes, and the home and login pages (HomePages). Every template is
 * given a {@link plenary.web.Page}; the modules' page controllers submit their forms through
 * {@link plenary.web.Forms}, which shows what was refused as {@link plenary.web.FormErrors}.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@NullMarked
package plenary.web;

import org.jspecify.annotations.NullMarked;
