-- Benchmark data for WaQtor Admin: run by bench/generate-data.sh, never by hand.
--
-- The script runs this file once per phase (psql variable `phase`):
--   inspect   prints key=value lines: schema present, users that are not bench users, bench users, now
--   prepare   (one session, one transaction) removes old bench data with `replace`, refuses real data
--             without `force`, then writes the users, WhatsApp sessions and groups
--   contacts  (`workers` sessions at once, this one is number `worker`) writes recipients in chunks
--   bulk      (same) writes recipient_groups memberships, then messages, in chunks
--   finish    (one session) writes the campaigns with counters taken from their messages, rebuilds the
--             time-ordered indexes, VACUUM (ANALYZE), prints a summary
--
-- Other variables: seed, users, contacts, messages, now (the timestamp every phase calls now),
-- worker, workers, force, replace (true/false).
--
-- Determinism. Everything a later phase or another session must find again (user, session, contact,
-- group and campaign ids, phone numbers, names, countries, cities) is a pure function of the seed and
-- an ordinal: ids are md5 of "seed/kind/ordinals" shaped as UUIDv4, other attributes come from
-- hashint8extended(ordinal, seed). Everything else is drawn with random() after a setseed() at the start
-- of each chunk, in generate_series order, so a chunk's rows do not depend on which session writes it
-- or when. Two runs with the same seed, sizes and `now` give the same rows.
--
-- Speed. Nothing is joined that can be computed: a message's owner, contact, phone, session and
-- campaign come from small constant arrays (psql variables) and the functions below; the only join
-- is the hour-slot table that spreads the messages over the year in time order. All the schema's
-- indexes, foreign keys and triggers stay in place; the session only turns off synchronous_commit and
-- JIT and raises work_mem and maintenance_work_mem. The finish phase rebuilds the time-ordered
-- indexes once (see there) and runs VACUUM (ANALYZE).

\set ON_ERROR_STOP on
\set QUIET on
\pset tuples_only on
\pset format unaligned
\pset footer off

\if :{?phase}
\else
DO $$ BEGIN RAISE EXCEPTION 'generate-data.sql is run by bench/generate-data.sh (psql variable "phase" missing)'; END $$;
\endif

SET client_min_messages = warning;
SET synchronous_commit = off;
SET jit = off;
SET work_mem = '64MB';
SET maintenance_work_mem = '1GB';
-- The chunk statements are prepared once and run with different ranges: plan each run for its range.
SET plan_cache_mode = force_custom_plan;
SET application_name = 'waqtor-bench-generate';

SELECT :'phase' = 'inspect' AS is_inspect, :'phase' = 'prepare' AS is_prepare,
       :'phase' = 'contacts' AS is_contacts, :'phase' = 'bulk' AS is_bulk, :'phase' = 'finish' AS is_finish,
       :'phase' IN ('inspect', 'prepare', 'contacts', 'bulk', 'finish') AS known_phase \gset
\if :known_phase
\else
DO $$ BEGIN RAISE EXCEPTION 'generate-data.sql: unknown phase'; END $$;
\endif

-- ===========================================================================================
-- inspect
-- ===========================================================================================
\if :is_inspect
SELECT count(*) FILTER (WHERE to_regclass('public.' || t) IS NULL) = 0 AS schema_ok
FROM unnest(ARRAY['users', 'whatsapp_sessions', 'messages', 'campaigns', 'recipients', 'groups',
                  'recipient_groups']) AS t \gset
\if :schema_ok
SELECT format('schema=ok%sother_users=%s%sbench_users=%s%snow=%s',
              chr(10), count(*) FILTER (WHERE lower(email) NOT LIKE '%@waqtor.bench'),
              chr(10), count(*) FILTER (WHERE lower(email) LIKE '%@waqtor.bench'),
              chr(10), to_char(date_trunc('second', LOCALTIMESTAMP), 'YYYY-MM-DD HH24:MI:SS'))
FROM users;
\else
SELECT 'schema=missing';
\endif
\quit
\endif

-- ===========================================================================================
-- The plan, rebuilt identically by every session (temporary tables and psql variables)
-- ===========================================================================================

