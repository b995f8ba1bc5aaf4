-- WaQtor Admin demo data set.
--
-- Makes, for the demo users: 9 WhatsApp sessions (every status), 10,000 contacts
-- (Arabic and Latin names, a few nasty ones), 10 groups with memberships,
-- 18 campaigns (every status) and 100,000 messages over the last 30 days.
--
-- DemoSeeder runs this file statement by statement inside ONE transaction, after it
-- has created admin@waqtor.demo, marketer@waqtor.demo and viewer@waqtor.demo.
-- So: no BEGIN or COMMIT here, no psql meta-commands, no user-supplied values.
--
-- Every timestamp is LOCALTIMESTAMP arithmetic because the columns are TIMESTAMP
-- without time zone holding the server wall-clock time. LOCALTIMESTAMP is frozen
-- for the transaction, so all rows agree on what now is.
--
-- random() is seeded first and only ever drawn in generate_series order (or from
-- a scan of a temp table filled in a fixed order), so every run gives the same
-- data: same names, phone numbers, groups, campaign counters, same row counts and
-- the same counts per status. Only the UUIDs and the timestamps (relative to now)
-- differ, plus, depending on the hour of the run, the day a few one-off messages
-- land on (and so, for some of them, the session that sent them).

SELECT setseed(0.42);

-- The temp tables below have no statistics, so cost estimates run high and JIT
-- would spend more time compiling than the queries take. More sort memory keeps
-- the 100,000-row plan off disk. LOCAL: both end with the transaction.
SET LOCAL jit = off;

SET LOCAL work_mem = '64MB';

DO $$
BEGIN
    IF (SELECT count(*) FROM users
        WHERE lower(email) IN ('admin@waqtor.demo', 'marketer@waqtor.demo', 'viewer@waqtor.demo')) <> 3 THEN
        RAISE EXCEPTION 'seed.sql: the three demo users must exist before the demo data is loaded';
    END IF;
END
$$;

-- Weighted picks from lists: pass power(random(), k) with k > 1 to favour the first items.
CREATE FUNCTION pg_temp.seed_pick(list text[], r double precision) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT list[1 + least(floor(r * cardinality(list))::int, cardinality(list) - 1)]
$$;

-- Short owner keys keep the generators readable: m = marketer, a = admin.
-- The viewer owns nothing, as a viewer would.
CREATE TEMP TABLE seed_users AS
SELECT CASE lower(email) WHEN 'marketer@waqtor.demo' THEN 'm' ELSE 'a' END AS owner, id
FROM users
WHERE lower(email) IN ('marketer@waqtor.demo', 'admin@waqtor.demo');

-- ---------------------------------------------------------------------------
-- WhatsApp sessions: one of each status at least.
-- session_data stands for the encrypted auth blob the Node server keeps, so it is
-- opaque base64. qr sessions have no phone number yet (they are not paired).
-- ---------------------------------------------------------------------------
INSERT INTO whatsapp_sessions (user_id, session_name, status, phone_number, session_data, qr_code, created_at, updated_at)
SELECT u.id, v.session_name, v.status, v.phone_number,
       CASE WHEN v.status IN ('ready', 'connecting') THEN
           'enc:v1:' || replace(encode(sha256(convert_to(v.session_name, 'UTF8'))
                                       || sha512(convert_to(v.phone_number, 'UTF8')), 'base64'), E'\n', '')
       END,
       v.qr_code,
       date_trunc('second', LOCALTIMESTAMP - v.created_ago),
       date_trunc('second', v.updated_at)
FROM (VALUES
    ('m', 'Riyadh Sales',      'ready',        '+966553187426',  NULL, interval '210 days', LOCALTIMESTAMP - interval '4 minutes'),
    ('m', 'Cairo Support',     'ready',        '+201006482913',  NULL, interval '160 days', LOCALTIMESTAMP - interval '11 minutes'),
    ('m', 'Berlin Office',     'ready',        '+4915112837465', NULL, interval '95 days',  LOCALTIMESTAMP - interval '2 minutes'),
    ('m', 'Jeddah Branch',     'connecting',   '+966540772198',  NULL, interval '6 days',   LOCALTIMESTAMP - interval '5 seconds'),
    ('m', 'Marketing Phone 2', 'qr',           NULL,
        '2@UvImZaYMEtKJGF2VDuiBNgkWb2sRPReNbA/TkB/yOaGglfIPk5VlDPk4C47bIkprJIoekk6P0K4uGpSSozBfGIy2,'
        || 'EJAPnjR/rohtxlB3lex0XEw/yy6yxz4Uk0yGfuBXunI=,SZv6Eh6DayrBVybufWsK9qsTw46SyuDRUFexWZh/lMw=,'
        || 'dBHXF/FFebKqEA+7s0+lk/6u0nJIt2Ljq1gF8HZaK5w=',
        interval '1 hour', LOCALTIMESTAMP - interval '20 seconds'),
    -- An 87x87 1-bit PNG that looks like a QR code, as some clients store it.
    ('m', 'Spare Android',     'qr',           NULL,
        'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAFcAAABXAQAAAABZs+TBAAAA8UlEQVR42q3TsY3DMAwFUBou3CkL'
        || 'ENAa7LSSvYDkLJCspC5rBMgCcaeCEI++XJJGYoqcqwfBlijyG+T1VPjGDIBD5hkg9p3En4UXYcPzhAd1RtP+WMbtgzHS+9um9dw1jNuz'
        || 'hqa1/uWCr7u0rA3gIUP660nbFWDJcg+6Z98kx8utEvbNc4CUdYUNu8CHPG5lrF2LZK8rvz3vWocSCSGg4UrgAj7e71hru8IkJ7A8FH8u'
        || '4Cbse0/and7Za1nn4le4xukxo7Z1vlWPJsuaEyA9fd/TcAwalWeu2vYrcSpsOAnOhC7sM+pZ8+bodgLD//Qv/wAaZzPvFifqMAAAAABJ'
        || 'RU5ErkJggg==',
        interval '3 days', LOCALTIMESTAMP - interval '45 seconds'),
    -- Logged out 12 days ago, 40 minutes into the Invoice reminders campaign.
    ('m', 'Old Number',        'disconnected', '+966503349812',  NULL, interval '400 days',
        date_trunc('day', LOCALTIMESTAMP) - interval '12 days' + interval '9 hours 40 minutes'),
    ('a', 'Admin Main',        'ready',        '+966566120457',  NULL, interval '420 days', LOCALTIMESTAMP - interval '7 minutes'),
    ('a', 'Admin Test',        'disconnected', '+201228840213',  NULL, interval '300 days',
        date_trunc('day', LOCALTIMESTAMP) - interval '20 days' + interval '18 hours 5 minutes')
) AS v(owner, session_name, status, phone_number, qr_code, created_ago, updated_at)
JOIN seed_users u USING (owner);

