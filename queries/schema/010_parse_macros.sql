-- 010_parse_macros: SQL macros that turn the text of uploaded cells into numbers and timestamps.
-- The importer reads every source column as VARCHAR and normalises whole columns with these
-- macros (vectorised, no Python loop per row). Python reference tests live in
-- tests/test_ingest_parse.py.
--
-- Blank values (gema_blank): NULL, '', whitespace (incl. non-breaking space), '-', '--', '–', '—',
-- 'n/a', '#N/A', 'null', 'NaN' (case-insensitive).
--
-- Numbers (gema_num), NULL when blank or unparseable:
--   * Optional sign, accounting parentheses '(1.234)', currency prefix 'Rp'/'IDR'/'USD'/'$',
--     trailing '%' (dropped: '15%' = 15) and the Indonesian price tail ',-' ('Rp 15.000,-').
--   * Both '.' and ',' present: the one that comes LAST is the decimal mark
--     ('1,234,567.89', '1.234.567,89').
--   * One kind of separator, repeated: thousands grouping, groups of exactly three digits
--     ('1.234.567', '1,234,567'); anything else ('1.2.3') is NULL.
--   * One separator, once: it is a thousands separator when it follows 1-3 digits (not a lone
--     '0') and is followed by exactly three digits ('1.234' = 1234, '12,400' = 12400);
--     otherwise it is the decimal mark ('1,5' = 1.5, '1777.0' = 1777, '0.125' = 0.125).
--   * Suffixes: k / rb / ribu = 1e3; jt / juta / mio / million = 1e6;
--     miliar / milyar / mlr / b / bn / billion = 1e9; t / tn / triliun / trillion = 1e12.
--   * 'M' rule (Indonesian 'M' = miliar vs English 'M' = million): 'M' means miliar (1e9) when the
--     figure uses a decimal COMMA ('1,5 M') or carries a Rupiah/IDR prefix ('Rp 2 M'); otherwise
--     (decimal dot '1.2M', or a plain integer '2M') it means million (1e6), as in the English
--     interfaces of YouTube/TikTok/X that print '1.2M'.
--
-- Timestamps (gema_ts), NULL when blank or unparseable; the result is a naive TIMESTAMP in
-- Indonesian Western Time (WIB, UTC+7), the time staff in Banten read:
--   * values WITHOUT an offset are taken as local (WIB) time and kept as they are;
--   * values WITH an offset ('Z', '+0000', '+07:00', 'UTC', 'GMT+0700', 'WITA', 'WIT') are
--     converted to WIB, e.g. tweet-harvest 'Thu Nov 14 04:23:49 +0000 2024' = 2024-11-14 11:23:49.
--   * ISO dates/times (with 'T', fractions), numeric dates '01/07/2024', '1-7-2024', '01.07.24'
--     (day-first when dayfirst is true or NULL, else month-first; two-digit years are 20xx),
--     Indonesian dot times '13.45', AM/PM, Indonesian and English month names and short forms,
--     day names ('Senin, 1 Juli 2024', 'Mon Feb 03 2025'), 'Feb 19, 2023', '01-Jul-2024', 'pukul'.
--   * Excel serial day numbers between 20000 and 80000 (1954-2119): 45474 = 2024-07-01,
--     45474.5 = 2024-07-01 12:00.

-- Strip whitespace including no-break and other Unicode spaces. Most cells have none at their
-- ends, so the regular expression only runs when the first or last character is a space.
CREATE OR REPLACE MACRO gema__trim(s) AS
    CASE
        WHEN s = '' THEN s
        WHEN s[1] IN (' ', chr(9), chr(10), chr(13), chr(160), chr(8239), chr(8199), chr(12288),
                      chr(8203), chr(65279), chr(11), chr(12))
          OR s[-1] IN (' ', chr(9), chr(10), chr(13), chr(160), chr(8239), chr(8199), chr(12288),
                       chr(8203), chr(65279), chr(11), chr(12))
            THEN regexp_replace(s, '^[\s\p{Z}\x{200B}\x{FEFF}]+|[\s\p{Z}\x{200B}\x{FEFF}]+$', '', 'g')
        ELSE s
    END;