-- A UUIDv4-shaped id from 32 hex digits (an md5): version nibble 4, variant nibble 8. h is used once,
-- so the inlined expression computes the md5 once.
CREATE FUNCTION pg_temp.bench_uuid_hex(h text) RETURNS uuid
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT overlay(overlay(h PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid
$$;

CREATE FUNCTION pg_temp.bench_uuid(key text) RETURNS uuid
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT pg_temp.bench_uuid_hex(md5(key))
$$;

-- A number in [0, 1) that depends only on v and seed.
CREATE FUNCTION pg_temp.bench_frac(v bigint, seed bigint) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (hashint8extended(v, seed) & 16777215) / 16777216.0::float8
$$;

-- E.164 mobile numbers. country: 1 Saudi Arabia, 2 Egypt, 3 Germany, 4 USA/Canada.
-- v = ord * 2654435761 + salt: the multiplier is prime to every modulus below (it is odd and a
-- multiple of neither 5 nor 7), so v mod m is a bijection on ord < m: numbers are unique per owner
-- by construction (no retry, no lookup), yet look scattered.
CREATE FUNCTION pg_temp.bench_phone(country int, v bigint) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE country
        WHEN 1 THEN '+9665' || (ARRAY['0', '3', '4', '5', '6', '8', '9'])[1 + (v % 70000000) / 10000000]
                    || lpad((v % 10000000)::text, 7, '0')
        WHEN 2 THEN '+201' || (ARRAY['0', '1', '2', '5'])[1 + (v % 400000000) / 100000000]
                    || lpad((v % 100000000)::text, 8, '0')
        WHEN 3 THEN '+4915' || (ARRAY['1', '2', '7', '9'])[1 + (v % 400000000) / 100000000]
                    || lpad((v % 100000000)::text, 8, '0')
        ELSE '+1' || (2 + (v % 6400000000) / 800000000)::text
                  || lpad(((v % 800000000) / 8000000)::text, 2, '0')
                  || (2 + (v % 8000000) / 1000000)::text
                  || lpad((v % 1000000)::text, 6, '0')
    END
$$;

-- Given names. Arabic script and its transliteration sit at the same index.
CREATE FUNCTION pg_temp.bench_first(country int, arabic boolean, female boolean, i int) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN country <= 2 AND NOT female AND arabic THEN
            (ARRAY['محمد','أحمد','عبدالله','خالد','فهد','سعود','عمر','يوسف','علي','إبراهيم','حسن','مصطفى',
                   'طارق','سلطان','ناصر','ماجد','كريم','عمرو','محمود','وليد','تركي','بندر','هشام','ياسر'])[1 + i % 24]
        WHEN country <= 2 AND NOT female THEN
            (ARRAY['Mohammed','Ahmed','Abdullah','Khalid','Fahad','Saud','Omar','Youssef','Ali','Ibrahim','Hassan','Mostafa',
                   'Tarek','Sultan','Nasser','Majed','Karim','Amr','Mahmoud','Waleed','Turki','Bandar','Hisham','Yasser'])[1 + i % 24]
        WHEN country <= 2 AND arabic THEN
            (ARRAY['فاطمة','نورة','سارة','مريم','ريم','هند','ليلى','منى','دينا','آية','نور',
                   'هدى','شيماء','لطيفة','أمل','رنا','ياسمين','جود','لمى','سلمى','منيرة','فاطمة الزهراء'])[1 + i % 22]
        WHEN country <= 2 THEN
            (ARRAY['Fatima','Noura','Sara','Mariam','Reem','Hind','Layla','Mona','Dina','Aya','Nour',
                   'Huda','Shaimaa','Latifa','Amal','Rana','Yasmin','Joud','Lama','Salma','Munira','Fatma Elzahraa'])[1 + i % 22]
        WHEN country = 3 AND NOT female THEN
            (ARRAY['Lukas','Jonas','Maximilian','Felix','Jürgen','Björn','Noah','Jörg','Paul','Tobias','Leon','Elias',
                   'Mehmet','Łukasz','Günther','Stefan','Emil','Finn'])[1 + i % 18]
        WHEN country = 3 THEN
            (ARRAY['Anna','Lea','Sophie','Marie','Zoë','Mia','Ingrid','Ayşe','Małgorzata','Käthe','Hannah','Emma',
                   'Lina','Renée','Élodie','Clara','Greta','Jana'])[1 + i % 18]
        WHEN NOT female THEN
            (ARRAY['James','Oliver','Rahul','Daniel','Arjun','Liam','Ravi','Thomas','Michael','Ethan','Lucas','José',
                   'Carlos','Kevin','Brian','Jamal'])[1 + i % 16]
        ELSE
            (ARRAY['Emily','Priya','Aisha','Grace','Chloe','Sofia','Hannah','Olivia','Ava','Isabella','María','Zoe',
                   'Madison','Keisha','Mei','Renée'])[1 + i % 16]
    END
$$;

CREATE FUNCTION pg_temp.bench_last(country int, arabic boolean, i int) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN country = 1 AND arabic THEN
            (ARRAY['العتيبي','القحطاني','الغامدي','الشهري','الدوسري','الحربي','المطيري','الزهراني',
                   'العنزي','السبيعي','الشمري','الحارثي','العمري','البلوي','السهلي','المالكي'])[1 + i % 16]
        WHEN country = 1 THEN
            (ARRAY['Al-Otaibi','Al-Qahtani','Al-Ghamdi','Al-Shehri','Al-Dosari','Al-Harbi','Al-Mutairi','Al-Zahrani',
                   'Al-Anazi','Al-Subaie','Al-Shammari','Al-Harthi','Al-Omari','Al-Balawi','Al-Sahli','Al-Malki'])[1 + i % 16]
        WHEN country = 2 AND arabic THEN
            (ARRAY['حسن','عبد الرحمن','السيد','إبراهيم','مصطفى','عبد العزيز','فوزي','الشريف',
                   'منصور','سالم','النجار','عادل','شحاتة','عبد الفتاح','رمضان','جمال'])[1 + i % 16]
        WHEN country = 2 THEN
            (ARRAY['Hassan','Abdelrahman','El-Sayed','Ibrahim','Mostafa','Abdelaziz','Fawzy','El-Sherif',
                   'Mansour','Salem','El-Naggar','Adel','Shehata','Abdel-Fattah','Ramadan','Gamal'])[1 + i % 16]
        WHEN country = 3 THEN
            (ARRAY['Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Schäfer','Koch',
                   'Bauer','Richter','Klein','Wolf','Schröder','Neumann','Zimmermann','Krüger','Hoffmann','Yılmaz',
                   'Öztürk','Kowalski','Groß','Weiß'])[1 + i % 24]
        ELSE
            (ARRAY['Smith','Johnson','Williams','Brown','Jones','Garcia','Miller','Davis','Rodriguez','Martinez',
                   'Sharma','Nair','Khan','Patel','Wilson','Nguyen','Kim','O''Brien','D''Souza','Fernandes'])[1 + i % 20]
    END
$$;

-- City index 1..7 (Saudi Arabia) or 1..6, most contacts in the first ones.
CREATE FUNCTION pg_temp.bench_city(country int, arabic boolean, city int) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN country = 1 AND arabic THEN (ARRAY['الرياض','جدة','الدمام','مكة المكرمة','المدينة المنورة','الخبر','أبها'])[city]
        WHEN country = 1 THEN (ARRAY['Riyadh','Jeddah','Dammam','Mecca','Medina','Khobar','Abha'])[city]
        WHEN country = 2 AND arabic THEN (ARRAY['القاهرة','الإسكندرية','الجيزة','المنصورة','طنطا','أسوان'])[city]
        WHEN country = 2 THEN (ARRAY['Cairo','Alexandria','Giza','Mansoura','Tanta','Aswan'])[city]
        WHEN country = 3 THEN (ARRAY['Berlin','Hamburg','München','Köln','Frankfurt am Main','Stuttgart'])[city]
        ELSE (ARRAY['New York','Los Angeles','Chicago','Houston','Miami','Seattle'])[city]
    END
$$;

-- Lower-case ASCII for e-mail local parts.
CREATE FUNCTION pg_temp.bench_ascii(s text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT replace(replace(translate(lower(s), 'äöüéèêëáàíóúñçøåłşğıïô'' -', 'aoueeeeaaiouncoalsgiio'),
                           'ß', 'ss'), 'ë', 'e')
$$;

-- Everything about contact number `ord` of owner u that other tables repeat: a pure function, so
-- memberships and messages recompute it instead of joining 1M recipients. ord > cnt gives a number
-- that is NOT among the owner's contacts (same bijection, so never a contact's number).
-- country shares per profile (1 Saudi, 2 Egyptian, 3 German, 4 US business):
--   SA / EG / DE / US = 60/20/8/12, 15/70/5/10, 15/10/60/15, 10/10/15/65 %.
CREATE FUNCTION pg_temp.bench_contact(u int, ord bigint, cnt bigint, profile int, salt bigint, seed bigint,
                                      t_now timestamp)
RETURNS TABLE (country int, arabic boolean, female boolean, fi int, li int, city int, phone text,
               added_at timestamp)
LANGUAGE sql IMMUTABLE AS $$
    SELECT b.country,
           -- 72 % of Saudi and Egyptian contacts are saved in Arabic script.
           b.country <= 2 AND ((a.h >> 24) & 255) < 184,
           ((a.h >> 32) & 1) = 1,
           ((a.h >> 33) & 1023)::int,
           ((a.h >> 43) & 1023)::int,
           1 + floor(power(((a.h >> 53) & 1023) / 1024.0::float8, 1.7::float8) * CASE b.country WHEN 1 THEN 7 ELSE 6 END)::int,
           pg_temp.bench_phone(b.country, ord * 2654435761 + salt),
           -- Contacts pile up over two years, faster lately: ord 1 is the oldest.
           t_now - interval '730 days' * power(greatest(1 - (ord - 0.5::float8) / greatest(cnt, 1), 0), 1.3::float8)
               - interval '1 second' * (a.h & 4095)
    FROM (SELECT hashint8extended((u::bigint << 32) | ord, seed) AS h) AS a
    CROSS JOIN LATERAL (
        SELECT CASE WHEN f < ('{0.60, 0.15, 0.15, 0.10}'::float8[])[profile] THEN 1
                    WHEN f < ('{0.80, 0.85, 0.25, 0.20}'::float8[])[profile] THEN 2
                    WHEN f < ('{0.88, 0.90, 0.85, 0.35}'::float8[])[profile] THEN 3
                    ELSE 4 END AS country
        FROM (SELECT (a.h & 16777215) / 16777216.0::float8 AS f) AS x
    ) AS b
$$;

-- Progress of the chunked phases. A chunk's statement stores its row count here; the next statement
-- prints the line, so the time includes the foreign-key checks, which run when the INSERT ends.
CREATE TEMP TABLE bench_done (i bigint PRIMARY KEY, n bigint NOT NULL);
CREATE FUNCTION pg_temp.bench_progress(chunk bigint, label text) RETURNS text
LANGUAGE sql AS $$
    SELECT format('%s: %s rows in %s s (%s rows/s)', label, to_char(d.n, 'FM999G999G999'), round(x.secs::numeric, 1),
                  to_char(d.n / greatest(x.secs, 0.001), 'FM999G999G999'))
    FROM pg_temp.bench_done d
    CROSS JOIN LATERAL (SELECT extract(epoch FROM clock_timestamp()
                                       - current_setting('bench.t0')::timestamptz)::float8 AS secs) AS x
    WHERE d.i = chunk
$$;

-- Owners: u = 1..N are bench-user-01..N, N+1 the admin, N+2 the viewer (owns nothing).
-- Shares of contacts and messages: bench-user-01 exactly 10 %, the admin 2 %, users 02..N split
-- the remaining 88 % along a Zipf curve (bench-user-02 is the heaviest).
CREATE TEMP TABLE bench_owner AS
WITH o AS (
    SELECT u, CASE WHEN u <= :users THEN 'user' WHEN u = :users + 1 THEN 'admin' ELSE 'viewer' END AS role
    FROM generate_series(1, :users + 2) AS u
), s AS (
    SELECT o.*,
           CASE WHEN u = 1 THEN 0.10
                WHEN role = 'user' THEN 0.88 * power((u - 1)::numeric, -0.9)
                                     / (SELECT sum(power(i::numeric, -0.9)) FROM generate_series(1, :users - 1) AS i)
                WHEN role = 'admin' THEN 0.02
                ELSE 0 END::numeric AS share
    FROM o
), f AS (
    SELECT s.*, floor(:contacts * share)::bigint AS cnt0, floor(1000 * share)::int AS buckets0
    FROM s
)
SELECT u, role, share,
       CASE role WHEN 'user' THEN 'bench-user-' || CASE WHEN u < 10 THEN '0' ELSE '' END || u
                 WHEN 'admin' THEN 'bench-admin' ELSE 'bench-viewer' END || '@waqtor.bench' AS email,
       CASE role WHEN 'user' THEN 'Bench User ' || CASE WHEN u < 10 THEN '0' ELSE '' END || u
                 WHEN 'admin' THEN 'Bench Admin' ELSE 'Bench Viewer' END AS name,
       pg_temp.bench_uuid(:'seed' || '/user/' || u) AS id,
       -- Rounding leftovers go to bench-user-02 so the totals are exact.
       cnt0 + CASE WHEN u = 2 THEN :contacts - sum(cnt0) OVER () ELSE 0 END AS cnt,
       buckets0 + CASE WHEN u = 2 THEN 1000 - sum(buckets0) OVER () ELSE 0 END AS buckets,
       CASE WHEN role = 'viewer' THEN 0 ELSE 1 + least(round(share * 12), 5)::int END AS n_send,
       CASE WHEN role = 'viewer' THEN 0 ELSE 1 + u % 2 END AS n_idle,
       CASE WHEN role = 'admin' THEN 1 ELSE (ARRAY[1, 2, 1, 3, 4, 2, 1])[1 + (u - 1) % 7] END AS profile,
       hashint8extended(u, :seed) & 1073741823 AS salt,
       date_trunc('day', :'now'::timestamp) - (380 + (CASE WHEN role = 'admin' THEN 0 ELSE u + 2 END) * 3) * interval '1 day'
           + interval '9 hours' + u * interval '7 minutes' AS created_at
FROM f;

-- Sessions: first the n_send that send (ready, disconnected, ready, ...), then qr / connecting ones.
CREATE TEMP TABLE bench_session AS
SELECT o.u, j, o.profile,
       sum(o.n_send + o.n_idle) OVER (ORDER BY o.u) - (o.n_send + o.n_idle) + j AS sidx,
       pg_temp.bench_uuid(:'seed' || '/session/' || o.u || '/' || j) AS id,
       CASE WHEN j <= o.n_send THEN CASE WHEN j % 2 = 1 THEN 'ready' ELSE 'disconnected' END
            WHEN (j - o.n_send) % 2 = 1 THEN 'qr' ELSE 'connecting' END AS status,
       (ARRAY['Main Line', 'Customer Care', 'Sales Desk', 'Marketing', 'Branch Phone', 'Night Shift',
              'Spare Android', 'Old Number'])[j] AS session_name
FROM bench_owner o
CROSS JOIN LATERAL generate_series(1, o.n_send + o.n_idle) AS j
ORDER BY o.u, j;

-- Groups. "All customers" (every contact) for bench-user-01..03: the ~100k-member groups of a
-- default run. City groups follow the contacts' city; the others take a hashed share of contacts.
CREATE TEMP TABLE bench_group AS
WITH t(t, name, description, kind, frac, who) AS (VALUES
    (1, 'All customers', 'Every contact, kept in sync by the nightly CRM import', 'all', 1.0, 'big'),
    (2, 'Newsletter subscribers', 'Opted in to the weekly newsletter', 'frac', 0.35, 'any'),
    (3, 'VIP', 'Gold and platinum customers: early access and personal offers', 'frac', 0.02, 'any'),
    (4, 'Wholesale partners', 'Shops that resell our products', 'frac', 0.04, 'user'),
    (5, 'Inactive 90 days', 'No reply and no order for 90 days', 'frac', 0.12, 'user'),
    (6, 'Ramadan offers 2026', 'عروض رمضان — audience for the Ramadan campaigns', 'frac', 0.18, 'arab'),
    (7, 'Beta testers', 'Customers trying the new app before release', 'frac', 0.004, 'any'),
    (8, 'Trade fair leads', 'Empty until the fair: import the badge scans here', 'none', 0.0, 'user')
), rows AS (
    SELECT o.u, t.t AS sort, t.name, t.description, t.kind, t.frac, NULL::int AS country, NULL::int AS city
    FROM bench_owner o JOIN t ON t.who = 'any' OR (t.who = 'big' AND o.role = 'user' AND o.u <= 3)
                              OR (t.who = 'user' AND o.role = 'user') OR (t.who = 'arab' AND o.profile IN (1, 2))
    WHERE o.role <> 'viewer'
    UNION ALL
    SELECT o.u, 100 + ci,
           CASE WHEN o.profile <= 2 AND ci = 2 THEN 'عملاء ' || pg_temp.bench_city(o.profile, true, ci)
                ELSE pg_temp.bench_city(o.profile, false, ci) || ' customers' END,
           'Everyone whose city is ' || pg_temp.bench_city(o.profile, false, ci), 'city', 0.9, o.profile, ci
    FROM bench_owner o CROSS JOIN generate_series(1, 3) AS ci
    WHERE o.role <> 'viewer'
    UNION ALL
    SELECT o.u, 200 + e, 'Event list ' || lpad(e::text, 2, '0'), 'Guests of event ' || e, 'frac',
           0.001 + 0.002 * (e % 5), NULL, NULL
    FROM bench_owner o CROSS JOIN LATERAL generate_series(1, 2 + floor(o.share * 30)::int) AS e
    WHERE o.role <> 'viewer'
)
SELECT r.u, row_number() OVER (PARTITION BY r.u ORDER BY r.sort) AS g, r.name, r.description, r.kind,
       r.frac::float8 AS frac, r.country, r.city,
       pg_temp.bench_uuid(:'seed' || '/group/' || r.u || '/' || r.sort) AS id,
       :seed::bigint * 1000003 + r.u * 1009 + r.sort AS hseed,
       date_trunc('second', :'now'::timestamp - interval '1 day' * CASE WHEN r.kind IN ('all', 'city') THEN 375 ELSE 20 END
                  - interval '1 hour' * (hashint8extended(r.u * 1000 + r.sort, :seed) & 8191)) AS created_at
FROM rows r;

-- Campaigns: every status for every owner but the viewer. Completed ones are spread over the year,
-- the failed one died within hours, the paused one ran a few days ago, the running one started a
-- few hours ago; scheduled and draft ones have no messages. Windows start and end on the hour.
CREATE TEMP TABLE bench_campaign AS
WITH k AS (
    SELECT o.u, o.profile, o.n_send, 3 + floor(o.share * 40)::int AS n_c
    FROM bench_owner o WHERE o.role <> 'viewer'
), c AS (
    SELECT k.*, j,
           CASE WHEN j <= n_c THEN 'completed' WHEN j = n_c + 1 THEN 'failed' WHEN j = n_c + 2 THEN 'paused'
                WHEN j = n_c + 3 THEN 'running' WHEN j <= n_c + 5 THEN 'scheduled' ELSE 'draft' END AS status,
           hashint8extended(k.u * 1000 + j, :seed + 17) & 1099511627775 AS h,
           date_trunc('day', :'now'::timestamp) AS today
    FROM k CROSS JOIN LATERAL generate_series(1, k.n_c + 7) AS j
), w AS (
    SELECT c.*,
           CASE status
               WHEN 'completed' THEN today - interval '358 days' + interval '1 day' * round((j - 0.5) / n_c * 335)
                                    + interval '1 day' * ((h & 7) - 3) + interval '1 hour' * (9 + (h >> 3) % 7)
               WHEN 'failed' THEN today - interval '1 day' * (40 + h % 150) + interval '1 hour' * (8 + (h >> 8) % 8)
               WHEN 'paused' THEN today - interval '1 day' * (2 + h % 6) + interval '1 hour' * (9 + (h >> 4) % 3)
               WHEN 'running' THEN date_trunc('hour', :'now'::timestamp) - interval '1 hour' * (2 + h % 4)
           END AS win_start,
           CASE status
               WHEN 'completed' THEN interval '1 hour' * (4 + (h >> 6) % 40)
               WHEN 'failed' THEN interval '1 hour' * (1 + (h >> 12) % 3)
               WHEN 'paused' THEN interval '1 hour' * (3 + (h >> 8) % 6)
           END AS win_len,
           1 + (j - 1) % 10 AS theme,
           -- Saudi and Egyptian businesses write half their campaigns in Arabic.
           CASE WHEN profile <= 2 AND j % 2 = 1 THEN 2 WHEN profile = 3 THEN 3 ELSE 1 END AS lang
    FROM c
)
SELECT row_number() OVER (ORDER BY w.u, w.j) AS gidx, w.u, w.j, w.status,
       pg_temp.bench_uuid(:'seed' || '/campaign/' || w.u || '/' || w.j) AS id,
       CASE w.status WHEN 'completed' THEN 2 ELSE 1 END AS prio,
       w.win_start,
       CASE WHEN w.status = 'running' THEN :'now'::timestamp ELSE w.win_start + w.win_len END AS win_end,
       CASE w.status WHEN 'draft' THEN NULL
                     WHEN 'failed' THEN least(2, w.n_send)
                     WHEN 'completed' THEN 1 + (w.j - 1) % w.n_send
                     ELSE 1 END AS session_j,
       (CASE w.lang
            WHEN 2 THEN (ARRAY['النشرة الأسبوعية','عروض الجمعة البيضاء','عروض رمضان','تهنئة العيد','المجموعة الجديدة',
                               'تذكير بالفواتير','نقاط الولاء','العودة إلى المدارس','تخفيضات الصيف','عروض اليوم الوطني'])[w.theme]
            WHEN 3 THEN (ARRAY['Wochen-Newsletter','Black Friday Angebote','Ramadan-Angebote','Frühlingsaktion','Neue Kollektion',
                               'Zahlungserinnerung','Treuepunkte','Schulanfang','Sommerschlussverkauf','Jubiläumsrabatt'])[w.theme]
            ELSE (ARRAY['Weekly newsletter','White Friday sale','Ramadan offers','Eid greetings','New collection',
                        'Invoice reminders','Loyalty points','Back to school','Summer sale','National Day offers'])[w.theme]
        END) || CASE WHEN w.status = 'completed' THEN ' — ' || to_char(w.win_start, 'YYYY-MM-DD') ELSE '' END AS name,
       (CASE w.lang
            WHEN 2 THEN (ARRAY[
                'مرحباً {{name}} 📰 نشرتنا الأسبوعية وصلت: منتجات جديدة وكوبون خاص لك. أرسل "إيقاف" لإلغاء الاشتراك.',
                'الجمعة البيضاء ⚡ {{name}}، خصومات حتى 60٪ لمدة 24 ساعة فقط! تسوّق الآن: https://waqtor.bench/s/wf',
                'مرحباً {{name}} 🌙 رمضان كريم! خصم 20٪ على جميع المنتجات حتى نهاية الشهر.',
                'كل عام وأنتم بخير يا {{name}} 🎉 عيد مبارك من فريقنا.',
                'عزيزي {{name}}، مجموعتنا الجديدة وصلت ✨ كن أول من يشاهدها في فرعنا.',
                'عزيزي {{name}}، فاتورتك مستحقة خلال 3 أيام. ادفع الآن: https://pay.waqtor.bench/i',
                'مرحباً {{name}}، لديك نقاط ولاء تنتهي نهاية الشهر. استبدلها الآن!',
                'العودة إلى المدارس 🎒 {{name}}، خصم 15٪ على الحقائب والأدوات.',
                'تخفيضات الصيف ☀️ {{name}}، حتى 50٪ على تشكيلة الصيف.',
                'بمناسبة اليوم الوطني 🇸🇦 {{name}}، خصم 23٪ على كل شيء!'])[w.theme]
            WHEN 3 THEN (ARRAY[
                'Hallo {{name}} 📰 dein Wochen-Newsletter ist da: Neuheiten und ein Gutschein für dich. Antworte STOP zum Abmelden.',
                'Black Friday ⚡ {{name}}, bis zu 60 % Rabatt nur 24 Stunden! Jetzt shoppen: https://waqtor.bench/s/bf',
                'Hallo {{name}} 🌙 Ramadan Kareem! 20 % auf alles bis Monatsende.',
                'Hallo {{name}}, unsere Frühlingsaktion startet heute: 15 % auf alles bis Sonntag.',
                'Hallo {{name}}, unsere neue Kollektion ist da ✨ Schau im Laden vorbei.',
                'Hallo {{name}}, deine Rechnung ist in 3 Tagen fällig. Jetzt bezahlen: https://pay.waqtor.bench/i',
                'Hallo {{name}}, deine Treuepunkte verfallen Ende des Monats. Jetzt einlösen!',
                'Schulanfang 🎒 {{name}}, 15 % auf Ranzen und Schulbedarf.',
                'Sommerschlussverkauf ☀️ {{name}}, bis zu 50 % auf die Sommerkollektion.',
                'Wir feiern Jubiläum 🎉 {{name}}, 25 % auf deinen nächsten Einkauf.'])[w.theme]
            ELSE (ARRAY[
                'Hi {{name}}, your weekly digest is here 📰 New arrivals and a coupon just for you. Reply STOP to unsubscribe.',
                'White Friday ⚡ {{name}}, up to 60% off for the next 24 hours! Shop now: https://waqtor.bench/s/wf',
                'Hi {{name}} 🌙 Ramadan Kareem! 20% off everything until the end of the month.',
                'Eid Mubarak, {{name}} 🎉 Best wishes from all of us.',
                'Dear {{name}}, our new collection has arrived ✨ Be the first to see it in store.',
                'Dear {{name}}, your invoice is due in 3 days. Pay online: https://pay.waqtor.bench/i',
                'Hi {{name}}, you have loyalty points expiring at the end of the month. Redeem them now!',
                'Back to school 🎒 {{name}}, 15% off bags and supplies.',
                'Summer sale ☀️ {{name}}, up to 50% off the summer collection.',
                'National Day offers 🎉 {{name}}, 23% off everything!'])[w.theme]
        END) AS template,
       CASE w.theme WHEN 2 THEN 'image' WHEN 5 THEN 'video' END AS media_type,
       CASE w.theme WHEN 2 THEN 'https://cdn.waqtor.bench/campaigns/sale-banner-' || w.u || '-' || w.j || '.jpg'
                    WHEN 5 THEN 'https://cdn.waqtor.bench/campaigns/collection-teaser-' || w.u || '-' || w.j || '.mp4' END AS media_url,
       -- Share of the audience processed when it stopped (failed, paused) or by now (running).
       CASE w.status WHEN 'failed' THEN 0.2 + (w.h % 30) / 100.0 WHEN 'paused' THEN 0.35 + (w.h % 30) / 100.0
                     WHEN 'running' THEN 0.4 + (w.h % 40) / 100.0 ELSE 1 END AS progress,
       (ARRAY[20, 30, 30, 60])[1 + (w.h >> 20) % 4] AS throttle,
       (w.h >> 24) % 1000 AS audience_pick,
       CASE WHEN w.status = 'scheduled' THEN date_trunc('day', :'now'::timestamp) + interval '1 day' * (1 + w.h % 14)
                                             + interval '1 hour' * (9 + (w.h >> 5) % 8)
            WHEN w.status <> 'draft' AND (w.h >> 30) % 2 = 0 THEN w.win_start END AS scheduled_at,
       least(:'now'::timestamp - interval '10 minutes',
             coalesce(w.win_start, :'now'::timestamp) - interval '1 day' * (1 + (w.h >> 12) % 10)
                 - interval '1 minute' * ((w.h >> 14) % 600)) AS created_at
FROM w;

SELECT array_agg(u ORDER BY u, i)::text AS owner_map
FROM bench_owner CROSS JOIN LATERAL generate_series(1, buckets) AS i \gset
SELECT array_agg(id ORDER BY u)::text AS owner_ids,
       array_agg(cnt ORDER BY u)::text AS owner_cnt,
       array_agg(profile ORDER BY u)::text AS owner_profile,
       array_agg(salt ORDER BY u)::text AS owner_salt,
       array_agg(n_send ORDER BY u)::text AS owner_send,
       array_agg(sum_before ORDER BY u)::text AS owner_sess_off
FROM (SELECT o.*, sum(n_send + n_idle) OVER (ORDER BY u) - (n_send + n_idle) AS sum_before FROM bench_owner o) o \gset
SELECT array_agg(id ORDER BY sidx)::text AS sess_ids FROM bench_session \gset
SELECT array_agg(c.id ORDER BY c.gidx)::text AS camp_ids,
       array_agg(c.status ORDER BY c.gidx)::text AS camp_status,
       array_agg(c.template ORDER BY c.gidx)::text AS camp_template,
       array_agg(c.media_type ORDER BY c.gidx)::text AS camp_media_type,
       array_agg(c.media_url ORDER BY c.gidx)::text AS camp_media_url,
       array_agg(s.id ORDER BY c.gidx)::text AS camp_session
FROM bench_campaign c LEFT JOIN bench_session s ON s.u = c.u AND s.j = c.session_j \gset

-- ===========================================================================================
-- prepare: users, sessions, groups (one transaction)
-- ===========================================================================================
\if :is_prepare
BEGIN;
-- No account can appear between the check and the writes.
LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE;
SELECT count(*) FILTER (WHERE lower(email) NOT LIKE '%@waqtor.bench') AS other_users,
       count(*) FILTER (WHERE lower(email) LIKE '%@waqtor.bench') AS bench_users
FROM users \gset
SELECT :other_users > 0 AND NOT :force AS refuse_other, :bench_users > 0 AND NOT :replace AS refuse_bench,
       :other_users = 0 AS only_bench \gset
\if :refuse_other
DO $$ BEGIN RAISE EXCEPTION 'the database has accounts that are not bench accounts (use --force to add bench data anyway)'; END $$;
\endif
\if :refuse_bench
DO $$ BEGIN RAISE EXCEPTION 'the database already has bench data (use --replace)'; END $$;
\endif
\if :replace
\if :only_bench
-- Nothing but bench data: emptying the seven tables is much faster than a cascading delete.
TRUNCATE recipient_groups, messages, campaigns, recipients, groups, whatsapp_sessions, users;
\else
DELETE FROM users WHERE lower(email) LIKE '%@waqtor.bench';
\endif
SELECT format('removed %s bench accounts and everything they owned', :bench_users);
\endif

-- bcrypt (cost 10) of "bench-password-2026", made once with
--   python3 -c 'import crypt; print(crypt.crypt("bench-password-2026", crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=1024)))'
-- (libxcrypt, like the app's own hasher) and checked with crypt.crypt(password, hash) == hash.
INSERT INTO users (id, email, password_hash, name, role, is_active, last_login_at, created_at, updated_at)
SELECT id, email, '$2b$10$k2x9lZhEOgS3SWSymyjTNu7fAfYwo4iVVGySNfke4l/FDrVL5GE4G', name, role, true,
       date_trunc('second', :'now'::timestamp - interval '1 minute' * (hashint8extended(u, :seed + 3) & 16383)),
       created_at, created_at + interval '1 day' * (u % 30)
FROM bench_owner ORDER BY u;

INSERT INTO whatsapp_sessions (id, user_id, session_name, status, phone_number, session_data, qr_code, created_at, updated_at)
SELECT s.id, o.id, s.session_name, s.status,
       CASE WHEN s.status <> 'qr' THEN pg_temp.bench_phone(s.profile, (69000000 + s.u * 10 + s.j) * 2654435761 + o.salt) END,
       CASE WHEN s.status IN ('ready', 'connecting') THEN
           'enc:v1:' || replace(encode(sha256(convert_to(s.id::text, 'UTF8')) || sha512(convert_to(s.session_name, 'UTF8')), 'base64'), E'\n', '')
       END,
       CASE WHEN s.status = 'qr' THEN
           '2@' || replace(encode(sha512(convert_to(s.id::text || 'qr', 'UTF8')), 'base64'), E'\n', '') || ','
           || replace(encode(sha256(convert_to(s.id::text, 'UTF8')), 'base64'), E'\n', '')
       END,
       o.created_at + interval '1 day' * s.j,
       CASE s.status WHEN 'ready' THEN date_trunc('second', :'now'::timestamp - interval '1 second' * (17 * s.sidx % 900))
                     WHEN 'disconnected' THEN date_trunc('second', :'now'::timestamp - interval '1 day' * (5 + s.sidx % 60))
                     ELSE date_trunc('second', :'now'::timestamp - interval '1 second' * (5 + s.sidx % 50)) END
FROM bench_session s JOIN bench_owner o USING (u)
ORDER BY s.sidx;

INSERT INTO groups (id, user_id, name, description, created_at, updated_at)
SELECT g.id, o.id, g.name, g.description, g.created_at, g.created_at + interval '1 hour' * (g.hseed % 500)
FROM bench_group g JOIN bench_owner o USING (u)
ORDER BY g.u, g.g;
COMMIT;

SELECT format('users %s, sessions %s, groups %s', (SELECT count(*) FROM bench_owner),
              (SELECT count(*) FROM bench_session), (SELECT count(*) FROM bench_group));
\quit
\endif

-- ===========================================================================================
-- Chunked phases: each chunk starts with its own setseed() so its rows are the same whoever
-- writes it; chunk i is written by session i % workers.
-- ===========================================================================================
\if :is_contacts
CREATE TEMP TABLE bench_chunk AS
SELECT row_number() OVER (ORDER BY o.u, lo) - 1 AS i, 'contacts' AS kind, o.u, lo,
       least(lo + 250000 - 1, o.cnt) AS hi
FROM bench_owner o CROSS JOIN LATERAL generate_series(1, o.cnt, 250000) AS lo
WHERE o.cnt > 0;

PREPARE bench_contacts(bigint, int, bigint, bigint) AS
WITH ins AS (
    INSERT INTO recipients (id, user_id, phone_number, name, email, custom_fields, status, created_at, updated_at)
    SELECT pg_temp.bench_uuid(:'seed' || '/contact/' || $2 || '/' || x.ord),
           (:'owner_ids'::uuid[])[$2],
           x.phone,
           CASE WHEN x.r_name < 0.04 THEN NULL
                WHEN x.r_name < 0.12 THEN x.first_name
                ELSE x.first_name || ' ' || x.last_name END,
           CASE WHEN x.r_email < 0.40 THEN
               CASE WHEN x.r_email < 0.18 THEN pg_temp.bench_ascii(x.first_latin) || '.' || pg_temp.bench_ascii(x.last_latin)
                    WHEN x.r_email < 0.26 THEN pg_temp.bench_ascii(x.first_latin) || pg_temp.bench_ascii(x.last_latin)
                                               || (x.ord % 100)
                    WHEN x.r_email < 0.32 THEN left(pg_temp.bench_ascii(x.first_latin), 1) || '.' || pg_temp.bench_ascii(x.last_latin)
                    ELSE pg_temp.bench_ascii(x.first_latin) || '_' || (1970 + x.ord % 36) END
               || '@' || CASE WHEN x.r_domain < 0.35 THEN 'gmail.com'
                              WHEN x.r_domain < 0.50 THEN 'outlook.com'
                              WHEN x.r_domain < 0.60 THEN 'hotmail.com'
                              WHEN x.r_domain < 0.68 THEN 'yahoo.com'
                              WHEN x.r_domain < 0.74 THEN 'icloud.com'
                              ELSE (ARRAY[ARRAY['stc.com.sa', 'mobily.com.sa', 'example.sa'],
                                          ARRAY['link.net', 'te.eg', 'example.eg'],
                                          ARRAY['gmx.de', 'web.de', 't-online.de'],
                                          ARRAY['aol.com', 'comcast.net', 'example.com']])[x.country][1 + x.ord % 3] END
           END,
           CASE WHEN x.r_fields < 0.15 THEN NULL
                WHEN x.r_fields < 0.25 THEN jsonb_build_object('city', x.city_name)
                ELSE jsonb_strip_nulls(jsonb_build_object(
                         'city', x.city_name,
                         'company', CASE WHEN x.r_company < 0.6 THEN
                             (ARRAY[ARRAY['Al Noor Trading', 'شركة الأفق', 'Najd Foods', 'Red Sea Logistics', 'مؤسسة الريادة'],
                                    ARRAY['Nile Textiles', 'شركة النيل للتجارة', 'Delta Pharma', 'Cairo Motors', 'مكتبة الشروق'],
                                    ARRAY['Müller & Söhne GmbH', 'Bäckerei Schmidt', 'Nordlicht AG', 'Rheinwerk KG', 'Café Grünewald'],
                                    ARRAY['Acme Corp', 'Blue Ocean LLC', 'Sunrise Bakery', 'Pioneer Logistics', 'Main Street Dental']])
                             [x.country][1 + floor(x.r_company / 0.6 * 5)::int] END,
                         'tier', CASE WHEN x.r_tier < 0.55 THEN 'bronze' WHEN x.r_tier < 0.85 THEN 'silver'
                                      WHEN x.r_tier < 0.97 THEN 'gold' ELSE 'platinum' END,
                         'language', CASE WHEN x.arabic THEN 'ar' WHEN x.country = 3 THEN 'de'
                                          WHEN x.country <= 2 THEN CASE WHEN x.r_tier < 0.5 THEN 'ar' ELSE 'en' END
                                          WHEN x.r_tier < 0.1 THEN 'es' ELSE 'en' END)) END,
           CASE WHEN x.r_status < 0.92 THEN 'active' WHEN x.r_status < 0.955 THEN 'blocked' ELSE 'invalid' END,
           x.added_at,
           CASE WHEN x.r_touch < 0.3 THEN x.added_at + (:'now'::timestamp - x.added_at) * (x.r_touch / 0.3)
                ELSE x.added_at END
    FROM (
        -- OFFSET 0 keeps each layer's columns computed once (and the small functions inlined).
        SELECT y.*,
               pg_temp.bench_first(y.country, y.arabic, y.female, y.fi) AS first_name,
               pg_temp.bench_last(y.country, y.arabic, y.li) AS last_name,
               pg_temp.bench_first(y.country, false, y.female, y.fi) AS first_latin,
               pg_temp.bench_last(y.country, false, y.li) AS last_latin,
               pg_temp.bench_city(y.country, y.arabic, y.city) AS city_name
        FROM (
            SELECT d.*, c.*
            FROM (
                SELECT ord, random() AS r_name, random() AS r_email, random() AS r_domain, random() AS r_fields,
                       random() AS r_company, random() AS r_tier, random() AS r_status, random() AS r_touch
                FROM generate_series($3, $4) AS ord
            ) AS d
            CROSS JOIN LATERAL pg_temp.bench_contact($2, d.ord, (:'owner_cnt'::bigint[])[$2],
                                                     (:'owner_profile'::int[])[$2], (:'owner_salt'::bigint[])[$2],
                                                     :seed, :'now'::timestamp) AS c
            OFFSET 0
        ) AS y
        OFFSET 0
    ) AS x
    RETURNING 1
)
INSERT INTO bench_done SELECT $1, count(*) FROM ins;

SELECT cmd
FROM (SELECT i, pg_temp.bench_frac(i, :seed + 101) * 2 - 1 AS seedval,
             format('EXECUTE bench_contacts(%s, %s, %s, %s)', i, u, lo, hi) AS run,
             format('[%s/%s] contacts %s/%s', :worker + 1, :workers, i + 1, (SELECT count(*) FROM bench_chunk)) AS label
      FROM bench_chunk WHERE i % :workers = :worker) AS q
CROSS JOIN LATERAL (VALUES
    (1, format('DO $d$ BEGIN PERFORM setseed(%s); PERFORM set_config(''bench.t0'', clock_timestamp()::text, false); END $d$', seedval)),
    (2, run),
    (3, format('SELECT pg_temp.bench_progress(%s, %L)', i, label))) AS v(k, cmd)
ORDER BY i, k \gexec
\quit
\endif

-- ===========================================================================================
-- bulk: memberships, then messages
-- ===========================================================================================
\if :is_bulk

-- The timeline. One row per hour of the last 365 days (today up to now) for everyday traffic, plus
-- one row per hour of every campaign for its burst. Message n lies in the row with lo <= n <= hi,
-- evenly spread over the row's time span, so message numbers run in time order (within an hour the
-- campaign bursts come after the everyday messages).
-- Everyday traffic (75 % of the messages): the business grows (the last day has ~3.7 times the
-- traffic of the first), Fridays and Saturdays are quieter, a few sale days double, and the day
-- follows office hours; the owner of each message is drawn by share.
-- Campaign bursts (25 %): each owner's share of them is its share of all messages, split over its
-- campaigns by size and spread evenly over each campaign's hours.
CREATE TEMP TABLE bench_slot AS
WITH h AS (
    SELECT d, hr, date_trunc('day', :'now'::timestamp) - (364 - d) * interval '1 day' + hr * interval '1 hour' AS t0
    FROM generate_series(0, 364) AS d CROSS JOIN generate_series(0, 23) AS hr
), everyday AS (
    SELECT t0, least(interval '1 hour', :'now'::timestamp - t0) AS len, 0 AS gidx, NULL::int AS u,
           exp(1.3 * d / 364.0)
           * CASE extract(isodow FROM t0) WHEN 5 THEN 0.72 WHEN 6 THEN 0.86 ELSE 1 END
           * (0.88 + 0.24 * pg_temp.bench_frac(d, :seed + 2))
           * CASE WHEN pg_temp.bench_frac(d, :seed + 1) < 0.025 THEN 1.9 ELSE 1 END
           * (ARRAY[0.18, 0.10, 0.06, 0.04, 0.04, 0.06, 0.14, 0.32, 0.60, 0.88, 1.00, 1.00,
                    0.95, 0.90, 0.92, 0.95, 0.98, 1.00, 1.02, 1.05, 1.00, 0.82, 0.55, 0.32])[hr + 1]
           * extract(epoch FROM least(interval '1 hour', :'now'::timestamp - t0)) / 3600 AS w
    FROM h WHERE t0 < :'now'::timestamp
), budget AS (
    SELECT c.gidx, c.u, c.win_start, c.win_end,
           o.share * c.size / sum(c.size) OVER (PARTITION BY c.u) AS w
    FROM (SELECT c.*, (0.5 + (hashint8extended(c.gidx, :seed + 5) & 1023) / 1024.0) * c.progress
                      * sqrt(extract(epoch FROM c.win_end - c.win_start) / 3600) AS size
          FROM bench_campaign c WHERE c.win_start IS NOT NULL AND c.win_end > c.win_start) AS c
    JOIN bench_owner o USING (u)
), burst AS (
    SELECT greatest(b.win_start, h.t0) AS t0, least(b.win_end, h.t0 + interval '1 hour') - greatest(b.win_start, h.t0) AS len,
           b.gidx, b.u, b.w, b.win_end - b.win_start AS win_len
    FROM budget b JOIN h ON h.t0 < b.win_end AND h.t0 + interval '1 hour' > b.win_start
), rows AS (
    SELECT t0, len, gidx, u, 0.75 * w / sum(w) OVER () AS w FROM everyday
    UNION ALL
    SELECT t0, len, gidx, u, 0.25 * w * extract(epoch FROM len) / extract(epoch FROM win_len) FROM burst
), c AS (
    SELECT row_number() OVER (ORDER BY t0, gidx) AS slot, t0, len, gidx, u,
           sum(w) OVER (ORDER BY t0, gidx) / sum(w) OVER () AS cum, count(*) OVER () AS n_slots
    FROM rows WHERE w > 0
), b AS (
    SELECT c.*, CASE WHEN slot = n_slots THEN :messages ELSE floor(:messages * cum)::bigint END AS hi
    FROM c
), l AS (
    SELECT b.*, coalesce(lag(hi) OVER (ORDER BY slot), 0) + 1 AS lo FROM b
)
-- cstart: how many messages of the same campaign come before this row.
SELECT slot, t0, len, gidx, u, lo, hi,
       (sum(hi - lo + 1) OVER (PARTITION BY gidx ORDER BY slot) - (hi - lo + 1))::bigint AS cstart
FROM l;
CREATE INDEX ON bench_slot (lo);
ANALYZE bench_slot;

CREATE TEMP TABLE bench_chunk AS
WITH m AS (
    -- Membership chunks: ranges of one owner's contacts worth ~500k memberships.
    SELECT o.u, o.cnt,
           greatest(10000, floor(500000 / greatest((SELECT sum(CASE g.kind WHEN 'all' THEN 1 WHEN 'city' THEN 0.3
                                                                           ELSE g.frac END)
                                                    FROM bench_group g WHERE g.u = o.u), 0.01)))::bigint AS step
    FROM bench_owner o WHERE o.cnt > 0
), parts AS (
    SELECT 1 AS sort, 'members' AS kind, m.u, lo, least(lo + m.step - 1, m.cnt) AS hi
    FROM m CROSS JOIN LATERAL generate_series(1, m.cnt, m.step) AS lo
    UNION ALL
    SELECT 2, 'messages', NULL, lo, least(lo + 1000000 - 1, :messages)
    FROM generate_series(1, :messages, 1000000) AS lo
)
SELECT row_number() OVER (ORDER BY sort, u, lo) - 1 AS i,
       row_number() OVER (PARTITION BY kind ORDER BY u, lo) AS n, count(*) OVER (PARTITION BY kind) AS n_of, parts.*
FROM parts;

PREPARE bench_members(bigint, int, bigint, bigint) AS
WITH ins AS (
    INSERT INTO recipient_groups (id, recipient_id, group_id, created_at)
    SELECT pg_temp.bench_uuid(:'seed' || '/member/' || g.id || '/' || x.ord), x.rid, g.id,
           least(:'now'::timestamp,
                 greatest(x.added_at, g.created_at) + interval '1 minute' * (hashint8extended(x.ord, g.hseed) & 32767))
    FROM (
        SELECT ord, c.*, pg_temp.bench_uuid(:'seed' || '/contact/' || $2 || '/' || ord) AS rid
        FROM generate_series($3, $4) AS ord
        CROSS JOIN LATERAL pg_temp.bench_contact($2, ord, (:'owner_cnt'::bigint[])[$2],
                                                 (:'owner_profile'::int[])[$2], (:'owner_salt'::bigint[])[$2],
                                                 :seed, :'now'::timestamp) AS c
        OFFSET 0
    ) AS x
    JOIN (SELECT * FROM bench_group WHERE u = $2 AND kind <> 'none' OFFSET 0) AS g
      ON CASE g.kind WHEN 'all' THEN true
                     WHEN 'city' THEN x.country = g.country AND x.city = g.city
                                      AND pg_temp.bench_frac(x.ord, g.hseed) < g.frac
                     ELSE pg_temp.bench_frac(x.ord, g.hseed) < g.frac END
    RETURNING 1
)
INSERT INTO bench_done SELECT $1, count(*) FROM ins;

-- Messages $2..$3. Layers, innermost first: d draws the random numbers (in message order) and the
-- owner, o and p pick the contact, c0 recomputes that contact and decides status and media, the
-- outer SELECT writes the texts, ids and metadata.
PREPARE bench_messages(bigint, bigint, bigint) AS
WITH ins AS (
    INSERT INTO messages (id, user_id, session_id, message_id, phone_number, message_text, media_url, media_type,
                          status, ack_status, error_message, metadata, created_at, updated_at)
    SELECT pg_temp.bench_uuid_hex(z.hid),
           (:'owner_ids'::uuid[])[z.u],
           CASE WHEN z.gidx > 0 THEN (:'camp_session'::uuid[])[z.gidx]
                WHEN z.r_sess < 0.03 THEN NULL
                ELSE (:'sess_ids'::uuid[])[(:'owner_sess_off'::int[])[z.u] + 1
                                                  + floor((z.r_sess - 0.03) / 0.97 * (:'owner_send'::int[])[z.u])::int] END,
           CASE WHEN z.status IN ('sent', 'delivered', 'read') THEN
                'true_' || substr(z.phone, 2) || '@c.us_3EB0' || upper(substr(z.hid, 9, 16)) END,
           z.phone,
           CASE WHEN z.media_type = 'audio' OR (z.media_type IS NOT NULL AND z.gidx = 0 AND z.r_text < 0.4) THEN NULL
                WHEN z.gidx > 0 THEN replace((:'camp_template'::text[])[z.gidx], '{{name}}', z.name)
                ELSE replace(replace(replace(
                        (ARRAY[
                            'Your WaQtor verification code is {{code}}. It expires in 10 minutes.',
                            'Hi {{name}}, your order #{{code}} has shipped 🚚 Track it: https://waqtor.bench/t/{{code}}',
                            'Reminder: your appointment is tomorrow at 10:30. Reply 1 to confirm or 2 to reschedule.',
                            'Thank you {{name}}! We received your payment of {{amount}}.',
                            'Thanks for reaching out, {{name}}. An agent will reply shortly.',
                            'Hi {{name}}, your table for 4 is booked for Friday at 8 pm. See you soon!',
                            'رمز التحقق الخاص بك هو {{code}}. صالح لمدة 10 دقائق.',
                            'مرحباً {{name}}، تم شحن طلبك رقم {{code}} 🚚 تتبع الشحنة: https://waqtor.bench/t/{{code}}',
                            'تذكير: موعدك غداً الساعة 10:30 صباحاً. أرسل 1 للتأكيد أو 2 لإعادة الجدولة.',
                            'شكراً {{name}}! استلمنا دفعتك بقيمة {{amount}}.',
                            'شكراً لتواصلك معنا يا {{name}}، سيرد عليك أحد موظفينا قريباً.',
                            'أهلاً {{name}}، تم تأكيد حجزك لأربعة أشخاص يوم الجمعة الساعة 8 مساءً.',
                            'Dein WaQtor-Bestätigungscode lautet {{code}}. Er ist 10 Minuten gültig.',
                            'Hallo {{name}}, deine Bestellung #{{code}} ist unterwegs 🚚 https://waqtor.bench/t/{{code}}',
                            'Erinnerung: Ihr Termin ist morgen um 10:30 Uhr. Antworten Sie 1 zum Bestätigen oder 2 zum Verschieben.',
                            'Danke {{name}}! Wir haben deine Zahlung über {{amount}} erhalten.',
                            'Danke für deine Nachricht, {{name}}. Ein Mitarbeiter meldet sich gleich.',
                            'Hallo {{name}}, dein Tisch für 4 ist für Freitag um 20 Uhr reserviert.'])
                        [(z.lang - 1) * 6 + 1 + floor(z.r_text * 6)::int],
                        '{{name}}', z.name),
                        '{{code}}', lpad(((z.n * 7919 + :seed) % 1000000)::text, 6, '0')),
                        '{{amount}}', (50 + floor(z.r_delay * 950))::int || '.00 '
                                      || (ARRAY['SAR', 'EGP', 'EUR', 'USD'])[z.country]) END,
           CASE WHEN z.gidx > 0 THEN (:'camp_media_url'::text[])[z.gidx]
                WHEN z.media_type IS NOT NULL THEN
                    'https://cdn.waqtor.bench/media/' || to_char(z.created_at, 'YYYY/MM/') || substr(z.hid, 1, 20)
                    || CASE z.media_type WHEN 'image' THEN '.jpg' WHEN 'document' THEN '.pdf'
                                         WHEN 'video' THEN '.mp4' ELSE '.ogg' END END,
           z.media_type,
           z.status,
           CASE z.status WHEN 'failed' THEN -1 WHEN 'pending' THEN 0 WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2
                ELSE CASE WHEN z.media_type IN ('audio', 'video') AND z.r_ack < 0.6 THEN 4 ELSE 3 END END,
           CASE WHEN z.status = 'failed' THEN
                CASE WHEN NOT z.is_contact THEN 'Phone number not on WhatsApp'
                     WHEN z.cstatus = 'failed' THEN 'Session not ready'
                     WHEN z.media_type IS NOT NULL AND z.r_ack < 0.3 THEN 'Media upload failed: file exceeds 16 MB'
                     ELSE (ARRAY['Rate limited', 'Message timed out waiting for ACK', 'Session not ready',
                                 'Evaluation failed: Error: wid error: invalid wid', 'Recipient has blocked this number',
                                 'Phone number not on WhatsApp'])[1 + floor(power(z.r_ack, 1.5) * 6)::int] END END,
           CASE WHEN z.gidx > 0 THEN jsonb_build_object('campaign_id', (:'camp_ids'::text[])[z.gidx],
                                                        'attempt', CASE WHEN z.status = 'failed' AND z.r_meta < 0.3 THEN 2 ELSE 1 END)
                WHEN z.r_meta < 0.22 THEN jsonb_build_object('source', 'api',
                         'client', (ARRAY['shopify-webhook', 'crm-sync', 'zapier', 'woocommerce'])[1 + floor(z.r_meta / 0.22 * 4)::int],
                         'request_id', substr(z.hid, 17, 12))
                WHEN z.r_meta < 0.32 THEN jsonb_build_object('source', 'chat',
                         'agent', 'Agent ' || (1 + floor((z.r_meta - 0.22) * 100)::int))
                WHEN z.status = 'failed' THEN jsonb_build_object('attempt', 1 + floor(z.r_meta * 3)::int)
           END,
           z.created_at,
           least(:'now'::timestamp, z.created_at + CASE z.status
               WHEN 'pending'   THEN interval '0'
               WHEN 'sent'      THEN interval '1 second' + z.r_delay * interval '4 seconds'
               WHEN 'delivered' THEN interval '3 seconds' + z.r_delay * z.r_delay * interval '10 minutes'
               WHEN 'read'      THEN interval '30 seconds' + z.r_delay * z.r_delay * interval '6 hours'
               ELSE                  interval '2 seconds' + z.r_delay * interval '28 seconds' END)
    FROM (
        SELECT c0.*,
               CASE WHEN c0.is_contact THEN pg_temp.bench_first(c0.country, c0.arabic, c0.female, c0.fi)
                    ELSE (ARRAY['there', 'عميلنا العزيز', 'zusammen'])[c0.lang] END AS name,
               CASE WHEN c0.cstatus = 'failed' THEN
                        CASE WHEN c0.r_status < 0.45 THEN 'failed' WHEN c0.r_status < 0.55 THEN 'sent'
                             WHEN c0.r_status < 0.75 THEN 'delivered' ELSE 'read' END
                    WHEN NOT c0.is_contact AND c0.r_ack < 0.2 THEN 'failed'
                    WHEN c0.age < 600 THEN
                        CASE WHEN c0.r_status < 0.45 THEN 'pending' WHEN c0.r_status < 0.70 THEN 'sent'
                             WHEN c0.r_status < 0.85 THEN 'delivered' WHEN c0.r_status < 0.95 THEN 'read' ELSE 'failed' END
                    WHEN c0.age < 10800 THEN
                        CASE WHEN c0.r_status < 0.06 THEN 'pending' WHEN c0.r_status < 0.20 THEN 'sent'
                             WHEN c0.r_status < 0.50 THEN 'delivered' WHEN c0.r_status < 0.95 THEN 'read' ELSE 'failed' END
                    ELSE
                        CASE WHEN c0.r_status < 0.004 THEN 'pending' WHEN c0.r_status < 0.084 THEN 'sent'
                             WHEN c0.r_status < 0.384 THEN 'delivered' WHEN c0.r_status < 0.961 THEN 'read' ELSE 'failed' END
               END AS status,
               CASE WHEN c0.gidx > 0 THEN (:'camp_media_type'::text[])[c0.gidx]
                    WHEN c0.r_media < 0.08 THEN
                        CASE WHEN c0.r_media < 0.04 THEN 'image' WHEN c0.r_media < 0.056 THEN 'document'
                             WHEN c0.r_media < 0.07 THEN 'audio' ELSE 'video' END END AS media_type
        FROM (
            SELECT p.*, c.*,
                   -- Language of the text: the contact's script, else the country's.
                   CASE WHEN c.arabic THEN 2 WHEN c.country = 3 THEN 3 WHEN c.country <= 2 AND p.r_other < 0.38 THEN 2
                        ELSE 1 END AS lang
            FROM (
                SELECT o.*,
                       -- Always a contact that existed then (ord up to what the owner had at that time).
                       -- A campaign goes through its audience without repeats (a bijection while its
                       -- messages are fewer than the contacts); everyday messages go to old contacts
                       -- more often, and 8 % to numbers that are not contacts at all.
                       CASE WHEN o.gidx > 0 AND o.is_contact THEN 1 + (o.pos * 1000003 + o.u * 7919) % o.cnt_then
                            WHEN o.is_contact THEN 1 + floor(power(o.r_ord, 1.4::float8) * o.cnt_then)::bigint
                            ELSE o.cnt + 1 + floor(o.r_ord * 1000000)::bigint END AS ord,
                       (:'camp_status'::text[])[nullif(o.gidx, 0)] AS cstatus
                FROM (
                  SELECT o.*, greatest(1, floor(o.cnt * (1 - power(least(o.age / 63072000.0::float8, 1),
                                                                   1 / 1.3::float8))))::bigint AS cnt_then
                  FROM (
                    SELECT d.*, md5(:'seed' || '/message/' || d.n) AS hid,
                           (:'owner_cnt'::bigint[])[d.u] > 0 AND (d.gidx > 0 OR d.r_other >= 0.08) AS is_contact,
                           extract(epoch FROM :'now'::timestamp - d.created_at)::float8 AS age,
                           (:'owner_cnt'::bigint[])[d.u] AS cnt
                    FROM (
                        SELECT n, s.t0 + ((n - s.lo) + random()) / (s.hi - s.lo + 1) * s.len AS created_at,
                               s.gidx, s.cstart + (n - s.lo) AS pos,
                               coalesce(s.u, (:'owner_map'::int[])[1 + floor(random() * 1000)::int]) AS u,
                               random() AS r_other, random() AS r_ord, random() AS r_status,
                               random() AS r_media, random() AS r_text, random() AS r_ack, random() AS r_meta,
                               random() AS r_sess, random() AS r_delay
                        FROM (SELECT * FROM bench_slot WHERE hi >= $2 AND lo <= $3 AND hi >= lo ORDER BY slot OFFSET 0) AS s
                        CROSS JOIN LATERAL generate_series(greatest(s.lo, $2), least(s.hi, $3)) AS n
                    ) AS d
                    OFFSET 0
                  ) AS o
                ) AS o
                OFFSET 0
            ) AS p
            CROSS JOIN LATERAL pg_temp.bench_contact(p.u, p.ord, p.cnt, (:'owner_profile'::int[])[p.u],
                                                     (:'owner_salt'::bigint[])[p.u], :seed, :'now'::timestamp) AS c
            OFFSET 0
        ) AS c0
        OFFSET 0
    ) AS z
    RETURNING 1
)
INSERT INTO bench_done SELECT $1, count(*) FROM ins;

SELECT cmd
FROM (SELECT i, pg_temp.bench_frac(i, :seed + CASE kind WHEN 'members' THEN 202 ELSE 303 END) * 2 - 1 AS seedval,
             CASE kind WHEN 'members' THEN format('EXECUTE bench_members(%s, %s, %s, %s)', i, u, lo, hi)
                       ELSE format('EXECUTE bench_messages(%s, %s, %s)', i, lo, hi) END AS run,
             format('[%s/%s] %s %s/%s', :worker + 1, :workers,
                    CASE kind WHEN 'members' THEN 'memberships' ELSE 'messages' END, n, n_of) AS label
      FROM bench_chunk WHERE i % :workers = :worker) AS q
CROSS JOIN LATERAL (VALUES
    (1, format('DO $d$ BEGIN PERFORM setseed(%s); PERFORM set_config(''bench.t0'', clock_timestamp()::text, false); END $d$', seedval)),
    (2, run),
    (3, format('SELECT pg_temp.bench_progress(%s, %L)', i, label))) AS v(k, cmd)
ORDER BY i, k \gexec
\quit
\endif

-- ===========================================================================================
-- finish: campaigns (counters from their messages), VACUUM (ANALYZE), summary
-- ===========================================================================================
\if :is_finish
SELECT clock_timestamp() AS t_campaigns \gset
INSERT INTO campaigns (id, user_id, session_id, name, message_template, status, total_recipients, sent_count,
                       failed_count, scheduled_at, started_at, completed_at, metadata, created_at, updated_at)
SELECT c.id, o.id, s.id, c.name, c.template, c.status,
       CASE WHEN c.status = 'draft' THEN 0
            WHEN c.status = 'scheduled' THEN CASE WHEN g.id IS NULL THEN o.cnt ELSE gs.members END
            ELSE ceil(coalesce(m.total, 0) / c.progress)::int END,
       coalesce(m.sent, 0), coalesce(m.failed, 0),
       c.scheduled_at,
       CASE WHEN c.status IN ('completed', 'failed', 'paused', 'running') THEN c.win_start END,
       CASE WHEN c.status = 'completed' THEN coalesce(m.last_at, c.win_end) + interval '2 seconds' END,
       jsonb_strip_nulls(jsonb_build_object(
           'audience', CASE WHEN g.id IS NULL THEN jsonb_build_object('all_contacts', true)
                            ELSE jsonb_build_object('group_id', g.id, 'group', g.name) END,
           'throttle_per_minute', c.throttle,
           'created_via', CASE WHEN c.j % 4 = 0 THEN 'api' ELSE 'dashboard' END,
           'media_type', c.media_type,
           'media_url', c.media_url,
           'paused_by', CASE WHEN c.status = 'paused' THEN o.email END,
           'paused_reason', CASE WHEN c.status = 'paused' THEN 'Stock running low, resume after restock' END,
           'error', CASE WHEN c.status = 'failed' THEN 'Session disconnected (LOGOUT): the phone logged out of WhatsApp Web' END)),
       c.created_at,
       CASE c.status
           WHEN 'completed' THEN coalesce(m.last_at, c.win_end) + interval '2 seconds'
           WHEN 'running' THEN greatest(coalesce(m.last_at, c.win_start), :'now'::timestamp - interval '20 seconds')
           WHEN 'failed' THEN coalesce(m.last_at, c.win_end) + interval '1 minute'
           WHEN 'paused' THEN coalesce(m.last_at, c.win_end) + interval '2 minutes'
           ELSE least(:'now'::timestamp, c.created_at + interval '2 hours 5 minutes') END
FROM bench_campaign c
JOIN bench_owner o USING (u)
LEFT JOIN bench_session s ON s.u = c.u AND s.j = c.session_j
LEFT JOIN (
    SELECT g.*, row_number() OVER (PARTITION BY g.u ORDER BY g.g) AS rn, count(*) OVER (PARTITION BY g.u) AS n
    FROM bench_group g WHERE g.kind <> 'none'
) AS g ON g.u = c.u AND c.audience_pick >= 100 AND g.rn = 1 + c.audience_pick % g.n
LEFT JOIN LATERAL (SELECT count(*) AS members FROM recipient_groups rg
                   WHERE rg.group_id = g.id AND c.status = 'scheduled') AS gs ON true
LEFT JOIN (
    SELECT (metadata->>'campaign_id')::uuid AS id,
           count(*) AS total,
           count(*) FILTER (WHERE status IN ('sent', 'delivered', 'read')) AS sent,
           count(*) FILTER (WHERE status = 'failed') AS failed,
           max(created_at) AS last_at
    FROM messages
    WHERE metadata ? 'campaign_id' AND user_id IN (SELECT id FROM bench_owner)
    GROUP BY 1
) AS m ON m.id = c.id
ORDER BY c.u, c.j;
SELECT format('campaigns %s in %s s', (SELECT count(*) FROM bench_campaign),
              round(extract(epoch FROM clock_timestamp() - :'t_campaigns'::timestamptz), 1));

-- Sessions writing different stretches of time at once split the pages of time-ordered indexes in
-- the middle and leave them half empty; the Node server appends in time order and leaves them full.
-- Rebuild those indexes (every index of messages and recipients whose key involves created_at,
-- unless it starts with a random key) so they have their production shape. Indexes that start
-- with a random key (an id, a phone number) or hold a few repeated values come out of concurrent
-- writers the way they would in production and are left alone.
CREATE TEMP VIEW bench_time_index AS
SELECT i.indexrelid::regclass AS index
FROM pg_index i
LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
WHERE i.indrelid IN ('messages'::regclass, 'recipients'::regclass)
  AND pg_get_indexdef(i.indexrelid) ~ '\mcreated_at\M'
  AND coalesce(a.attname NOT IN ('id', 'phone_number'), true);
SELECT clock_timestamp() AS t_reindex \gset
SELECT format('REINDEX INDEX %s', index) FROM bench_time_index ORDER BY index::text \gexec
SELECT format('REINDEX of %s time-ordered indexes in %s s', (SELECT count(*) FROM bench_time_index),
              round(extract(epoch FROM clock_timestamp() - :'t_reindex'::timestamptz), 1));

SELECT clock_timestamp() AS t_vacuum \gset
VACUUM (ANALYZE) users, whatsapp_sessions, groups, campaigns, recipients, recipient_groups, messages;
SELECT format('VACUUM (ANALYZE) in %s s', round(extract(epoch FROM clock_timestamp() - :'t_vacuum'::timestamptz), 1));

SELECT format('%-18s %12s rows %10s', c.relname, to_char(c.reltuples, 'FM999G999G999G990'),
              pg_size_pretty(pg_total_relation_size(c.oid)))
FROM pg_class c
WHERE c.oid IN ('users'::regclass, 'whatsapp_sessions'::regclass, 'recipients'::regclass, 'groups'::regclass,
                'recipient_groups'::regclass, 'campaigns'::regclass, 'messages'::regclass)
ORDER BY pg_total_relation_size(c.oid) DESC;
SELECT format('bench-user-01 owns %s %% of the messages and %s %% of the contacts; database %s',
              round(100.0 * (SELECT count(*) FROM messages WHERE user_id = o.id)
                    / greatest((SELECT count(*) FROM messages), 1), 2),
              round(100.0 * (SELECT count(*) FROM recipients WHERE user_id = o.id)
                    / greatest((SELECT count(*) FROM recipients), 1), 2),
              pg_size_pretty(pg_database_size(current_database())))
FROM bench_owner o WHERE o.u = 1;
\quit
\endif