-- ---------------------------------------------------------------------------
-- Contacts. Built in a temp table first because groups, campaign audiences and
-- messages all pick contacts by (owner, ord), an integer that is the same on
-- every run, unlike the UUIDs.
-- Phone numbers are country prefix + carrier + ord times a large odd multiplier
-- (not a multiple of 5) modulo 10^7 or 10^8: a bijection, so numbers are unique
-- per owner by construction, yet look scattered.
-- The last 3 % of each owner are contacts added during the last 30 days.
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE seed_contacts AS
WITH lists AS (
    SELECT
        -- Arabic given names with the transliteration at the same index.
        ARRAY['محمد','أحمد','عبدالله','خالد','فهد','سعود','عمر','يوسف','علي','إبراهيم','حسن','مصطفى',
              'طارق','سلطان','ناصر','ماجد','كريم','عمرو','محمود','وليد','تركي','بندر','هشام','ياسر'] AS male_ar,
        ARRAY['Mohammed','Ahmed','Abdullah','Khalid','Fahad','Saud','Omar','Youssef','Ali','Ibrahim','Hassan','Mostafa',
              'Tarek','Sultan','Nasser','Majed','Karim','Amr','Mahmoud','Waleed','Turki','Bandar','Hisham','Yasser'] AS male_en,
        ARRAY['فاطمة','فاطمة الزهراء','نورة','سارة','مريم','ريم','هند','ليلى','منى','دينا','آية','نور',
              'هدى','شيماء','لطيفة','أمل','رنا','ياسمين','جود','لمى','سلمى','منيرة'] AS female_ar,
        ARRAY['Fatima','Fatma Elzahraa','Noura','Sara','Mariam','Reem','Hind','Layla','Mona','Dina','Aya','Nour',
              'Huda','Shaimaa','Latifa','Amal','Rana','Yasmin','Joud','Lama','Salma','Munira'] AS female_en,
        ARRAY['العتيبي','القحطاني','الغامدي','الشهري','الدوسري','الحربي','المطيري','الزهراني',
              'العنزي','السبيعي','الشمري','الحارثي','العمري','البلوي','السهلي','المالكي'] AS sa_last_ar,
        ARRAY['Al-Otaibi','Al-Qahtani','Al-Ghamdi','Al-Shehri','Al-Dosari','Al-Harbi','Al-Mutairi','Al-Zahrani',
              'Al-Anazi','Al-Subaie','Al-Shammari','Al-Harthi','Al-Omari','Al-Balawi','Al-Sahli','Al-Malki'] AS sa_last_en,
        ARRAY['حسن','عبد الرحمن','السيد','إبراهيم','مصطفى','عبد العزيز','فوزي','الشريف',
              'منصور','سالم','النجار','عادل','شحاتة','عبد الفتاح','رمضان','جمال'] AS eg_last_ar,
        ARRAY['Hassan','Abdelrahman','El-Sayed','Ibrahim','Mostafa','Abdelaziz','Fawzy','El-Sherif',
              'Mansour','Salem','El-Naggar','Adel','Shehata','Abdel-Fattah','Ramadan','Gamal'] AS eg_last_en,
        ARRAY['Lukas','Anna','Jonas','Lea','Maximilian','Sophie','Felix','Marie','Jürgen','Zoë','Björn','Søren',
              'François','Renée','José','Chloé','Mia','Noah','Émile','Jörg','Ingrid','Paul','Élodie','Ayşe',
              'Mehmet','Łukasz','Małgorzata','Günther','Käthe','Tobias'] AS eu_first,
        ARRAY['Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Schäfer','Koch',
              'Bauer','Richter','Klein','Wolf','Schröder','Neumann','Zimmermann','Krüger','Hoffmann','Lefèvre',
              'García','Núñez','Kowalski','Yılmaz','Öztürk','Dubois','Groß','Weiß'] AS eu_last,
        ARRAY['James','Emily','Oliver','Priya','Rahul','Aisha','Daniel','Grace','Arjun','Chloe',
              'Liam','Sofia','Ravi','Hannah','Thomas'] AS intl_first,
        ARRAY['Smith','Jones','Williams','Brown','Taylor','Sharma','Nair','Khan','Patel','Wilson',
              'Davies','Evans','Menon','D''Souza','Fernandes'] AS intl_last
),
draw AS MATERIALIZED (
    SELECT o.owner, g AS ord, o.n_total, o.salt,
           random() AS r_country, random() AS r_script, random() AS r_female, random() AS r_first,
           random() AS r_last, random() AS r_carrier, random() AS r_email, random() AS r_email_fmt,
           random() AS r_domain, random() AS r_fields, random() AS r_city, random() AS r_spell,
           random() AS r_company, random() AS r_tier, random() AS r_status, random() AS r_created,
           random() AS r_touched, random() AS r_news, random() AS r_ramadan
    FROM (VALUES ('m', 9000, 0), ('a', 1000, 3141593)) AS o(owner, n_total, salt)
    CROSS JOIN LATERAL generate_series(1, o.n_total) AS g
),
placed AS (
    SELECT d.*,
           CASE WHEN owner = 'm' THEN
                CASE WHEN r_country < 0.55 THEN 'SA' WHEN r_country < 0.85 THEN 'EG'
                     WHEN r_country < 0.95 THEN 'DE' WHEN r_country < 0.98 THEN 'AE' ELSE 'GB' END
           ELSE CASE WHEN r_country < 0.60 THEN 'SA' WHEN r_country < 0.85 THEN 'EG'
                     WHEN r_country < 0.95 THEN 'DE' ELSE 'AE' END
           END AS country
    FROM draw d
),
origin AS (
    SELECT p.*,
           CASE WHEN country IN ('SA', 'EG') OR (country = 'AE' AND r_script < 0.70) THEN 'arab'
                WHEN country = 'DE' THEN 'eu' ELSE 'intl' END AS origin
    FROM placed p
),
-- Rows that break naive code: quotes, emoji, mixed scripts, CSV separators, 200 characters.
tagged AS (
    SELECT o.*, x.special_name, x.special_email
    FROM origin o
    LEFT JOIN (VALUES
        ('m', 17,   'Seán O''Brien',                     'sean.obrien@eircom.net'),
        ('m', 42,   'Nour 🌙 Hassan',                    NULL),
        ('m', 99,   'ريم 🌸 الشهري',                     'reem.alshehri@hotmail.com'),
        ('m', 256,  'Abdulrahman bin Mohammed bin Abdullah bin Abdulaziz bin Faisal bin Turki '
                    'bin Saud bin Nasser bin Khalid bin Fahad bin Sultan bin Salman bin Majed '
                    'bin Bandar bin Mishari bin Talal bin Nawwaf Al-Hamdani', NULL),
        ('m', 512,  'Smith, John "Johnny"',              'john.smith+whatsapp@example.co.uk'),
        ('m', 1024, 'محمد (Mo) العلي',                   'mo.alali@outlook.sa'),
        ('m', 2048, 'Zoë & Jürgen Müller-Lüdenscheidt', 'zoe.juergen@mueller-luedenscheidt.de'),
        ('a', 7,    'D''Angelo Russo',                   'dangelo.russo@example.it')
    ) AS x(owner, ord, special_name, special_email) USING (owner, ord)
),
named AS (
    SELECT o.*,
           -- Most Saudi and Egyptian contacts are saved in Arabic letters, some transliterated,
           -- and 3 % were imported without any name.
           CASE WHEN special_name ~ '[ء-ي]' THEN 'ar'
                WHEN special_name IS NOT NULL THEN 'lat'
                WHEN r_script >= 0.97 THEN NULL
                WHEN origin = 'arab' AND r_script < 0.62 THEN 'ar'
                ELSE 'lat' END AS script,
           CASE origin
                WHEN 'arab' THEN CASE WHEN r_female < 0.45 THEN pg_temp.seed_pick(female_ar, r_first)
                                      ELSE pg_temp.seed_pick(male_ar, r_first) END
           END AS first_ar,
           CASE origin
                WHEN 'arab' THEN CASE WHEN r_female < 0.45 THEN pg_temp.seed_pick(female_en, r_first)
                                      ELSE pg_temp.seed_pick(male_en, r_first) END
                WHEN 'eu'   THEN pg_temp.seed_pick(eu_first, r_first)
                ELSE             pg_temp.seed_pick(intl_first, r_first)
           END AS first_en,
           CASE WHEN origin = 'arab' AND country = 'EG' THEN pg_temp.seed_pick(eg_last_ar, r_last)
                WHEN origin = 'arab' THEN pg_temp.seed_pick(sa_last_ar, r_last)
           END AS last_ar,
           CASE WHEN origin = 'arab' AND country = 'EG' THEN pg_temp.seed_pick(eg_last_en, r_last)
                WHEN origin = 'arab' THEN pg_temp.seed_pick(sa_last_en, r_last)
                WHEN origin = 'eu'   THEN pg_temp.seed_pick(eu_last, r_last)
                ELSE                      pg_temp.seed_pick(intl_last, r_last)
           END AS last_en
    FROM tagged o CROSS JOIN lists
),
located AS (
    SELECT n.*,
           CASE country
                WHEN 'SA' THEN '+9665' || pg_temp.seed_pick('{0,3,4,5,6,8,9}', r_carrier)
                               || lpad(((ord::bigint * 7368787 + salt) % 10000000)::text, 7, '0')
                WHEN 'EG' THEN '+201' || pg_temp.seed_pick('{0,1,2,5}', r_carrier)
                               || lpad(((ord::bigint * 73687877 + salt) % 100000000)::text, 8, '0')
                WHEN 'DE' THEN '+49' || pg_temp.seed_pick('{151,152,157,160,162,170,171,172,176,177,178,179}', r_carrier)
                               || lpad(((ord::bigint * 73687877 + salt) % 100000000)::text, 8, '0')
                WHEN 'AE' THEN '+9715' || pg_temp.seed_pick('{0,2,4,5,6,8}', r_carrier)
                               || lpad(((ord::bigint * 7368787 + salt) % 10000000)::text, 7, '0')
                ELSE           '+447' || pg_temp.seed_pick('{4,5,7,8,9}', r_carrier)
                               || lpad(((ord::bigint * 73687877 + salt) % 100000000)::text, 8, '0')
           END AS phone_number,
           -- City lists come in pairs (Latin, Arabic) with the busiest city first.
           (CASE country
                WHEN 'SA' THEN ARRAY[['Riyadh','الرياض'],['Jeddah','جدة'],['Dammam','الدمام'],['Mecca','مكة المكرمة'],
                                     ['Medina','المدينة المنورة'],['Khobar','الخبر'],['Abha','أبها']]
                WHEN 'EG' THEN ARRAY[['Cairo','القاهرة'],['Alexandria','الإسكندرية'],['Giza','الجيزة'],
                                     ['Mansoura','المنصورة'],['Tanta','طنطا']]
                WHEN 'DE' THEN ARRAY[['Berlin','Berlin'],['München','München'],['Hamburg','Hamburg'],['Köln','Köln'],
                                     ['Munich','Munich'],['Frankfurt am Main','Frankfurt am Main'],['Düsseldorf','Düsseldorf']]
                WHEN 'AE' THEN ARRAY[['Dubai','دبي'],['Abu Dhabi','أبوظبي'],['Sharjah','الشارقة']]
                ELSE           ARRAY[['London','London'],['Manchester','Manchester'],['Birmingham','Birmingham']]
           END)[1 + floor(power(r_city, 1.6) * CASE country WHEN 'SA' THEN 7 WHEN 'EG' THEN 5 WHEN 'DE' THEN 7 ELSE 3 END)::int]
               [CASE WHEN (script = 'ar' AND r_spell < 0.75) OR (script = 'lat' AND r_spell < 0.08) THEN 2 ELSE 1 END]
           AS city,
           CASE country
                WHEN 'SA' THEN pg_temp.seed_pick('{"Al Rajhi Trading","مؤسسة النخبة للتجارة","Jarir Bookstore","شركة الفجر",'
                                                 '"Tamimi Markets","Almarai","Nahdi Medical","مكتب الريادة العقاري"}', r_company / 0.6)
                WHEN 'EG' THEN pg_temp.seed_pick('{"Nile Foods","شركة النيل للمقاولات","Elaraby Group","Cairo Pharma",'
                                                 '"Vodafone Egypt","مكتبة الشروق"}', r_company / 0.6)
                WHEN 'DE' THEN pg_temp.seed_pick('{"Bäckerei Schmidt GmbH","Müller & Söhne KG","Zalando SE","Siemens AG",'
                                                 'Freelancer,"Café Überall"}', r_company / 0.6)
                ELSE           pg_temp.seed_pick('{"Emirates NBD",Careem,"Acme Ltd",Freelancer,"Noon.com"}', r_company / 0.6)
           END AS company,
           CASE WHEN r_tier < 0.10 THEN 'gold' WHEN r_tier < 0.35 THEN 'silver' ELSE 'bronze' END AS tier,
           CASE WHEN script = 'ar' THEN 'ar' WHEN origin = 'eu' THEN 'de' ELSE 'en' END AS lang,
           -- Email local part from the Latin spelling, folded to ASCII.
           regexp_replace(translate(replace(replace(lower(first_en), 'ß', 'ss'), 'ø', 'o'),
                                    'àáâäãåçèéêëìíîïñòóôöõùúûüýÿłşığšžćńśźż',
                                    'aaaaaaceeeeiiiinooooouuuuyylsigszcnszz'), '[^a-z]', '', 'g') AS mail_first,
           regexp_replace(translate(replace(replace(lower(last_en), 'ß', 'ss'), 'ø', 'o'),
                                    'àáâäãåçèéêëìíîïñòóôöõùúûüýÿłşığšžćńśźż',
                                    'aaaaaaceeeeiiiinooooouuuuyylsigszcnszz'), '[^a-z]', '', 'g') AS mail_last
    FROM named n
),
shaped AS (
    SELECT l.*,
           CASE script WHEN 'ar' THEN first_ar || ' ' || last_ar WHEN 'lat' THEN first_en || ' ' || last_en END AS plain_name,
           CASE WHEN script IS NOT NULL AND r_email < CASE WHEN origin = 'arab' THEN 0.38 ELSE 0.68 END THEN
                CASE WHEN r_email_fmt < 0.35 THEN mail_first || '.' || mail_last
                     WHEN r_email_fmt < 0.55 THEN mail_first || mail_last || ((ord * 37) % 997)
                     WHEN r_email_fmt < 0.70 THEN left(mail_first, 1) || '.' || mail_last
                     ELSE mail_first || '.' || mail_last || ((ord * 7) % 89 + 10) END
                || '@' ||
                CASE country
                     WHEN 'SA' THEN pg_temp.seed_pick('{gmail.com,hotmail.com,outlook.sa,yahoo.com,icloud.com}', power(r_domain, 1.5))
                     WHEN 'EG' THEN pg_temp.seed_pick('{gmail.com,yahoo.com,hotmail.com,outlook.com,icloud.com}', power(r_domain, 1.5))
                     WHEN 'DE' THEN pg_temp.seed_pick('{gmx.de,web.de,gmail.com,t-online.de,posteo.de,outlook.de}', power(r_domain, 1.3))
                     ELSE           pg_temp.seed_pick('{gmail.com,outlook.com,icloud.com,yahoo.co.uk,hotmail.co.uk}', power(r_domain, 1.5))
                END
           END AS plain_email,
           CASE WHEN ord > n_total * 0.97
                THEN date_trunc('second', LOCALTIMESTAMP - interval '1 hour' - r_created * interval '28 days')
                ELSE date_trunc('second', LOCALTIMESTAMP - interval '31 days' - r_created * interval '370 days')
           END AS created_at
    FROM located l
)
SELECT owner, ord, n_total, country,
       coalesce(special_name, plain_name) AS name,
       CASE WHEN special_name IS NULL THEN plain_email ELSE special_email END AS email,
       phone_number, city, tier, lang,
       CASE WHEN r_fields < 0.12 THEN NULL
            WHEN r_fields < 0.22 THEN jsonb_build_object('city', city)
            ELSE jsonb_strip_nulls(jsonb_build_object(
                     'city', city,
                     'company', CASE WHEN r_company < 0.6 THEN company END,
                     'tier', tier,
                     'language', lang))
       END AS custom_fields,
       CASE WHEN r_status < 0.92 OR special_name IS NOT NULL THEN 'active' WHEN r_status < 0.965 THEN 'blocked' ELSE 'invalid' END AS status,
       created_at,
       CASE WHEN r_touched < 0.3 THEN date_trunc('second', created_at + (LOCALTIMESTAMP - created_at) * (r_touched / 0.3))
            ELSE created_at END AS updated_at,
       r_touched, r_news, r_ramadan,
       gen_random_uuid() AS id
