/**
 * The directory: the organisation and its steering committee, the member committees, the people who take
 * part in study groups (with the nationality and pronoun reports need) and the accounts they sign in with.
 * Other modules read it through {@link plenary.directory.Directory} and learn who is signed in through
 * {@link plenary.directory.CurrentAccount}.
 */
package plenary.directory;
