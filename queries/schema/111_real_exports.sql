-- 111_real_exports: value parsers for real exports, round two (issue 11), and the feedback
-- columns app reviews and complaint logs bring.
--   * gema_id treats every blank token of gema_blank ('-', '—', 'n/a', …) as empty, like every
--     other field type (ids used to keep 'n/a' and '—' as ids).
--   * gema_day(s, dayfirst): a day, with or without a year. TikTok Studio's Overview prints
--     'April 12': the month and day are kept and the year comes from the `year` field
--     (--set year=YYYY), never guessed. STRUCT(d DATE: the date when the text has a year,
--     m, dd: month and day when it has none); NULL when neither reads.
--   * gema_day_resolve(t, year): the DATE of such a STRUCT (NULL when the year is missing or the
--     day does not exist in that year, e.g. 29 February 2023).
--   * gema_point(s): 'LatLng(-7.03, 113.77)', '-7.03,113.77', '-7.03 113.77' → STRUCT(lat, lon),
--     NULL when blank, unreadable or outside the globe.
-- Grain: macros only, plus two columns on feedback. Params: none.

CREATE OR REPLACE MACRO gema_id(s) AS (
    CASE WHEN s IS NULL THEN NULL
         WHEN strlen(s) > 2 AND NOT contains(s, '.') AND NOT starts_with(s, ' ')
              AND NOT ends_with(s, ' ')
              AND NOT lower(s) IN ('n/a', '#n/a', 'null', 'nan', '—', '–', '--')
              THEN s
         WHEN gema_blank(s) THEN NULL
         WHEN contains(s, '.') THEN regexp_replace(trim(s), '^([0-9]+)\.0+$', '\1')
         ELSE trim(s) END
);

CREATE OR REPLACE MACRO gema__day_md(c) AS
    coalesce(
        try_strptime(c || ' 2000', '%b %d %Y'),
        try_strptime(c || ' 2000', '%d %b %Y'));

CREATE OR REPLACE MACRO gema_day(s, dayfirst) AS (
    CASE
        WHEN gema_blank(s) THEN NULL
        WHEN gema_ts(s, dayfirst) IS NOT NULL
            THEN {'d': CAST(gema_ts(s, dayfirst) AS DATE), 'm': NULL::INTEGER, 'dd': NULL::INTEGER}
        WHEN NOT regexp_matches(s, '[0-9]{4}')
             AND gema__day_md(gema__ts_canon(s)) IS NOT NULL
            THEN {'d': NULL::DATE,
                  'm': month(gema__day_md(gema__ts_canon(s))),
                  'dd': day(gema__day_md(gema__ts_canon(s)))}
    END
);

CREATE OR REPLACE MACRO gema_day_resolve(t, y) AS
    coalesce(
        t.d,
        CAST(try_strptime(printf('%04d-%02d-%02d', y, t.m, t.dd), '%Y-%m-%d') AS DATE));

CREATE OR REPLACE MACRO gema__point_parts(s) AS
    regexp_extract(
        lower(gema__trim(s)),
        '^(?:latlng|lat ?lng|point|lat ?long)?\s*\(?\s*(-?[0-9]{1,3}(?:[.,][0-9]+)?)\s*[,; ]\s*(-?[0-9]{1,3}(?:[.,][0-9]+)?)\s*\)?$',
        ['lat', 'lon']);

CREATE OR REPLACE MACRO gema_point(s) AS (
    CASE
        WHEN gema_blank(s) THEN NULL
        ELSE list_transform(
            [gema__point_parts(s)],
            lambda p: CASE
                WHEN p.lat <> ''
                     AND abs(TRY_CAST(replace(p.lat, ',', '.') AS DOUBLE)) <= 90
                     AND abs(TRY_CAST(replace(p.lon, ',', '.') AS DOUBLE)) <= 180
                    THEN {'lat': TRY_CAST(replace(p.lat, ',', '.') AS DOUBLE),
                          'lon': TRY_CAST(replace(p.lon, ',', '.') AS DOUBLE)}
            END)[1]
    END
);

-- Star rating of an app review (Google Play 'score') or a complaint log, 1..5; NULL = none.
ALTER TABLE feedback ADD COLUMN rating DOUBLE;
-- Where the complaint was made, when the log gives a point (LatLng(…), 'lat,long').
ALTER TABLE feedback ADD COLUMN lat DOUBLE;
ALTER TABLE feedback ADD COLUMN lon DOUBLE;