FROM shaped
ORDER BY owner, ord;

INSERT INTO recipients (id, user_id, phone_number, name, email, custom_fields, status, created_at, updated_at)
SELECT c.id, u.id, c.phone_number, c.name, c.email, c.custom_fields, c.status, c.created_at, c.updated_at
FROM seed_contacts c JOIN seed_users u USING (owner)
ORDER BY c.owner, c.ord;

-- ---------------------------------------------------------------------------
-- Groups. Both owners have a VIP group: names are unique per owner only.
-- Trade fair leads (Dubai) stays empty on purpose.
-- ---------------------------------------------------------------------------
INSERT INTO groups (user_id, name, description, created_at, updated_at)
SELECT u.id, v.name, v.description,
       date_trunc('day', LOCALTIMESTAMP) - v.days_ago * interval '1 day' + interval '10 hours 15 minutes',
       date_trunc('day', LOCALTIMESTAMP) - v.days_ago * interval '1 day' / 2 + interval '16 hours 40 minutes'
FROM (VALUES
    ('m', 'VIP',                      'Gold-tier customers: early access and personal offers', 380),
    ('m', 'Riyadh customers',         'Everyone whose city is Riyadh (الرياض)',                  300),
    ('m', 'عملاء القاهرة',             'عملاء فرع القاهرة',                                       200),
    ('m', 'Newsletter',               'Opted in to the weekly newsletter',                      390),
    ('m', 'Ramadan 2026',             'Audience for the Ramadan 2026 offers',                   60),
    ('m', 'Berlin leads',             'Leads collected by the Berlin office',                   150),
    ('m', 'Trade fair leads (Dubai)', 'Empty until the fair: import the badge scans here',      2),
    ('a', 'Staff',                    'WaQtor team members',                                    400),
    ('a', 'Beta testers',             'Customers trying WaQtor 2.0 before release',             90),
    ('a', 'VIP',                      'Key accounts',                                           400)
) AS v(owner, name, description, days_ago)
JOIN seed_users u USING (owner);