CREATE OR REPLACE MACRO gema_blank(s) AS
    s IS NULL
    OR lower(gema__trim(s)) IN ('', '-', '--', '–', '—', 'n/a', '#n/a', 'null', 'nan');

-- Mantissa text ('1.234,5') -> DOUBLE by the separator rules above.
CREATE OR REPLACE MACRO gema__mantissa(m) AS
    CASE
        WHEN m IS NULL OR m = '' THEN NULL
        WHEN NOT contains(m, '.') AND NOT contains(m, ',') THEN TRY_CAST(m AS DOUBLE)
        WHEN contains(m, '.') AND contains(m, ',') THEN
            CASE
                WHEN strpos(reverse(m), '.') < strpos(reverse(m), ',')
                    THEN CASE WHEN regexp_full_match(m, '[0-9]{1,3}(,[0-9]{3})*\.[0-9]+')
                              THEN TRY_CAST(replace(m, ',', '') AS DOUBLE) END
                ELSE CASE WHEN regexp_full_match(m, '[0-9]{1,3}(\.[0-9]{3})*,[0-9]+')
                          THEN TRY_CAST(replace(replace(m, '.', ''), ',', '.') AS DOUBLE) END
            END
        WHEN regexp_full_match(m, '[1-9][0-9]{0,2}([.,][0-9]{3})') THEN
            TRY_CAST(replace(replace(m, '.', ''), ',', '') AS DOUBLE)
        WHEN regexp_full_match(m, '[0-9]{1,3}(\.[0-9]{3}){2,}|[0-9]{1,3}(,[0-9]{3}){2,}') THEN
            TRY_CAST(replace(replace(m, '.', ''), ',', '') AS DOUBLE)
        WHEN regexp_full_match(m, '[0-9]*[.,][0-9]+|[0-9]+[.,]') THEN
            TRY_CAST(replace(m, ',', '.') AS DOUBLE)
    END;

-- Does the mantissa use a decimal comma? ('1,5' yes; '1.234,5' yes; '12,400' no: thousands)
CREATE OR REPLACE MACRO gema__decimal_comma(m) AS
    CASE
        WHEN contains(m, '.') AND contains(m, ',')
            THEN strpos(reverse(m), ',') < strpos(reverse(m), '.')
        WHEN contains(m, ',')
            THEN NOT regexp_full_match(m, '[1-9][0-9]{0,2},[0-9]{3}|[0-9]{1,3}(,[0-9]{3}){2,}')
        ELSE false
    END;

-- Parts of a cleaned (lower-case, single-spaced) number text.
CREATE OR REPLACE MACRO gema__num_parts(x) AS
    regexp_extract(
        x,
        '^(\(?) ?([+-]?) ?(rp\.?|idr|usd|us\$|\$)? ?([+-]?) ?([0-9][0-9.,]*|[.,][0-9]+) ?([a-z]*)\.? ?(%?) ?(\)?)$',
        ['open', 'sign1', 'cur', 'sign2', 'm', 'suffix', 'pct', 'close']
    );

CREATE OR REPLACE MACRO gema__num_value(p) AS
    CASE
        WHEN p.m = '' THEN NULL
        WHEN (p.open = '(') <> (p.close = ')') THEN NULL
        WHEN p.sign1 <> '' AND p.sign2 <> '' THEN NULL
        ELSE
            (CASE WHEN p.sign1 = '-' OR p.sign2 = '-' OR p.open = '(' THEN -1.0 ELSE 1.0 END)
            * CASE p.suffix
                  WHEN '' THEN gema__mantissa(p.m)
                  ELSE round(gema__mantissa(p.m) * CASE
                      WHEN p.suffix IN ('k', 'rb', 'ribu') THEN 1e3
                      WHEN p.suffix IN ('jt', 'juta', 'mio', 'million') THEN 1e6
                      WHEN p.suffix IN ('miliar', 'milyar', 'mlr', 'b', 'bn', 'billion') THEN 1e9
                      WHEN p.suffix IN ('t', 'tn', 'triliun', 'trillion') THEN 1e12
                      WHEN p.suffix = 'm' THEN
                          CASE WHEN gema__decimal_comma(p.m) OR p.cur IN ('rp', 'rp.', 'idr')
                               THEN 1e9 ELSE 1e6 END
                  END, 6)
              END
    END;

