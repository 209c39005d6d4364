/**
 * Meeting reports: composed from a meeting's record under its attribution rule, checked for leaks,
 * edited, reviewed and published, and typeset in five formats (HTML, PDF, DOCX, Markdown, Akoma Ntoso).
 */
package plenary.reports;