-- Membership follows the contact data (city, tier, email) so filters in the app agree
-- with the groups, and every member has the fields the group campaigns use.
-- Kept by ord so campaign audiences can reuse it.
CREATE TEMP TABLE seed_membership AS
SELECT c.owner, c.ord, r.grp
FROM seed_contacts c
CROSS JOIN LATERAL (VALUES
    ('VIP',              c.custom_fields->>'tier' = 'gold'),
    ('Riyadh customers', c.owner = 'm' AND c.custom_fields->>'city' IN ('Riyadh', 'الرياض')),
    ('عملاء القاهرة',     c.owner = 'm' AND c.custom_fields->>'city' IN ('Cairo', 'القاهرة')),
    ('Newsletter',       c.owner = 'm' AND c.email IS NOT NULL AND c.r_news < 0.7),
    ('Ramadan 2026',     c.owner = 'm' AND c.country IN ('SA', 'EG', 'AE') AND c.custom_fields->>'city' IS NOT NULL
                         AND c.r_ramadan < 0.5),
    ('Berlin leads',     c.owner = 'm' AND c.custom_fields->>'city' = 'Berlin'),
    ('Staff',            c.owner = 'a' AND c.email IS NOT NULL AND c.r_news < 0.22),
    ('Beta testers',     c.owner = 'a' AND c.r_ramadan < 0.15)
) AS r(grp, hit)
WHERE r.hit
ORDER BY c.owner, c.ord, r.grp;

-- Joined on (user_id, name) so a contact only ever lands in a group of its own owner.
INSERT INTO recipient_groups (recipient_id, group_id, created_at)
SELECT c.id, g.id,
       least(LOCALTIMESTAMP, date_trunc('second', greatest(c.created_at, g.created_at) + c.r_touched * interval '3 days'))
FROM seed_membership m
JOIN seed_contacts c ON c.owner = m.owner AND c.ord = m.ord
JOIN seed_users u ON u.owner = m.owner
JOIN groups g ON g.user_id = u.id AND g.name = m.grp;

-- ---------------------------------------------------------------------------
-- Campaigns. Their counters are filled last, from the messages they produced.
-- start_day/start_time: started that many days before today at that time (NULL
-- start_day = relative to now). processed: share of the audience already sent when
-- the campaign stopped or paused, pending: share queued right now.
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE seed_campaigns AS
SELECT v.key, v.owner, u.id AS user_id, gen_random_uuid() AS id, s.id AS session_id, v.session_name,
       v.name, v.template, v.status, v.audience, v.processed, v.pending, v.media_type, v.media_url, v.extra,
       t.started_at,
       -- Time over which the processed part went out.
       CASE v.status WHEN 'running' THEN LOCALTIMESTAMP - t.started_at - interval '2 minutes'
                     WHEN 'completed' THEN v.duration
                     ELSE v.duration * v.processed END AS send_span,
       CASE WHEN v.status = 'completed' THEN t.started_at + v.duration + interval '1 minute' END AS completed_at,
       CASE WHEN v.status = 'scheduled' THEN date_trunc('day', LOCALTIMESTAMP) + v.sched_day * interval '1 day' + v.start_time
            WHEN v.name LIKE 'Weekly newsletter%' THEN t.started_at END AS scheduled_at,
       date_trunc('day', LOCALTIMESTAMP) - v.created_day * interval '1 day' + interval '9 hours' + v.key * interval '7 minutes' AS created_at
