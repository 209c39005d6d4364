/**
 * The leak check: before a report written under a non-attribution rule is published, every one of its texts
 * is searched for what identifies the meeting's participants (names in any order, script or spelling,
 * surnames, distinctive given names, titles with names, affiliations, e-mail addresses). Pure Java with no
 * dependency on any other Plenary module; {@link plenary.leakcheck.LeakCheck} is also a Spring bean.
 */
package plenary.leakcheck;