CREATE OR REPLACE MACRO gema_num(s) AS
    CASE
        WHEN s IS NULL THEN NULL
        -- fast paths: plain integers, and integers grouped by '.' or ',' ('1.234.567', '12,400')
        WHEN regexp_full_match(s, '-?[0-9]{1,15}') THEN CAST(s AS DOUBLE)
        WHEN regexp_full_match(s, '-?[1-9][0-9]{0,2}(\.[0-9]{3})+|-?[1-9][0-9]{0,2}(,[0-9]{3})+')
            THEN CAST(replace(replace(s, '.', ''), ',', '') AS DOUBLE)
        WHEN regexp_full_match(s, '-?[0-9]+(\.[0-9]+)?[eE][+-]?[0-9]+') THEN TRY_CAST(s AS DOUBLE)
        -- general path; the lambdas bind each intermediate value once (a macro argument that is
        -- referenced several times would otherwise be evaluated several times)
        ELSE list_transform(
            [gema__num_parts(regexp_replace(
                regexp_replace(
                    lower(gema__trim(replace(s, '−', '-'))),
                    '[\s\p{Z}]+', ' ', 'g'),
                ',-$', ''))],
            lambda p: gema__num_value(p)
        )[1]
    END;

-- Timestamp text -> canonical text: lower case, single spaces, commas/day names/'pukul'/'WIB'
-- removed, 'T' between date and time a space, zone names as offsets, the month word as an
-- English three-letter abbreviation, numeric dates as Y-M-D by the chosen order, dot times
-- ('13.45') as colon times. The offset (if any) is still in the text.
-- Month words are looked up in a list, not a CASE: a macro argument is copied into every branch
-- that mentions it, and twelve branches of IN lists made each call expensive to plan and run.
CREATE OR REPLACE MACRO gema__month_num(w) AS
    [1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 6, 7, 7, 7,
     8, 8, 8, 8, 8, 8, 8, 9, 9, 9, 10, 10, 10, 10, 11, 11, 11, 11, 12, 12, 12, 12][
    list_position(
        ['jan', 'januari', 'january', 'feb', 'februari', 'february', 'pebruari', 'peb',
         'mar', 'maret', 'march', 'mrt', 'apr', 'april', 'mei', 'may', 'jun', 'juni', 'june',
         'jul', 'juli', 'july', 'agu', 'agt', 'ags', 'agus', 'agustus', 'aug', 'august',
         'sep', 'sept', 'september', 'okt', 'oktober', 'oct', 'october', 'nov', 'november',
         'nop', 'nopember', 'des', 'desember', 'dec', 'december'],
        w)];

-- Month word -> English three-letter abbreviation (strptime's %b); other words stay as they are.
CREATE OR REPLACE MACRO gema__ts_month(w) AS
    coalesce(
        ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'][
            gema__month_num(w)],
        w);

CREATE OR REPLACE MACRO gema__ts_words(x) AS
    regexp_replace(
        x,
        '[a-z]{3,}',
        gema__ts_month(regexp_extract(x, '[a-z]{3,}'))
    );