FROM (VALUES
    (1, 'm', 'Riyadh Sales', 'Weekly newsletter #40',
        'Hi {{name}}, your weekly WaQtor digest is here 📰 New arrivals, opening hours for our {{city}} store and a coupon just for you. We also sent it to {{email}}. Reply STOP to unsubscribe.',
        'completed', 'Newsletter', 28, interval '10 hours', interval '3 hours', 1.0, 0.0, NULL::int, 30, NULL, NULL, NULL::jsonb),
    (2, 'm', 'Riyadh Sales', 'Weekly newsletter #41',
        'Hi {{name}}, your weekly WaQtor digest is here 📰 New arrivals, opening hours for our {{city}} store and a coupon just for you. We also sent it to {{email}}. Reply STOP to unsubscribe.',
        'completed', 'Newsletter', 21, interval '10 hours', interval '3 hours', 1.0, 0.0, NULL, 23, NULL, NULL, NULL),
    (3, 'm', 'Riyadh Sales', 'Weekly newsletter #42',
        'Hi {{name}}, your weekly WaQtor digest is here 📰 New arrivals, opening hours for our {{city}} store and a coupon just for you. We also sent it to {{email}}. Reply STOP to unsubscribe.',
        'completed', 'Newsletter', 14, interval '10 hours', interval '3 hours', 1.0, 0.0, NULL, 16, NULL, NULL, NULL),
    (4, 'm', 'Riyadh Sales', 'Weekly newsletter #43',
        'Hi {{name}}, your weekly WaQtor digest is here 📰 New arrivals, opening hours for our {{city}} store and a coupon just for you. We also sent it to {{email}}. Reply STOP to unsubscribe.',
        'completed', 'Newsletter', 7, interval '10 hours', interval '3 hours', 1.0, 0.0, NULL, 9, NULL, NULL, NULL),
    (5, 'm', 'Riyadh Sales', 'Weekly newsletter #44',
        'Hi {{name}}, your weekly WaQtor digest is here 📰 New arrivals, opening hours for our {{city}} store and a coupon just for you. We also sent it to {{email}}. Reply STOP to unsubscribe.',
        'running', 'Newsletter', NULL, interval '2 hours 40 minutes', NULL, 0.55, 0.10, NULL, 2, NULL, NULL, NULL),
    (6, 'm', 'Riyadh Sales', 'عروض رمضان — خصم 20٪',
        'مرحباً {{name}} 🌙 رمضان كريم! خصم 20٪ على جميع المنتجات في فرع {{city}} حتى نهاية الشهر. للاستفسار ردّ على هذه الرسالة.',
        'completed', 'Ramadan 2026', 25, interval '20 hours 30 minutes', interval '4 hours', 1.0, 0.0, NULL, 27,
        'image', 'https://cdn.waqtor.demo/campaigns/ramadan-offers-banner.jpg', NULL),
    (7, 'm', 'Cairo Support', 'افتتاح فرع القاهرة الجديد',
        'أهلاً {{name}}، يسعدنا دعوتك لافتتاح فرعنا الجديد في {{city}} يوم الخميس. أرسل "نعم" لتأكيد الحضور.',
        'completed', 'عملاء القاهرة', 18, interval '11 hours', interval '2 hours', 1.0, 0.0, NULL, 20, NULL, NULL, NULL),
    (8, 'm', 'Berlin Office', 'Frühlingsaktion Berlin',
        'Hallo {{name}}, unsere Frühlingsaktion in {{city}} startet heute: 15 % auf alles bis Sonntag. Antworte STOP zum Abmelden.',
        'completed', 'Berlin leads', 16, interval '9 hours 30 minutes', interval '1 hour', 1.0, 0.0, NULL, 17, NULL, NULL, NULL),
    (9, 'm', 'Riyadh Sales', 'VIP early access — new collection',
        'Dear {{name}}, as a {{tier}} member you get 48-hour early access to our new collection ✨ Show this message at our {{city}} store or reply to reserve.',
        'completed', 'VIP', 11, interval '17 hours', interval '2 hours', 1.0, 0.0, NULL, 13,
        'video', 'https://cdn.waqtor.demo/campaigns/new-collection-teaser.mp4', NULL),
    (10, 'm', 'Riyadh Sales', 'White Friday flash sale',
        'White Friday ⚡ {{name}}, up to 60% off for the next 24 hours! Shop now: https://waqtor.demo/s/wf',
        'paused', NULL, 3, interval '18 hours', interval '10 hours', 0.38, 0.0, NULL, 4,
        'image', 'https://cdn.waqtor.demo/campaigns/white-friday.png',
        '{"paused_by": "marketer@waqtor.demo", "paused_reason": "Stock running low, resume after restock"}'),
    (11, 'm', 'Old Number', 'Invoice reminders',
        'Dear {{name}}, the invoice for account {{phone_number}} is due in 3 days. Pay online: https://pay.waqtor.demo/i',
        'failed', 'Riyadh customers', 12, interval '9 hours', interval '3 hours', 0.22, 0.0, NULL, 13, NULL, NULL,
        '{"error": "Session disconnected (LOGOUT): the phone logged out of WhatsApp Web"}'),
    (12, 'm', 'Riyadh Sales', 'Summer collection teaser',
        'Psst {{name}} ☀️ Our summer collection lands next week. VIP members in {{city}} see it first.',
        'scheduled', 'VIP', NULL, interval '10 hours', NULL, 0.0, 0.0, 3, 2, NULL, NULL, NULL),
    (13, 'm', 'Cairo Support', 'تهنئة العيد',
        'كل عام وأنتم بخير يا {{name}} 🎉 عيد مبارك من فريق WaQtor في {{city}}.',
        'scheduled', 'Ramadan 2026', NULL, interval '8 hours', NULL, 0.0, 0.0, 12, 1, NULL, NULL, NULL),
    (14, 'm', NULL, 'Loyalty survey',
        'Hi {{name}}, how likely are you to recommend us to a friend? Reply with a number from 0 to 10.',
        'draft', NULL, NULL, NULL, NULL, 0.0, 0.0, NULL, 6, NULL, NULL, NULL),
    (15, 'm', 'Riyadh Sales', 'عرض نهاية الأسبوع',
        'عرض نهاية الأسبوع لعملائنا في {{city}}: اشترِ قطعتين واحصل على الثالثة مجاناً! 🛍️ {{name}}، العرض ساري حتى السبت.',
        'draft', 'Riyadh customers', NULL, NULL, NULL, 0.0, 0.0, NULL, 1, NULL, NULL, NULL),
    (16, 'a', 'Admin Main', 'Staff onboarding notice',
        'Hello {{name}}, welcome aboard! Your WaQtor account uses {{email}}. Please finish onboarding by Thursday.',
        'completed', 'Staff', 20, interval '8 hours 30 minutes', interval '40 minutes', 1.0, 0.0, NULL, 21, NULL, NULL, NULL),
    (17, 'a', 'Admin Main', 'Beta feedback request',
        'Hi {{name}}, thanks for testing the WaQtor 2.0 beta 🙏 What should we improve? Just reply here.',
        'completed', 'Beta testers', 5, interval '14 hours', interval '30 minutes', 1.0, 0.0, NULL, 6, NULL, NULL, NULL),
    (18, 'a', 'Admin Test', 'Maintenance notice',
        'Heads-up {{name}}: WaQtor will be down for maintenance on Sunday 02:00–04:00 ({{city}} time).',
        'draft', NULL, NULL, NULL, NULL, 0.0, 0.0, NULL, 3, NULL, NULL, NULL)
) AS v(key, owner, session_name, name, template, status, audience, start_day, start_time, duration,
       processed, pending, sched_day, created_day, media_type, media_url, extra)
