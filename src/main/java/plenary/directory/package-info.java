/**
 * The directory: the organisation and its steering committee, the member committees, the people who take
 * part in study groups (with the nationality and pronoun reports need) and the accounts they sign in with.
 * Other modules read it through {@link plenary.directory.Directory} and learn who is signed in through
 * {@link plenary.directory.CurrentAccount}. The secretariat keeps it through
 * {@link plenary.directory.OrganisationRecords}, {@link plenary.directory.CommitteeRecords},
 * {@link plenary.directory.PersonRecords} and {@link plenary.directory.AccountRecords}, which the demo record
 * uses too; their pages and API are the directory's own.
 */
@NullMarked
package plenary.directory;

import org.jspecify.annotations.NullMarked;
