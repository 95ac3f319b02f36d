-- 162_handle_invisible: handles lose zero-width and bidirectional control characters (issue 16).
-- A handle made only of U+200B… or carrying an RTL override (U+202E) looked like another account
-- on screen while being stored as a different string; such characters are now removed before the
-- handle is normalised, and a handle that is nothing but them becomes empty (NULL).
CREATE OR REPLACE MACRO gema_strip_invisible(s) AS
    regexp_replace(s, '[\x{00AD}\x{180E}\x{200B}-\x{200F}\x{202A}-\x{202E}\x{2060}-\x{2069}\x{FEFF}]', '', 'g');

CREATE OR REPLACE MACRO gema_handle_visible(s) AS (
    CASE WHEN s IS NULL THEN NULL
         WHEN strlen(s) > 4 AND NOT contains(s, '/') AND NOT starts_with(s, ' ')
              AND NOT ends_with(s, ' ') THEN lower(ltrim(s, '@'))
         WHEN lower(trim(s)) IN ('', '-', '--', '–', '—', 'n/a', '#n/a', 'null', 'nan') THEN NULL
         WHEN NOT contains(s, '/') THEN nullif(lower(ltrim(trim(s), '@')), '')
         ELSE nullif(lower(ltrim(regexp_replace(trim(s),
              '^(https?://)?(www\.|m\.)?[a-z]+\.[a-z.]+/(channel/|c/|user/)?@?([^/?#]+).*$', '\4'), '@')), '')
    END
);

CREATE OR REPLACE MACRO gema_handle(s) AS gema_handle_visible(gema_strip_invisible(s));