JOIN seed_users u USING (owner)
LEFT JOIN whatsapp_sessions s ON s.user_id = u.id AND s.session_name = v.session_name
CROSS JOIN LATERAL (SELECT CASE WHEN v.status IN ('draft', 'scheduled') THEN NULL
                                WHEN v.start_day IS NULL THEN LOCALTIMESTAMP - v.start_time
                                ELSE date_trunc('day', LOCALTIMESTAMP) - v.start_day * interval '1 day' + v.start_time
                           END AS started_at) AS t
ORDER BY v.key;

-- Audience = the group (or every contact) minus blocked ones. Campaigns that have
-- started leave out the contacts added during the last 30 days (they did not exist
-- yet), judged by ord rather than by time so the audience does not depend on the
-- hour the seed runs. rank is a fixed shuffle: the order the sender went through it.
CREATE TEMP TABLE seed_audience AS
SELECT c.key, ct.owner, ct.ord,
       row_number() OVER (PARTITION BY c.key ORDER BY (ct.ord * 7919) % 9973, ct.ord) AS rank,
       count(*) OVER (PARTITION BY c.key) AS size
FROM seed_campaigns c
JOIN seed_contacts ct ON ct.owner = c.owner AND ct.status <> 'blocked'
                     AND (c.started_at IS NULL OR ct.ord <= floor(ct.n_total * 0.97))
WHERE c.status <> 'draft'
  AND (c.audience IS NULL
       OR EXISTS (SELECT 1 FROM seed_membership m
                  WHERE m.owner = ct.owner AND m.ord = ct.ord AND m.grp = c.audience))
ORDER BY c.key, rank;

-- ---------------------------------------------------------------------------
-- Messages: first plan who gets what and when (campaign sends, then one-off
-- messages up to exactly 100,000), then dress the plan up in one INSERT.
-- ---------------------------------------------------------------------------
CREATE TEMP TABLE seed_plan (
    n              bigint GENERATED ALWAYS AS IDENTITY,
    owner          text NOT NULL,
    ord            int,            -- NULL: a number that is not in the contacts
    phone_number   text,           -- only for numbers outside the contacts
    country        text,
    campaign_key   int,
    live           boolean NOT NULL DEFAULT false,
    forced_status  text,
    forced_error   text,
    created_at     timestamp NOT NULL
);

INSERT INTO seed_plan (owner, ord, campaign_key, forced_status, forced_error, created_at)
SELECT a.owner, a.ord, c.key,
       CASE WHEN a.rank > p.processed THEN 'pending'
            WHEN c.status = 'failed' AND a.rank > p.processed * 0.6 THEN 'failed' END,
       CASE WHEN c.status = 'failed' AND a.rank <= p.processed AND a.rank > p.processed * 0.6
            THEN 'Session disconnected' END,
       CASE WHEN a.rank > p.processed
            -- The queue of a running campaign: enqueued in batches over the last minutes.
            THEN LOCALTIMESTAMP - (a.rank % 5) * interval '40 seconds'
            ELSE c.started_at + c.send_span * ((a.rank - 1)::float8 / greatest(p.processed, 1))
                 + ((a.rank * 7919) % 53) * interval '1 second'
       END
FROM seed_audience a
JOIN seed_campaigns c USING (key)
CROSS JOIN LATERAL (SELECT CASE WHEN c.status = 'completed' THEN a.size::int
                                ELSE round(a.size * c.processed)::int END AS processed,
                           round(a.size * c.pending)::int AS pending) AS p
WHERE c.status IN ('completed', 'running', 'paused', 'failed')
  AND a.rank <= p.processed + p.pending
ORDER BY c.key, a.rank;

-- One-off messages (API notifications, chat replies): daytime-heavy, a few active
-- contacts get many, 8 % go to numbers that are not saved as contacts.
-- A few live ones fill the last 3 hours, counted back from now. All others sit on
-- day + time of day and are pushed back whole days if that falls in those 3 hours,
-- so the status mix does not depend on the hour of the run (see the header).
INSERT INTO seed_plan (owner, ord, phone_number, country, live, created_at)
SELECT d.owner,
       CASE WHEN d.r_known < 0.92 THEN 1 + floor(power(d.r_ord, 1.25) * floor(d.n_total * 0.97))::int END,
       CASE WHEN d.r_known >= 0.92 THEN
            CASE WHEN d.r_ord < 0.6 THEN '+9665' || pg_temp.seed_pick('{0,3,4,5,6,8,9}', d.r_carrier)
                                         || lpad(floor(d.r_digits * 10000000)::text, 7, '0')
                 ELSE '+201' || pg_temp.seed_pick('{0,1,2,5}', d.r_carrier)
                                         || lpad(floor(d.r_digits * 100000000)::text, 8, '0') END
       END,
       CASE WHEN d.r_known >= 0.92 THEN CASE WHEN d.r_ord < 0.6 THEN 'SA' ELSE 'EG' END END,
       d.r_live < 0.006,
       CASE WHEN d.r_live < 0.006 THEN LOCALTIMESTAMP - power(d.r_tod, 1.3) * interval '3 hours'
            WHEN t.at > LOCALTIMESTAMP - interval '3 hours'
            THEN t.at - (1 + floor(d.r_back * 28)) * interval '1 day'
            ELSE t.at END
FROM (
    SELECT g, CASE WHEN random() < 0.08 THEN 'a' ELSE 'm' END AS owner,
           random() AS r_known, random() AS r_ord, random() AS r_carrier, random() AS r_digits,
           random() AS r_day, random() AS r_daytime, random() AS r_tod, random() AS r_back,
           random() AS r_live
    FROM generate_series(1, 100000 - (SELECT count(*) FROM seed_plan)) AS g
) AS d0
CROSS JOIN LATERAL (SELECT d0.*, CASE d0.owner WHEN 'm' THEN 9000 ELSE 1000 END AS n_total) AS d
CROSS JOIN LATERAL (
    SELECT date_trunc('second',
               date_trunc('day', LOCALTIMESTAMP) - floor(d.r_day * 30) * interval '1 day'
               + CASE WHEN d.r_daytime < 0.85 THEN interval '8 hours' + d.r_tod * interval '14 hours'
                      ELSE d.r_tod * interval '24 hours' END) AS at
) AS t
ORDER BY d.g;

INSERT INTO messages (user_id, session_id, message_id, phone_number, message_text, media_url, media_type,
                      status, ack_status, error_message, metadata, created_at, updated_at)
