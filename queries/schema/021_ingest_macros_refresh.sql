-- 021_ingest_macros_refresh: re-create the importer macros of 020 that changed while 020 was a
-- draft (gema_text is new; gema_id and gema_handle got cheap paths), so a store migrated during
-- development gets the definitions the importer now calls. Same text as in 020; idempotent.

CREATE OR REPLACE MACRO gema_text(s) AS (
    CASE WHEN s IS NULL THEN NULL
         WHEN strlen(s) > 6 AND NOT starts_with(s, ' ') AND NOT ends_with(s, ' ') THEN s
         WHEN gema_blank(s) THEN NULL
         ELSE nullif(trim(s), '') END
);

CREATE OR REPLACE MACRO gema_id(s) AS (
    CASE WHEN s IS NULL THEN NULL
         WHEN strlen(s) > 2 AND NOT contains(s, '.') AND NOT starts_with(s, ' ')
              AND NOT ends_with(s, ' ') THEN s
         WHEN trim(s) IN ('', '-', '--') THEN NULL
         WHEN contains(s, '.') THEN regexp_replace(trim(s), '^([0-9]+)\.0+$', '\1')
         ELSE trim(s) END
);

CREATE OR REPLACE MACRO gema_handle(s) AS (
    CASE WHEN s IS NULL THEN NULL
         WHEN strlen(s) > 4 AND NOT contains(s, '/') AND NOT starts_with(s, ' ')
              AND NOT ends_with(s, ' ') THEN lower(ltrim(s, '@'))
         WHEN lower(trim(s)) IN ('', '-', '--', '–', '—', 'n/a', '#n/a', 'null', 'nan') THEN NULL
         WHEN NOT contains(s, '/') THEN nullif(lower(ltrim(trim(s), '@')), '')
         ELSE nullif(lower(ltrim(regexp_replace(trim(s),
              '^(https?://)?(www\.|m\.)?[a-z]+\.[a-z.]+/(channel/|c/|user/)?@?([^/?#]+).*$', '\4'), '@')), '')
    END
);
