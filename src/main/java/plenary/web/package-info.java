/**
 * What all pages and the API share: the page layout, security (form login for pages, HTTP Basic for the
 * API), the problem details every error becomes, and the home page.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package plenary.web;