WITH drawn AS MATERIALIZED (
    SELECT p.*, random() AS s_status, random() AS s_err, random() AS s_err2, random() AS s_media,
           random() AS s_kind, random() AS s_meta, random() AS s_delay, random() AS s_sess, random() AS s_ack
    FROM seed_plan p
    ORDER BY p.n
),
joined AS (
    SELECT d.*, u.id AS user_id,
           coalesce(ct.phone_number, d.phone_number) AS phone,
           coalesce(ct.country, d.country) AS ctry,
           coalesce(ct.lang, CASE WHEN d.country = 'SA' THEN 'ar' ELSE 'en' END) AS lang,
           ct.name AS contact_name, ct.email AS contact_email, ct.custom_fields, ct.status AS contact_status,
           c.id AS campaign_id, c.name AS campaign_name, c.template, c.session_name AS campaign_session,
           c.media_type AS campaign_media_type, c.media_url AS campaign_media_url,
           CASE WHEN d.campaign_key IS NULL AND NOT d.live THEN 3
                WHEN LOCALTIMESTAMP - d.created_at < interval '10 minutes' THEN 0
                WHEN LOCALTIMESTAMP - d.created_at < interval '2 hours' THEN 1
                WHEN LOCALTIMESTAMP - d.created_at < interval '1 day' THEN 2
                ELSE 3 END AS age_band
    FROM drawn d
    JOIN seed_users u ON u.owner = d.owner
    LEFT JOIN seed_contacts ct ON ct.owner = d.owner AND ct.ord = d.ord
    LEFT JOIN seed_campaigns c ON c.key = d.campaign_key
),
statused AS (
    SELECT j.*,
           CASE WHEN j.forced_status IS NOT NULL THEN j.forced_status
                WHEN j.contact_status = 'invalid' OR (j.ord IS NULL AND j.s_err < 0.25) THEN 'failed'
                -- Fresh messages are still on their way, older ones mostly read.
                -- Campaign sends that went out are never left pending.
                WHEN j.s_status < CASE WHEN j.campaign_key IS NULL THEN b.p_pending ELSE 0 END THEN 'pending'
                WHEN j.s_status < b.p_pending + b.p_sent THEN 'sent'
                WHEN j.s_status < b.p_pending + b.p_sent + b.p_delivered THEN 'delivered'
                WHEN j.s_status < b.p_pending + b.p_sent + b.p_delivered + b.p_read THEN 'read'
                ELSE 'failed'
           END AS status,
           CASE WHEN j.campaign_key IS NOT NULL THEN j.campaign_media_type
                WHEN j.s_media < 0.06 THEN 'image'
                WHEN j.s_media < 0.085 THEN 'document'
                WHEN j.s_media < 0.10 THEN 'video'
                WHEN j.s_media < 0.12 THEN 'audio'
           END AS media_type,
           CASE WHEN j.campaign_key IS NOT NULL THEN j.campaign_session
                WHEN j.s_sess < 0.03 THEN NULL  -- its session was deleted since
                WHEN j.owner = 'a' THEN
                     CASE WHEN j.created_at < date_trunc('day', LOCALTIMESTAMP) - interval '20 days' + interval '18 hours'
                               AND j.s_sess < 0.12
                          THEN 'Admin Test' ELSE 'Admin Main' END
                WHEN j.ctry = 'EG' THEN 'Cairo Support'
                WHEN j.ctry = 'DE' THEN 'Berlin Office'
                WHEN j.created_at < date_trunc('day', LOCALTIMESTAMP) - interval '12 days' + interval '9 hours'
                     AND j.s_sess < 0.35 THEN 'Old Number'
                ELSE 'Riyadh Sales'
           END AS session_name,
           coalesce(rtrim(split_part(j.contact_name, ' ', 1), ','), '') AS first_name,
           lpad(((j.n * 7919) % 1000000)::text, 6, '0') AS code
    FROM joined j
    JOIN (VALUES (0, 0.30,  0.45, 0.20, 0.03),
                 (1, 0.05,  0.25, 0.40, 0.27),
                 (2, 0.01,  0.12, 0.35, 0.47),
                 (3, 0.001, 0.07, 0.27, 0.624)) AS b(age_band, p_pending, p_sent, p_delivered, p_read)
      ON b.age_band = j.age_band
),
rendered AS (
    SELECT st.*,
           CASE
               WHEN st.campaign_key IS NOT NULL THEN
                   replace(replace(replace(replace(replace(replace(replace(st.template,
                       '{{name}}', coalesce(st.contact_name, '')),
                       '{{phone_number}}', st.phone),
                       '{{email}}', coalesce(st.contact_email, '')),
                       '{{city}}', coalesce(st.custom_fields->>'city', '')),
                       '{{company}}', coalesce(st.custom_fields->>'company', '')),
                       '{{tier}}', coalesce(st.custom_fields->>'tier', '')),
                       '{{language}}', coalesce(st.custom_fields->>'language', ''))
               WHEN st.media_type = 'audio' THEN NULL  -- voice notes carry no text
               WHEN st.media_type = 'image' THEN
                   CASE WHEN st.s_kind < 0.6 THEN pg_temp.seed_pick(CASE st.lang
                       WHEN 'ar' THEN '{"هذه صورة المنتج التي طلبتها 📷","صورة الفاتورة مرفقة"}'::text[]
                       WHEN 'de' THEN '{"Hier ist das Produktfoto, nach dem du gefragt hast 📷","Foto vom Lieferschein"}'::text[]
                       ELSE           '{"Here is the product photo you asked for 📷","Photo of your delivery note"}'::text[] END,
                       st.s_kind / 0.6) END
               WHEN st.media_type = 'document' THEN 'INV-' || st.code || '.pdf'
               WHEN st.media_type = 'video' THEN
                   CASE st.lang WHEN 'ar' THEN 'شاهد جولة في متجرنا الجديد 🎥'
                                WHEN 'de' THEN 'Schau dir unseren neuen Laden an 🎥'
                                ELSE 'Take a tour of our new store 🎥' END
               ELSE
                   replace(replace(replace(pg_temp.seed_pick(CASE st.lang
                       WHEN 'ar' THEN ARRAY[
                           'رمز التحقق الخاص بك في WaQtor هو {code}. صالح لمدة 10 دقائق.',
                           'مرحباً {name}، تم شحن طلبك رقم #{code} 🚚 تتبّع الشحنة: https://waqtor.demo/t/{code}',
                           'تذكير: موعدك غداً الساعة 10:30. أرسل 1 للتأكيد أو 2 لإعادة الجدولة.',
                           'شكراً {name}! استلمنا دفعتك بقيمة {amount}.',
                           'شكراً لتواصلك معنا {name}، سيرد عليك أحد ممثلي خدمة العملاء قريباً.']
                       WHEN 'de' THEN ARRAY[
                           'Dein WaQtor-Bestätigungscode lautet {code}. Er ist 10 Minuten gültig.',
                           'Hallo {name}, deine Bestellung #{code} ist unterwegs 🚚 Sendungsverfolgung: https://waqtor.demo/t/{code}',
                           'Erinnerung: Ihr Termin ist morgen um 10:30 Uhr. Antworten Sie 1 zum Bestätigen oder 2 zum Verschieben.',
                           'Danke {name}! Wir haben deine Zahlung über {amount} erhalten.',
                           'Danke für deine Nachricht, {name}. Ein Mitarbeiter meldet sich gleich.']
                       ELSE ARRAY[
                           'Your WaQtor verification code is {code}. It expires in 10 minutes.',
                           'Hi {name}, your order #{code} has shipped 🚚 Track it: https://waqtor.demo/t/{code}',
                           'Reminder: your appointment is tomorrow at 10:30. Reply 1 to confirm or 2 to reschedule.',
                           'Thank you {name}! We received your payment of {amount}.',
                           'Thanks for reaching out, {name}. An agent will reply shortly.']
                       END, st.s_kind),
                       '{name}', st.first_name),
                       '{code}', st.code),
                       '{amount}', (50 + (st.n * 37) % 950) || '.00 '
                                   || CASE st.ctry WHEN 'SA' THEN 'SAR' WHEN 'EG' THEN 'EGP' WHEN 'DE' THEN 'EUR'
                                                   WHEN 'AE' THEN 'AED' ELSE 'GBP' END)
           END AS raw_text
    FROM statused st
)
SELECT st.user_id, ws.id,
       CASE WHEN st.status IN ('sent', 'delivered', 'read')
            THEN 'true_' || substr(st.phone, 2) || '@c.us_3EB0' || upper(substr(md5('waqtor-demo-' || st.n), 1, 16)) END,
       st.phone,
       -- A missing name or field must leave neither a space before punctuation,
       -- a dangling comma nor a double space.
       CASE WHEN st.campaign_key IS NOT NULL OR st.first_name = '' THEN
            regexp_replace(regexp_replace(regexp_replace(st.raw_text,
                ' +([,،.!])', '\1', 'g'), '[,،]([.!])', '\1', 'g'), '  +', ' ', 'g')
            ELSE st.raw_text END,
       CASE WHEN st.campaign_key IS NOT NULL THEN st.campaign_media_url
            WHEN st.media_type IS NOT NULL THEN
                'https://cdn.waqtor.demo/media/' || to_char(st.created_at, 'YYYY/MM/') || substr(md5('media-' || st.n), 1, 20)
                || CASE st.media_type WHEN 'image' THEN '.jpg' WHEN 'document' THEN '.pdf'
                                      WHEN 'video' THEN '.mp4' ELSE '.ogg' END
       END,
       st.media_type,
       st.status,
       CASE st.status WHEN 'failed' THEN -1 WHEN 'pending' THEN 0 WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2
                      ELSE CASE WHEN st.media_type = 'audio' AND st.s_ack < 0.7 THEN 4 ELSE 3 END END,
       CASE WHEN st.status = 'failed' THEN
            coalesce(st.forced_error,
                     CASE WHEN st.contact_status = 'invalid' OR st.ord IS NULL THEN 'Phone number not on WhatsApp'
                          WHEN st.media_type IS NOT NULL AND st.s_err < 0.3 THEN 'Media upload failed: file exceeds 16 MB'
                          ELSE pg_temp.seed_pick('{"Rate limited","Message timed out waiting for ACK","Session not ready",'
                                                 '"Evaluation failed: Error: wid error: invalid wid",'
                                                 '"Recipient has blocked this number"}', power(st.s_err2, 1.4))
                     END)
       END,
       CASE WHEN st.campaign_key IS NOT NULL THEN
                jsonb_build_object('campaign', st.campaign_name, 'campaign_id', st.campaign_id,
                                   'attempt', CASE WHEN st.status = 'failed' AND st.s_meta < 0.3 THEN 2 ELSE 1 END)
            WHEN st.s_meta < 0.30 THEN
                jsonb_build_object('source', 'api',
                                   'client', pg_temp.seed_pick('{shopify-webhook,crm-sync,zapier}', st.s_meta / 0.30),
                                   'attempt', CASE WHEN st.status = 'failed' THEN 1 + floor(st.s_delay * 3)::int ELSE 1 END)
            WHEN st.s_meta < 0.42 THEN
                jsonb_build_object('source', 'chat', 'agent', CASE st.owner WHEN 'a' THEN 'Demo Admin' ELSE 'Demo Marketer' END)
            WHEN st.status = 'failed' THEN
                jsonb_build_object('attempt', 1 + floor(st.s_delay * 3)::int)
       END,
       st.created_at,
       least(LOCALTIMESTAMP, st.created_at + CASE st.status
           WHEN 'pending'   THEN interval '0'
           WHEN 'sent'      THEN interval '1 second' + st.s_delay * interval '4 seconds'
           WHEN 'delivered' THEN interval '3 seconds' + st.s_delay * st.s_delay * interval '10 minutes'
           WHEN 'read'      THEN interval '30 seconds' + st.s_delay * st.s_delay * interval '6 hours'
           ELSE                  interval '2 seconds' + st.s_delay * interval '28 seconds' END)