CREATE OR REPLACE MACRO gema__ts_canon(s) AS
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    regexp_replace(
        gema__ts_words(trim(regexp_replace(regexp_replace(regexp_replace(
            lower(s),
            '\([^)]*\)|,', ' ', 'g'),
            '\b(senin|selasa|rabu|kamis|jum''?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|pukul|jam|pk|at|tanggal|tgl|wib)\b\.?', ' ', 'g'),
            '[\s\p{Z}]+', ' ', 'g'))),
        -- 2024-07-01T13:45 -> 2024-07-01 13:45
        '([0-9])t([0-9])', '\1 \2'),
        -- Indonesian zones and UTC/GMT names -> numeric offsets
        ' ?\b(utc|gmt) ?([+-])', ' \2'),
        ' ?\b(utc|gmt)\b', ' +00:00'),
        ' ?\bwita\b', ' +08:00'),
        ' ?\bwit\b', ' +09:00'),
        -- 01-jul-2024 / 01/jul/24 -> 01 jul 2024
        '^([0-9]{1,2})[-/. ]([a-z]{3})[-/. ]([0-9]{2})( |$)', '\1 \2 20\3\4'),
        '^([0-9]{1,2})[-/.]([a-z]{3})[-/.]([0-9]{4})', '\1 \2 \3');

CREATE OR REPLACE MACRO gema__ts_ymd(c, dayfirst) AS
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
        c,
        -- 2024/07/01 -> 2024-07-01
        '^([0-9]{4})[/.]([0-9]{1,2})[/.]([0-9]{1,2})', '\1-\2-\3'),
        -- 01/07/24 -> 01/07/2024
        '^([0-9]{1,2})([/.-])([0-9]{1,2})([/.-])([0-9]{2})( |$)', '\1\2\3\420\5\6'),
        -- numeric date by the chosen order -> Y-M-D
        '^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})',
        CASE WHEN coalesce(dayfirst, true) THEN '\3-\2-\1' ELSE '\3-\1-\2' END),
        -- 13.45(.10) -> 13:45(:10) after a date
        ' ([0-9]{1,2})\.([0-9]{2})\.([0-9]{2})( |$)', ' \1:\2:\3\4'),
        ' ([0-9]{1,2})\.([0-9]{2})( |$)', ' \1:\2\3');

-- strptime tries formats in order and a failed attempt is costly: route by the first characters.
CREATE OR REPLACE MACRO gema__ts_parse(t) AS
    CASE
        WHEN regexp_matches(t, '^[0-9]{4}-') THEN coalesce(
            TRY_CAST(t AS TIMESTAMP),
            try_strptime(t, ['%Y-%m-%d %I:%M %p', '%Y-%m-%d %I:%M:%S %p', '%Y-%b-%d']))
        WHEN regexp_matches(t, '^[a-z]') THEN try_strptime(t, [
            '%b %d %Y', '%b %d %Y %H:%M:%S', '%b %d %H:%M:%S %Y', '%b %d %Y %H:%M',
            '%b %d %Y %I:%M %p', '%b %d %Y %I:%M:%S %p'])
        WHEN regexp_matches(t, '^[0-9]{4} ') THEN try_strptime(t, ['%Y %b %d'])
        ELSE try_strptime(t, [
            '%d %b %Y', '%d %b %Y %H:%M', '%d %b %Y %H:%M:%S', '%d %b %Y %I:%M %p',
            '%d %b %Y %I:%M:%S %p'])
    END;

-- Offset text ('z', '+0000', '+07:00', '-05') -> minutes east of UTC.
CREATE OR REPLACE MACRO gema__offset_minutes(o) AS
    CASE
        WHEN o = 'z' THEN 0
        ELSE (CASE WHEN o[1] = '-' THEN -1 ELSE 1 END)
             * (CAST(o[2:3] AS INTEGER) * 60
                + coalesce(TRY_CAST(nullif(replace(o[4:], ':', ''), '') AS INTEGER), 0))
    END;

CREATE OR REPLACE MACRO gema__ts_offset_parts(c) AS
    regexp_extract(
        c,
        '^(.*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?: ?[ap]m)?) ?(z|[+-][0-9]{2}(?::?[0-9]{2})?)( .*)?$',
        ['head', 'off', 'tail']
    );

