/**
 * The demo record: the seed report's study group (CSCAP's Study Group on Multilateral Security Governance in
 * Northeast Asia) with its three meetings, the third one — Vladivostok, 14 November 2011 — in full, and its
 * memorandum on the road to consensus: circulated, commented, amended, one amendment in brackets, put to
 * endorsement. Loaded through the other modules' public APIs into an empty database, each step taken as the person
 * who would take it. Every name in it is fictional; the nationalities and pronouns are the seed's.
 */
@NullMarked
package plenary.demo;

import org.jspecify.annotations.NullMarked;