FROM rendered st
LEFT JOIN whatsapp_sessions ws ON ws.user_id = st.user_id AND ws.session_name = st.session_name
-- The Node server appends in time order: keep the table laid out the same way.
ORDER BY st.created_at, st.n;

-- Counters come from the messages just written, so the campaign pages and the
-- message log tell the same story (sent = sent, delivered or read).
INSERT INTO campaigns (id, user_id, session_id, name, message_template, status, total_recipients, sent_count,
                       failed_count, scheduled_at, started_at, completed_at, metadata, created_at, updated_at)
SELECT c.id, c.user_id, c.session_id, c.name, c.template, c.status,
       CASE WHEN c.status = 'draft' THEN 0 ELSE coalesce(a.size, 0) END,
       coalesce(m.sent, 0), coalesce(m.failed, 0),
       c.scheduled_at, c.started_at, c.completed_at,
       jsonb_strip_nulls(jsonb_build_object(
           'audience', CASE WHEN c.audience IS NULL THEN jsonb_build_object('all_contacts', true)
                            ELSE jsonb_build_object('group', c.audience) END,
           'throttle_per_minute', CASE WHEN c.owner = 'a' THEN 10 ELSE 30 END,
           'created_via', 'dashboard',
           'media_type', c.media_type,
           'media_url', c.media_url)) || coalesce(c.extra, '{}'::jsonb),
       c.created_at,
       CASE c.status
           WHEN 'completed' THEN c.completed_at
           WHEN 'running'   THEN date_trunc('second', LOCALTIMESTAMP - interval '20 seconds')
           WHEN 'paused'    THEN date_trunc('second', c.started_at + c.send_span + interval '2 minutes')
           WHEN 'failed'    THEN date_trunc('second', c.started_at + c.send_span + interval '1 minute')
           ELSE least(LOCALTIMESTAMP, c.created_at + interval '2 hours 5 minutes')
       END
FROM seed_campaigns c
LEFT JOIN (SELECT key, max(size) AS size FROM seed_audience GROUP BY key) AS a USING (key)
LEFT JOIN (SELECT (metadata->>'campaign_id')::uuid AS campaign_id,
                  count(*) FILTER (WHERE status IN ('sent', 'delivered', 'read')) AS sent,
                  count(*) FILTER (WHERE status = 'failed') AS failed
           FROM messages
           WHERE metadata->>'campaign_id' IS NOT NULL
           GROUP BY 1) AS m ON m.campaign_id = c.id
ORDER BY c.key;

DROP TABLE seed_plan, seed_audience, seed_campaigns, seed_membership, seed_contacts, seed_users;
DROP FUNCTION pg_temp.seed_pick(text[], double precision);

-- The app reads pg_class.reltuples for its totals: give it real numbers now.
ANALYZE users, whatsapp_sessions, recipients, groups, recipient_groups, campaigns, messages;