CREATE OR REPLACE MACRO gema__ts_value(c) AS
    CASE
        WHEN c = '' THEN NULL
        -- Excel serial day numbers (1954-2119)
        WHEN regexp_full_match(c, '[0-9]{5}(\.[0-9]+)?')
            THEN CASE WHEN CAST(c AS DOUBLE) BETWEEN 20000 AND 80000
                      THEN TIMESTAMP '1899-12-30'
                           + to_microseconds(CAST(round(CAST(c AS DOUBLE) * 86400000000) AS BIGINT))
                 END
        WHEN NOT regexp_matches(c, ':[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?( ?[ap]m)? ?(z|[+-][0-9]{2})')
            THEN gema__ts_parse(c)
        ELSE list_transform(
            [gema__ts_offset_parts(c)],
            lambda p: gema__ts_parse(p.head || coalesce(p.tail, ''))
                      + to_minutes(CAST(420 - gema__offset_minutes(p.off) AS BIGINT))
        )[1]
    END;

-- '1 Juli 2024', '01 Agustus 2024 14:00', '5 Agt 2024 13.45' without the general path: rewritten
-- to Y-M-D (dots in the time become colons) and cast. (No lambda: binding a value with
-- list_transform costs more per row than evaluating a short regular expression twice.)
CREATE OR REPLACE MACRO gema__ts_dmy_words(s) AS
    TRY_CAST(replace(regexp_replace(
        s,
        '^([0-9]{1,2}) [A-Za-z]+\.? ([0-9]{4})',
        '\2-' || CAST(gema__month_num(lower(regexp_extract(s, '[A-Za-z]+'))) AS VARCHAR) || '-\1'),
        '.', ':') AS TIMESTAMP);

-- tweet-harvest / Twitter API: 'Thu Nov 14 04:23:49 +0000 2024' -> WIB.
CREATE OR REPLACE MACRO gema__ts_tweet(s) AS
    try_strptime(substr(s, 5, 15) || ' ' || substr(s, 27, 4), '%b %d %H:%M:%S %Y')
    + to_minutes(CAST(420 - gema__offset_minutes(substr(s, 21, 5)) AS BIGINT));

-- Numeric dates, the most common non-ISO form in Indonesian sheets, skip the general path:
-- rewritten to Y-M-D (dots in the time become colons) and cast.
CREATE OR REPLACE MACRO gema__ts_numeric(s, dayfirst) AS
    TRY_CAST(replace(regexp_replace(
        s,
        '^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})',
        CASE WHEN coalesce(dayfirst, true) THEN '\3-\2-\1' ELSE '\3-\1-\2' END), '.', ':')
        AS TIMESTAMP);

CREATE OR REPLACE MACRO gema__ts(s, dayfirst) AS
    CASE
        WHEN s IS NULL THEN NULL
        -- fast path: plain ISO date or date-time without offset
        WHEN regexp_full_match(s, '[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?)?')
            THEN TRY_CAST(s AS TIMESTAMP)
        WHEN regexp_full_match(s, '[0-9]{1,2}([/.-])[0-9]{1,2}[/.-][0-9]{4}( [0-9]{1,2}[:.][0-9]{2}([:.][0-9]{2})?)?')
            THEN gema__ts_numeric(s, dayfirst)
        -- (a word that is no month gives NULL here, as it would on the general path)
        WHEN regexp_full_match(s, '[0-9]{1,2} [A-Za-z]{3,9}\.? [0-9]{4}( [0-9]{1,2}[:.][0-9]{2}([:.][0-9]{2})?)?')
            THEN gema__ts_dmy_words(s)
        WHEN regexp_full_match(s, '[A-Z][a-z]{2} [A-Z][a-z]{2} [0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4} [0-9]{4}')
            THEN gema__ts_tweet(s)
        WHEN regexp_full_match(s, '[A-Z][a-z]{2,8} [0-9]{1,2}, [0-9]{4}')
            THEN try_strptime(s, ['%b %d, %Y', '%B %d, %Y'])
        ELSE list_transform(
            [gema__ts_ymd(gema__ts_canon(gema__trim(s)), dayfirst)],
            lambda c: gema__ts_value(c))[1]
    END;

CREATE OR REPLACE MACRO gema_ts(s, dayfirst) AS gema__ts(s, dayfirst), (s) AS gema__ts(s, true);
