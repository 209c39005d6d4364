-- An account's own choice of the interface's language (a language tag, "en" or "ru") and of the time zone its
-- pages show times in (an IANA name, "Europe/Moscow"); null leaves the browser to decide.
ALTER TABLE account ADD COLUMN language VARCHAR(8);
ALTER TABLE account ADD COLUMN time_zone VARCHAR(60);
