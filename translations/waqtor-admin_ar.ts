<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/app/dialogs/aboutdialog.cpp" line="15"/>
        <source>About WaQtor Admin</source>
        <translation>حول WaQtor Admin</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/aboutdialog.cpp" line="22"/>
        <source>unknown (%1)</source>
        <translation>غير معروف (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/aboutdialog.cpp" line="25"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (بُني مع %2)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/aboutdialog.cpp" line="32"/>
        <source>WaQtor Admin %1</source>
        <translation>WaQtor Admin %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/aboutdialog.cpp" line="33"/>
        <source>Administers the PostgreSQL database of a WaQtor WhatsApp campaign server.</source>
        <translation>يدير قاعدة بيانات PostgreSQL لخادم حملات واتساب WaQtor.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/aboutdialog.cpp" line="34"/>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/aboutdialog.cpp" line="35"/>
        <source>PostgreSQL server: %1</source>
        <translation>خادم PostgreSQL: %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/aboutdialog.cpp" line="36"/>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/aboutdialog.cpp" line="37"/>
        <source>Licence: GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). This program comes with absolutely no warranty.</source>
        <translation>الترخيص: رخصة غنو العمومية، الإصدار 3 أو (حسب اختيارك) أي إصدار لاحق (GPL-3.0-or-later). يأتي هذا البرنامج دون أي ضمان على الإطلاق.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/aboutdialog.cpp" line="40"/>
        <source>Icons: Breeze by the KDE Visual Design Group, LGPL-3.0-or-later.</source>
        <translation>الأيقونات: Breeze من مجموعة KDE للتصميم المرئي، بترخيص LGPL-3.0-or-later.</translation>
    </message>
</context>
<context>
    <name>AccountRules</name>
    <message>
        <location filename="../src/core/accounts/accountrules.cpp" line="24"/>
        <source>Admin</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountrules.cpp" line="26"/>
        <source>User</source>
        <translation>مستخدم</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountrules.cpp" line="28"/>
        <source>Viewer</source>
        <translation>مشاهد</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountrules.cpp" line="40"/>
        <source>The email address is empty; give one like name@example.com.</source>
        <translation>عنوان البريد الإلكتروني فارغ؛ أدخل عنوانًا مثل name@example.com.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountrules.cpp" line="42"/>
        <source>The email address is %1 characters long; the most is %2.</source>
        <translation>عدد أحرف عنوان البريد الإلكتروني %1، والحد الأقصى %2.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountrules.cpp" line="44"/>
        <source>&quot;%1&quot; is not a valid email address; use the form name@example.com.</source>
        <translation>«%1» ليس عنوان بريد إلكتروني صالحًا؛ استخدم الصيغة name@example.com.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountrules.cpp" line="52"/>
        <source>Unknown role &quot;%1&quot;; use admin, user or viewer.</source>
        <translation>الدور «%1» غير معروف؛ استخدم admin أو user أو viewer.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountrules.cpp" line="59"/>
        <source>The password contains a NUL character, which bcrypt cannot hash; choose another.</source>
        <translation>تحتوي كلمة المرور على محرف NUL لا يستطيع bcrypt تجزئته؛ اختر كلمة مرور أخرى.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountrules.cpp" line="62"/>
        <source>The password is too short: it has %1 bytes and needs at least %2 (one byte per plain letter or digit).</source>
        <translation>كلمة المرور قصيرة جدًا: طولها %1 بايت وتحتاج إلى %2 على الأقل (بايت واحد لكل حرف لاتيني أو رقم).</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountrules.cpp" line="65"/>
        <source>The password is too long: it has %1 bytes and bcrypt uses only the first %2, so the rest would be silently ignored; choose a shorter one.</source>
        <translation>كلمة المرور طويلة جدًا: طولها %1 بايت ولا يستخدم bcrypt إلا أول %2، فيُتجاهَل الباقي دون تنبيه؛ اختر كلمة مرور أقصر.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <location filename="../src/core/accounts/accountservice.cpp" line="29"/>
        <source>The system&apos;s bcrypt (libcrypt) could not hash the password; nothing was changed.</source>
        <translation>تعذّر على bcrypt في النظام (libcrypt) تجزئة كلمة المرور؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountservice.cpp" line="49"/>
        <source>%1 is the last active admin and cannot be demoted; make another account an active admin first.</source>
        <translation>%1 هو آخر مسؤول نشط ولا يمكن تخفيض دوره؛ اجعل حسابًا آخر مسؤولًا نشطًا أولًا.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountservice.cpp" line="52"/>
        <source>%1 is the last active admin and cannot be deactivated; make another account an active admin first.</source>
        <translation>%1 هو آخر مسؤول نشط ولا يمكن تعطيله؛ اجعل حسابًا آخر مسؤولًا نشطًا أولًا.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountservice.cpp" line="57"/>
        <source>%1 is the last active admin and cannot be deleted; make another account an active admin first.</source>
        <translation>%1 هو آخر مسؤول نشط ولا يمكن حذفه؛ اجعل حسابًا آخر مسؤولًا نشطًا أولًا.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountservice.cpp" line="83"/>
        <location filename="../src/core/accounts/accountservice.cpp" line="168"/>
        <source>An account with the email %1 already exists.</source>
        <translation>يوجد حساب بالبريد الإلكتروني %1 بالفعل.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountservice.cpp" line="267"/>
        <source>Could not check the admin accounts</source>
        <translation>تعذّر التحقق من حسابات المسؤولين</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountservice.cpp" line="302"/>
        <source>The new password is the same as the old one; choose a different one.</source>
        <translation>كلمة المرور الجديدة مطابقة للقديمة؛ اختر كلمة مرور مختلفة.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountservice.cpp" line="316"/>
        <source>The current password is wrong; nothing was changed.</source>
        <translation>كلمة المرور الحالية خاطئة؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountservice.cpp" line="329"/>
        <source>Wrong email or password.</source>
        <translation>البريد الإلكتروني أو كلمة المرور خاطئة.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountservice.cpp" line="345"/>
        <source>The account %1 is deactivated; ask an admin to activate it.</source>
        <translation>الحساب %1 معطَّل؛ اطلب من مسؤول تفعيله.</translation>
    </message>
</context>
<context>
    <name>AccountStanding</name>
    <message>
        <location filename="../src/core/accounts/accountstanding.cpp" line="29"/>
        <source>Could not check your account&apos;s role; nothing was saved</source>
        <translation>تعذّر التحقق من دور حسابك؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountstanding.cpp" line="61"/>
        <source>Your account was deleted by an administrator, so nothing was saved.</source>
        <translation>حذف أحد المسؤولين حسابك، لذا لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountstanding.cpp" line="63"/>
        <source>Your account was deactivated by an administrator, so nothing was saved. Ask an administrator to reactivate it, then sign in again.</source>
        <translation>عطّل أحد المسؤولين حسابك، لذا لم يُحفظ شيء. اطلب من أحد المسؤولين إعادة تفعيله، ثم سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/accountstanding.cpp" line="66"/>
        <source>An administrator changed your role from %1 to %2, so nothing was saved. The window now offers what the %2 role may do; check your change and make it again if that role allows it.</source>
        <translation>غيّر أحد المسؤولين دورك من «%1» إلى «%2»، لذا لم يُحفظ شيء. تعرض النافذة الآن ما يسمح به الدور «%2»؛ راجع تغييرك وأعد إجراءه إن كان هذا الدور يسمح به.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../src/core/db/auditlog.cpp" line="25"/>
        <source>Could not write the audit log</source>
        <translation>تعذّرت الكتابة في سجل التدقيق</translation>
    </message>
</context>
<context>
    <name>BackendSignal</name>
    <message>
        <location filename="../src/core/health/backendsignal.cpp" line="23"/>
        <source>A process id is a positive number, such as one &quot;waqtor-db activity&quot; lists; %1 is not one.</source>
        <translation>رقم العملية عدد موجب، مثل الأرقام التي يسردها «waqtor-db activity»؛ و%1 ليس كذلك.</translation>
    </message>
    <message>
        <location filename="../src/core/health/backendsignal.cpp" line="28"/>
        <source>Could not look up server process %1</source>
        <translation>تعذّر العثور على عملية الخادم %1</translation>
    </message>
    <message>
        <location filename="../src/core/health/backendsignal.cpp" line="30"/>
        <source>Process %1 is this program&apos;s own connection; it cannot cancel or end itself.</source>
        <translation>العملية %1 هي اتصال هذا البرنامج نفسه؛ ولا يمكنه إلغاء نفسه أو إنهاؤها.</translation>
    </message>
    <message>
        <location filename="../src/core/health/backendsignal.cpp" line="35"/>
        <source>No server process %1 works on this database; it may have ended already (&quot;waqtor-db activity&quot; lists the running ones).</source>
        <translation>لا توجد عملية خادم رقمها %1 تعمل على قاعدة البيانات هذه؛ ربما انتهت بالفعل (يسرد «waqtor-db activity» العمليات الجارية).</translation>
    </message>
    <message>
        <location filename="../src/core/health/backendsignal.cpp" line="52"/>
        <source>Could not cancel the statement of process %1</source>
        <translation>تعذّر إلغاء استعلام العملية %1</translation>
    </message>
    <message>
        <location filename="../src/core/health/backendsignal.cpp" line="53"/>
        <source>Could not end process %1</source>
        <translation>تعذّر إنهاء العملية %1</translation>
    </message>
    <message>
        <location filename="../src/core/health/backendsignal.cpp" line="59"/>
        <source>%1 (role %2): role %3 may signal only its own processes, or other roles&apos; once it is a member of pg_signal_backend (GRANT pg_signal_backend TO %4;); a superuser&apos;s processes only a superuser may signal.</source>
        <translation>%1 (الدور %2): لا يحق للدور %3 إرسال إشارة إلا إلى عملياته هو، أو إلى عمليات الأدوار الأخرى إذا كان عضوًا في pg_signal_backend (GRANT pg_signal_backend TO %4;)؛ أما عمليات المستخدم الفائق فلا يرسل إليها إشارة إلا مستخدم فائق.</translation>
    </message>
    <message>
        <location filename="../src/core/health/backendsignal.cpp" line="62"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../src/core/health/backendsignal.cpp" line="67"/>
        <source>Process %1 ended before it could be signalled; nothing was done.</source>
        <translation>انتهت العملية %1 قبل إرسال الإشارة إليها؛ لم يُنفَّذ شيء.</translation>
    </message>
</context>
<context>
    <name>BackgroundQuery</name>
    <message>
        <location filename="../src/core/db/backgroundquery.cpp" line="67"/>
        <source>The query was cancelled.</source>
        <translation>أُلغي الاستعلام.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../src/cli/backupcommands.cpp" line="55"/>
        <source>%1: table %2 of %3</source>
        <translation>%1: الجدول %2 من %3</translation>
    </message>
    <message>
        <location filename="../src/cli/backupcommands.cpp" line="97"/>
        <source>Say where the backup goes with either --out FILE or --out-dir DIR.</source>
        <translation>حدّد وجهة النسخة الاحتياطية باستخدام --out FILE أو --out-dir DIR.</translation>
    </message>
    <message>
        <location filename="../src/cli/backupcommands.cpp" line="99"/>
        <source>--keep works with --out-dir, where the dated backups are.</source>
        <translation>يعمل --keep مع --out-dir، حيث توجد النسخ الاحتياطية المؤرَّخة.</translation>
    </message>
    <message>
        <location filename="../src/cli/backupcommands.cpp" line="105"/>
        <source>--keep needs a number of backups, 1 or more, not &quot;%1&quot;.</source>
        <translation>يحتاج --keep إلى عدد النسخ الاحتياطية المراد الاحتفاظ بها، 1 أو أكثر، وليس «%1».</translation>
    </message>
    <message>
        <location filename="../src/cli/backupcommands.cpp" line="123"/>
        <source>The folder %1 does not exist; create it first.</source>
        <translation>المجلد %1 غير موجود؛ أنشئه أولًا.</translation>
    </message>
    <message>
        <location filename="../src/cli/backupcommands.cpp" line="131"/>
        <source>Backing up</source>
        <translation>جارٍ إنشاء النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="../src/cli/backupcommands.cpp" line="136"/>
        <source>Backed up database &quot;%1&quot; to %2 (%3; tables: %4).</source>
        <translation>أُنشئت نسخة احتياطية من قاعدة البيانات «%1» في %2 (%3؛ الجداول: %4).</translation>
    </message>
    <message>
        <location filename="../src/cli/backupcommands.cpp" line="144"/>
        <source>Deleted the older backup %1.</source>
        <translation>حُذفت النسخة الاحتياطية الأقدم %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/backupcommands.cpp" line="165"/>
        <source>&quot;%1&quot; is the database DB_NAME points at (%2); nothing was restored. Add --yes to replace it (on a terminal you will also type its name).</source>
        <translation>قاعدة البيانات «%1» هي التي يشير إليها DB_NAME ‏(%2)؛ لم يُستعد شيء. أضف --yes لاستبدالها (وفي الطرفية ستكتب اسمها أيضًا).</translation>
    </message>
    <message>
        <location filename="../src/cli/backupcommands.cpp" line="168"/>
        <source>This replaces the data of &quot;%1&quot;, the database in use. Type its name to go on: </source>
        <translation>سيستبدل هذا بيانات «%1»، قاعدة البيانات المستخدمة حاليًا. اكتب اسمها للمتابعة: </translation>
    </message>
    <message>
        <location filename="../src/cli/backupcommands.cpp" line="171"/>
        <source>Interrupted; nothing was restored.</source>
        <translation>قوطع التنفيذ؛ لم يُستعد شيء.</translation>
    </message>
    <message>
        <location filename="../src/cli/backupcommands.cpp" line="173"/>
        <source>The name typed is not &quot;%1&quot;; nothing was restored.</source>
        <translation>الاسم المكتوب ليس «%1»؛ لم يُستعد شيء.</translation>
    </message>
    <message>
        <location filename="../src/cli/backupcommands.cpp" line="178"/>
        <source>Restoring</source>
        <translation>جارٍ الاستعادة</translation>
    </message>
    <message>
        <location filename="../src/cli/backupcommands.cpp" line="183"/>
        <source>Restored %1 into database &quot;%2&quot; (tables with data: %3). Run &quot;waqtor-db migrate&quot; against it if the backup is older than this version of WaQtor Admin.</source>
        <translation>استُعيدت النسخة الاحتياطية %1 إلى قاعدة البيانات «%2» (الجداول التي فيها بيانات: %3). شغّل &quot;waqtor-db migrate&quot; عليها إن كانت النسخة الاحتياطية أقدم من هذا الإصدار من WaQtor Admin.</translation>
    </message>
    <message>
        <location filename="../src/cli/backupcommands.cpp" line="230"/>
        <source>table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location filename="../src/cli/backupcommands.cpp" line="230"/>
        <source>rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location filename="../src/cli/backupcommands.cpp" line="231"/>
        <source>%1 is a whole %2 backup (%3; tables: %4).</source>
        <translation>الملف %1 نسخة احتياطية كاملة بصيغة %2 (%3؛ الجداول: %4).</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../ui/dialogs/backupdialog.ui" line="6"/>
        <source>Back up the database</source>
        <translation>إنشاء نسخة احتياطية من قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupdialog.ui" line="10"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;ملف النسخة الاحتياطية:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupdialog.ui" line="14"/>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupdialog.ui" line="17"/>
        <source>F&amp;ormat:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupdialog.ui" line="19"/>
        <source>&amp;Tables:</source>
        <translation>ال&amp;جداول:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/backupdialog.ui" line="20"/>
        <source>&amp;All tables</source>
        <translation>&amp;كل الجداول</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/backupdialog.cpp" line="23"/>
        <source>Back up database &quot;%1&quot;</source>
        <translation>إنشاء نسخة احتياطية من قاعدة البيانات «%1»</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/backupdialog.cpp" line="24"/>
        <source>The backup was stopped; no file was written.</source>
        <translation>أُوقف إنشاء النسخة الاحتياطية؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/backupdialog.cpp" line="25"/>
        <source>From the file name (.dump, .sql, .sql.gz)</source>
        <translation>حسب اسم الملف (‎.dump، ‎.sql، ‎.sql.gz)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/backupdialog.cpp" line="26"/>
        <source>Custom archive (pg_restore; smallest, restores selectively)</source>
        <translation>أرشيف مخصص (pg_restore؛ الأصغر حجمًا، ويسمح بالاستعادة الانتقائية)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/backupdialog.cpp" line="27"/>
        <source>Plain SQL script (psql)</source>
        <translation>سكربت SQL عادي (psql)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/backupdialog.cpp" line="28"/>
        <source>Plain SQL script, gzipped</source>
        <translation>سكربت SQL عادي، مضغوط بـ gzip</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/backupdialog.cpp" line="35"/>
        <source>Back &amp;up</source>
        <translation>إن&amp;شاء نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/backupdialog.cpp" line="37"/>
        <source>&amp;Stop</source>
        <translation>إ&amp;يقاف</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/backupdialog.cpp" line="90"/>
        <source>Back up to</source>
        <translation>إنشاء نسخة احتياطية في</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/backupdialog.cpp" line="91"/>
        <source>Custom archives (*.dump);;SQL scripts (*.sql);;Gzipped SQL scripts (*.sql.gz);;All files (*)</source>
        <translation>أرشيفات مخصصة (*.dump);;سكربتات SQL (*.sql);;سكربتات SQL مضغوطة بـ gzip (*.sql.gz);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/backupdialog.cpp" line="103"/>
        <source>Cannot tell the format from the file name; end it in .dump, .sql or .sql.gz, or choose a format.</source>
        <translation>يتعذّر تحديد الصيغة من اسم الملف؛ اجعله ينتهي بـ ‎.dump أو ‎.sql أو ‎.sql.gz، أو اختر صيغة.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/backupdialog.cpp" line="115"/>
        <source>Choose the file to write first.</source>
        <translation>اختر الملف المراد كتابته أولًا.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/backupdialog.cpp" line="129"/>
        <source>Tick the tables to back up, or choose all tables.</source>
        <translation>حدّد الجداول التي تريد إنشاء نسخة احتياطية منها، أو اختر «كل الجداول».</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/backupdialog.cpp" line="134"/>
        <source>Starting pg_dump…</source>
        <translation>جارٍ بدء pg_dump…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/backupdialog.cpp" line="153"/>
        <source>Backing up: table %L1 of %L2</source>
        <translation>جارٍ إنشاء النسخة الاحتياطية: الجدول %L1 من %L2</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/backupdialog.cpp" line="154"/>
        <source>Backing up: table %L1 of %L2 (%3)</source>
        <translation>جارٍ إنشاء النسخة الاحتياطية: الجدول %L1 من %L2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/backupdialog.cpp" line="162"/>
        <source>Backed up to %1 (%2; tables: %3).</source>
        <translation>أُنشئت النسخة الاحتياطية في %1 (%2؛ الجداول: %3).</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/backupdialog.cpp" line="194"/>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
</context>
<context>
    <name>BackupFormats</name>
    <message>
        <location filename="../src/core/backup/backupformat.cpp" line="26"/>
        <source>The backup format is custom, plain or gzip, not &quot;%1&quot;.</source>
        <translation>صيغة النسخة الاحتياطية هي custom أو plain أو gzip، وليست «%1».</translation>
    </message>
    <message>
        <location filename="../src/core/backup/backupformat.cpp" line="38"/>
        <source>Cannot tell the backup format from the name %1; end it in .dump (custom), .sql (plain) or .sql.gz (gzip), or give --format.</source>
        <translation>يتعذّر تحديد صيغة النسخة الاحتياطية من الاسم %1؛ اجعله ينتهي بـ ‎.dump ‏(custom) أو ‎.sql ‏(plain) أو ‎.sql.gz ‏(gzip)، أو حدّد --format.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/backupformat.cpp" line="56"/>
        <source>Cannot read the backup %1: %2.</source>
        <translation>تتعذّر قراءة النسخة الاحتياطية %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/backupformat.cpp" line="59"/>
        <source>The backup %1 is empty.</source>
        <translation>النسخة الاحتياطية %1 فارغة.</translation>
    </message>
</context>
<context>
    <name>BackupRetention</name>
    <message>
        <location filename="../src/core/backup/backupretention.cpp" line="52"/>
        <source>Cannot delete the old backup %1: %2 (deleted before it: %3).</source>
        <translation>يتعذّر حذف النسخة الاحتياطية القديمة %1: %2 (عدد ما حُذف قبلها: %3).</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <location filename="../src/core/backup/backupverifier.cpp" line="29"/>
        <source>Checking %1 was stopped.</source>
        <translation>أُوقف التحقق من %1.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/backupverifier.cpp" line="42"/>
        <source>The backup %1 is truncated or corrupt: pg_restore cannot read it through; restore from another backup.</source>
        <translation>النسخة الاحتياطية %1 مبتورة أو تالفة: لا يستطيع pg_restore قراءتها حتى نهايتها؛ استعد من نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/backupverifier.cpp" line="63"/>
        <source>The backup %1 does not end the way pg_dump ends a backup: it is truncated, or not a pg_dump backup; restore from another backup.</source>
        <translation>لا تنتهي النسخة الاحتياطية %1 كما يُنهي pg_dump النسخ الاحتياطية: فهي مبتورة، أو ليست نسخة احتياطية من pg_dump؛ استعد من نسخة احتياطية أخرى.</translation>
    </message>
</context>
<context>
    <name>CampaignCellDelegate</name>
    <message>
        <location filename="../src/app/delegates/campaigncelldelegate.cpp" line="29"/>
        <source>%L1 / %L2 / %L3</source>
        <translation>%L1 / %L2 / %L3</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../ui/dialogs/campaigndialog.ui" line="6"/>
        <source>Campaign</source>
        <translation>حملة</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/campaigndialog.ui" line="14"/>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/campaigndialog.ui" line="16"/>
        <source>&amp;Owner:</source>
        <translation>ال&amp;مالك:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/campaigndialog.ui" line="18"/>
        <source>WhatsApp &amp;session:</source>
        <translation>&amp;جلسة واتساب:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/campaigndialog.ui" line="19"/>
        <source>The owner&apos;s WhatsApp session the campaign sends from</source>
        <translation>جلسة واتساب الخاصة بالمالك التي تُرسَل منها الحملة</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/campaigndialog.ui" line="20"/>
        <source>S&amp;tatus:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/campaigndialog.ui" line="23"/>
        <source>S&amp;cheduled:</source>
        <translation>مج&amp;دولة في:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/campaigndialog.ui" line="23"/>
        <source>Whether the campaign has a scheduled start time</source>
        <translation>هل للحملة موعد بدء مجدول</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/campaigndialog.ui" line="26"/>
        <source>Progress:</source>
        <translation>التقدم:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/campaigndialog.ui" line="28"/>
        <source>Ran:</source>
        <translation>التنفيذ:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/campaigndialog.ui" line="34"/>
        <source>Message &amp;template:</source>
        <translation>&amp;قالب الرسالة:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/campaigndialog.ui" line="35"/>
        <source>Hi {{name}}, …</source>
        <translation>مرحبًا {{name}}، …</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/campaigndialog.ui" line="36"/>
        <source>Placeholders: {{name}}, {{phone_number}}, {{email}} and any custom field of the contact, e.g. {{city}}.</source>
        <translation>المتغيرات: {{name}} و{{phone_number}} و{{email}} وأي حقل مخصص لجهة الاتصال، مثل {{city}}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/campaigndialog.ui" line="39"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/campaigndialog.ui" line="43"/>
        <source>For &amp;contact:</source>
        <translation>لجهة ا&amp;لاتصال:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/campaigndialog.ui" line="44"/>
        <source>Name or phone…</source>
        <translation>الاسم أو رقم الهاتف…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="27"/>
        <source>New campaign</source>
        <translation>حملة جديدة</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="27"/>
        <source>Edit campaign</source>
        <translation>تعديل الحملة</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="40"/>
        <source>Times are the database server&apos;s clock (now %1).</source>
        <translation>الأوقات حسب ساعة خادم قاعدة البيانات (الآن %1).</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="140"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="157"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="159"/>
        <source>(the owner has no contacts)</source>
        <translation>(ليس لدى المالك جهات اتصال)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="160"/>
        <source>(no contact matches)</source>
        <translation>(لا توجد جهة اتصال مطابقة)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="194"/>
        <source>no contact chosen</source>
        <translation>لم تُختر جهة اتصال</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="196"/>
        <source>&lt;span style=&quot;color:#b00020;&quot;&gt;Not filled for %1: %2 — the contact has no such field, so it would be sent as written.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b00020;&quot;&gt;غير معبّأ لـ %1: %2 — ليس لدى جهة الاتصال هذا الحقل، فسيُرسَل كما هو مكتوب.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="199"/>
        <source>&lt;span style=&quot;color:#b45309;&quot;&gt;Empty for this contact: %1.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#b45309;&quot;&gt;فارغ لجهة الاتصال هذه: %1.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="201"/>
        <source>&lt;span style=&quot;color:#1e7e34;&quot;&gt;Every placeholder is filled for this contact.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:#1e7e34;&quot;&gt;كل المتغيرات معبّأة لجهة الاتصال هذه.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="216"/>
        <source>%1 is set by the WaQtor server, so the status cannot be changed here.</source>
        <translation>يحدّد خادم WaQtor الحالة %1، لذا لا يمكن تغييرها هنا.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="219"/>
        <source>The status &quot;%1&quot; is not one WaQtor Admin can change.</source>
        <translation>الحالة «%1» ليست من الحالات التي يستطيع WaQtor Admin تغييرها.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="229"/>
        <source>The WaQtor server starts the campaign at the scheduled time.</source>
        <translation>يبدأ خادم WaQtor الحملة في الموعد المجدول.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="231"/>
        <source>A paused campaign can only be scheduled again.</source>
        <translation>لا يمكن للحملة المتوقفة مؤقتًا إلا أن تُجدوَل من جديد.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="233"/>
        <source>Running, completed and failed are set by the WaQtor server.</source>
        <translation>يحدّد خادم WaQtor الحالات: قيد التشغيل ومكتملة وفاشلة.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="239"/>
        <source>%L1 sent / %L2 failed / %L3 recipients</source>
        <translation>مُرسَلة: %L1 / فاشلة: %L2 / المستلمون: %L3</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="241"/>
        <source>not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="241"/>
        <source>started %1</source>
        <translation>بدأت %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="244"/>
        <source>%1, completed %2</source>
        <translation>%1، اكتملت %2</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/campaigndialog.cpp" line="264"/>
        <source>Campaign (read-only)</source>
        <translation>حملة (للقراءة فقط)</translation>
    </message>
</context>
<context>
    <name>CampaignRepository</name>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="101"/>
        <source>Could not read the campaigns</source>
        <translation>تعذّرت قراءة الحملات</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="110"/>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="268"/>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="273"/>
        <source>The campaign no longer exists; someone deleted it.</source>
        <translation>لم تعد الحملة موجودة؛ حذفها شخص ما.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="125"/>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="354"/>
        <source>&quot;%1&quot; is not a campaign id.</source>
        <translation>«%1» ليس معرّف حملة.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="139"/>
        <source>Could not list the accounts campaigns can belong to</source>
        <translation>تعذّر سرد الحسابات التي يمكن أن تنتمي إليها الحملات</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="156"/>
        <source>Could not list the owner&apos;s WhatsApp sessions</source>
        <translation>تعذّر سرد جلسات واتساب الخاصة بالمالك</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="161"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="181"/>
        <source>Could not look up the owner&apos;s contacts</source>
        <translation>تعذّر البحث عن جهات اتصال المالك</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="195"/>
        <source>Could not read the database server&apos;s clock</source>
        <translation>تعذّرت قراءة ساعة خادم قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="203"/>
        <source>Give the campaign a name.</source>
        <translation>أدخل اسمًا للحملة.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="205"/>
        <source>The campaign name is %1 characters long; keep it to %2.</source>
        <translation>عدد أحرف اسم الحملة %1؛ اجعله %2 على الأكثر.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="207"/>
        <source>Write the message template; a campaign cannot send an empty message.</source>
        <translation>اكتب قالب الرسالة؛ لا يمكن للحملة إرسال رسالة فارغة.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="213"/>
        <source>The campaign&apos;s owner account no longer exists; choose another owner.</source>
        <translation>لم يعد حساب مالك الحملة موجودًا؛ اختر مالكًا آخر.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="221"/>
        <source>Could not read the campaign&apos;s owner</source>
        <translation>تعذّرت قراءة مالك الحملة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="229"/>
        <source>The chosen WhatsApp session no longer exists; choose another one or (none).</source>
        <translation>لم تعد جلسة واتساب المختارة موجودة؛ اختر جلسة أخرى أو (لا شيء).</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="238"/>
        <source>Could not read the chosen WhatsApp session</source>
        <translation>تعذّرت قراءة جلسة واتساب المختارة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="242"/>
        <source>The WhatsApp session &quot;%1&quot; belongs to %2, not to %3; choose one of %3&apos;s sessions or (none).</source>
        <translation>جلسة واتساب «%1» تخص %2 وليس %3؛ اختر إحدى جلسات %3 أو (لا شيء).</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="257"/>
        <source>Choose the account the campaign belongs to.</source>
        <translation>اختر الحساب الذي تنتمي إليه الحملة.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="277"/>
        <source>The campaign &quot;%1&quot;</source>
        <translation>الحملة «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="316"/>
        <source>Could not save the campaign &quot;%1&quot;</source>
        <translation>تعذّر حفظ الحملة «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="366"/>
        <source>The campaign &quot;%1&quot; belongs to %2: you can only delete your own campaigns; nothing was deleted.</source>
        <translation>الحملة «%1» تخص %2: لا يمكنك حذف إلا حملاتك؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/campaignrepository.cpp" line="372"/>
        <source>Could not delete the campaigns; nothing was deleted</source>
        <translation>تعذّر حذف الحملات؛ لم يُحذف شيء</translation>
    </message>
</context>
<context>
    <name>CampaignStatus</name>
    <message>
        <location filename="../src/core/campaigns/campaignstatus.cpp" line="57"/>
        <source>Unknown campaign status &quot;%1&quot;; use draft, scheduled or paused.</source>
        <translation>حالة الحملة «%1» غير معروفة؛ استخدم draft أو scheduled أو paused.</translation>
    </message>
    <message>
        <location filename="../src/core/campaigns/campaignstatus.cpp" line="59"/>
        <source>The campaign&apos;s status &quot;%1&quot; is not one WaQtor Admin knows, so it cannot be changed by hand.</source>
        <translation>حالة الحملة «%1» ليست من الحالات التي يعرفها WaQtor Admin، لذا لا يمكن تغييرها يدويًا.</translation>
    </message>
    <message>
        <location filename="../src/core/campaigns/campaignstatus.cpp" line="66"/>
        <source>A campaign cannot go from %1 to %2 by hand: %3 is set by the WaQtor server.</source>
        <translation>لا يمكن نقل الحملة يدويًا من %1 إلى %2: يحدّد خادم WaQtor الحالة %3.</translation>
    </message>
    <message>
        <location filename="../src/core/campaigns/campaignstatus.cpp" line="70"/>
        <source>A campaign cannot go from %1 to %2 by hand: only scheduled or running campaigns can be paused.</source>
        <translation>لا يمكن نقل الحملة يدويًا من %1 إلى %2: لا يمكن إيقاف إلا الحملات المجدولة أو قيد التشغيل مؤقتًا.</translation>
    </message>
    <message>
        <location filename="../src/core/campaigns/campaignstatus.cpp" line="73"/>
        <source>A campaign cannot go from %1 to %2 by hand: a paused campaign can only be scheduled again.</source>
        <translation>لا يمكن نقل الحملة يدويًا من %1 إلى %2: لا يمكن للحملة المتوقفة مؤقتًا إلا أن تُجدوَل من جديد.</translation>
    </message>
    <message>
        <location filename="../src/core/campaigns/campaignstatus.cpp" line="82"/>
        <source>A scheduled campaign needs a scheduled time; set one or keep it as a draft.</source>
        <translation>تحتاج الحملة المجدولة إلى موعد جدولة؛ حدّد موعدًا أو أبقها مسودة.</translation>
    </message>
    <message>
        <location filename="../src/core/campaigns/campaignstatus.cpp" line="85"/>
        <source>The scheduled time &quot;%1&quot; is not a valid date and time; use the form 2026-05-31 18:00:00.</source>
        <translation>موعد الجدولة «%1» ليس تاريخًا ووقتًا صالحين؛ استخدم الصيغة 2026-05-31 18:00:00.</translation>
    </message>
    <message>
        <location filename="../src/core/campaigns/campaignstatus.cpp" line="91"/>
        <source>The scheduled time %1 is in the past (server time now: %2).</source>
        <translation>موعد الجدولة %1 في الماضي (وقت الخادم الآن: %2).</translation>
    </message>
    <message>
        <location filename="../src/core/campaigns/campaignstatus.cpp" line="99"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../src/core/campaigns/campaignstatus.cpp" line="101"/>
        <source>Scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <location filename="../src/core/campaigns/campaignstatus.cpp" line="103"/>
        <source>Running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <location filename="../src/core/campaigns/campaignstatus.cpp" line="105"/>
        <source>Paused</source>
        <translation>متوقفة مؤقتًا</translation>
    </message>
    <message>
        <location filename="../src/core/campaigns/campaignstatus.cpp" line="107"/>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location filename="../src/core/campaigns/campaignstatus.cpp" line="109"/>
        <source>Failed</source>
        <translation>فاشلة</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../ui/pages/campaignspage.ui" line="8"/>
        <source>Search campaign name or message template…</source>
        <translation>ابحث في اسم الحملة أو قالب الرسالة…</translation>
    </message>
    <message>
        <location filename="../ui/pages/campaignspage.ui" line="9"/>
        <source>Show only campaigns with this status</source>
        <translation>اعرض الحملات ذات هذه الحالة فقط</translation>
    </message>
    <message>
        <location filename="../ui/pages/campaignspage.ui" line="10"/>
        <source>Show only this account&apos;s campaigns</source>
        <translation>اعرض حملات هذا الحساب فقط</translation>
    </message>
    <message>
        <location filename="../ui/pages/campaignspage.ui" line="19"/>
        <source>◀</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../ui/pages/campaignspage.ui" line="19"/>
        <source>Previous rows</source>
        <translation>الصفوف السابقة</translation>
    </message>
    <message>
        <location filename="../ui/pages/campaignspage.ui" line="20"/>
        <source>▶</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../ui/pages/campaignspage.ui" line="20"/>
        <source>Next rows</source>
        <translation>الصفوف التالية</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="82"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="86"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="86"/>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="86"/>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="86"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="87"/>
        <source>Sent / failed / total</source>
        <translation>مُرسَلة / فاشلة / الإجمالي</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="87"/>
        <source>Scheduled</source>
        <translation>موعد الجدولة</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="87"/>
        <source>Started</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="87"/>
        <source>Completed</source>
        <translation>تاريخ الاكتمال</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="88"/>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="91"/>
        <source>Messages sent, failed and the recipients in total</source>
        <translation>الرسائل المُرسَلة والفاشلة وإجمالي المستلمين</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="119"/>
        <source>Created the campaign &quot;%1&quot;.</source>
        <translation>أُنشئت الحملة «%1».</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="132"/>
        <source>Saved the campaign &quot;%1&quot;.</source>
        <translation>حُفظت الحملة «%1».</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="148"/>
        <source>The selected campaigns no longer exist; someone deleted them.</source>
        <translation>لم تعد الحملات المحددة موجودة؛ حذفها شخص ما.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="159"/>
        <source>… and %L1 more</source>
        <translation>… و%L1 أخرى</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="162"/>
        <source>One of them is running: the WaQtor server is sending it right now.</source>
        <translation>إحداها قيد التشغيل: يرسلها خادم WaQtor الآن.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="163"/>
        <source>%1 of them are running: the WaQtor server is sending them right now.</source>
        <translation>%1 منها قيد التشغيل: يرسلها خادم WaQtor الآن.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="165"/>
        <source>Messages already sent stay in the message log. This cannot be undone.</source>
        <translation>تبقى الرسائل المُرسَلة بالفعل في سجل الرسائل. لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="166"/>
        <source>Delete the campaign &quot;%1&quot;?</source>
        <translation>هل تريد حذف الحملة «%1»؟</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="167"/>
        <source>Delete these %L1 campaigns?</source>
        <translation>هل تريد حذف هذه الحملات (%L1)؟</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="178"/>
        <source>Deleted 1 campaign.</source>
        <translation>حُذفت حملة واحدة.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.cpp" line="178"/>
        <source>Deleted %L1 campaigns.</source>
        <translation>عدد الحملات المحذوفة: %L1.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/campaignspage.h" line="19"/>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <location filename="../src/app/delegates/celldelegate.cpp" line="26"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/celldelegate.cpp" line="26"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../src/app/delegates/celldelegate.cpp" line="79"/>
        <source>NULL</source>
        <translation>NULL (لا قيمة)</translation>
    </message>
</context>
<context>
    <name>CellWriters</name>
    <message>
        <location filename="../src/core/models/cellwriters.cpp" line="28"/>
        <source>The column &quot;%1&quot; cannot be changed in the table; use the dialog.</source>
        <translation>لا يمكن تغيير العمود «%1» في الجدول؛ استخدم مربع الحوار.</translation>
    </message>
</context>
<context>
    <name>ChangeEvent</name>
    <message>
        <location filename="../src/core/live/changeevent.cpp" line="28"/>
        <source>A notification on %1 is not a table change: %2</source>
        <translation>إشعار على %1 ليس تغييرًا في جدول: %2</translation>
    </message>
</context>
<context>
    <name>ChangeListener</name>
    <message>
        <location filename="../src/core/live/changelistener.cpp" line="87"/>
        <source>Could not listen for changes on %1</source>
        <translation>تعذّر الاستماع إلى التغييرات على %1</translation>
    </message>
    <message>
        <location filename="../src/core/live/changelistener.cpp" line="125"/>
        <location filename="../src/core/live/changelistener.cpp" line="146"/>
        <source>Lost the connection to %1; changes made by others are not shown until it is back.</source>
        <translation>انقطع الاتصال بـ %1؛ لن تظهر التغييرات التي يجريها الآخرون حتى يعود.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../ui/dialogs/changepassworddialog.ui" line="6"/>
        <source>Change your password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassworddialog.ui" line="10"/>
        <source>&amp;Current password:</source>
        <translation>كلمة المرور ال&amp;حالية:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassworddialog.ui" line="12"/>
        <source>&amp;New password:</source>
        <translation>كلمة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/changepassworddialog.ui" line="14"/>
        <source>&amp;Repeat it:</source>
        <translation>أ&amp;عِد كتابتها:</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/changepassworddialog.cpp" line="26"/>
        <source>The new password and its repetition differ.</source>
        <translation>كلمة المرور الجديدة وتكرارها مختلفتان.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../src/cli/cliapplication.cpp" line="59"/>
        <source>waqtor-db: interrupted while saving; the change above was saved.</source>
        <translation>waqtor-db: قوطع التنفيذ أثناء الحفظ؛ حُفظ التغيير أعلاه.</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <location filename="../src/cli/clioutput.cpp" line="46"/>
        <source>waqtor-db: could not write to standard output: %1; what it shows is incomplete.</source>
        <translation>waqtor-db: تعذّرت الكتابة إلى الخرج القياسي: %1؛ ما يعرضه ناقص.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <location filename="../src/core/import/columnmapping.cpp" line="116"/>
        <location filename="../src/core/import/columnmapping.cpp" line="152"/>
        <source>Column %1</source>
        <translation>العمود %1</translation>
    </message>
    <message>
        <location filename="../src/core/import/columnmapping.cpp" line="187"/>
        <source>There is no column %1.</source>
        <translation>لا يوجد عمود %1.</translation>
    </message>
    <message>
        <location filename="../src/core/import/columnmapping.cpp" line="217"/>
        <source>&quot;%1&quot; names no custom field key; write custom:KEY.</source>
        <translation>«%1» لا يسمّي مفتاح حقل مخصص؛ اكتب custom:KEY.</translation>
    </message>
    <message>
        <location filename="../src/core/import/columnmapping.cpp" line="222"/>
        <source>&quot;%1&quot; is not a field; use one of %2.</source>
        <translation>«%1» ليس حقلًا؛ استخدم أحد الحقول %2.</translation>
    </message>
    <message>
        <location filename="../src/core/import/columnmapping.cpp" line="229"/>
        <source>--map &quot;%1&quot; is not HEADER=FIELD.</source>
        <translation>--map «%1» ليس بالصيغة HEADER=FIELD.</translation>
    </message>
    <message>
        <location filename="../src/core/import/columnmapping.cpp" line="242"/>
        <source>--map &quot;%1&quot;: the file has no column &quot;%2&quot; (its columns: %3).</source>
        <translation>--map «%1»: لا يحتوي الملف على العمود «%2» (أعمدته: %3).</translation>
    </message>
    <message>
        <location filename="../src/core/import/columnmapping.cpp" line="267"/>
        <source>No column holds the phone number; map one with HEADER=phone_number.</source>
        <translation>لا يوجد عمود يحمل رقم الهاتف؛ اربط عمودًا بالصيغة HEADER=phone_number.</translation>
    </message>
    <message>
        <location filename="../src/core/import/columnmapping.cpp" line="273"/>
        <source>Columns &quot;%1&quot; and &quot;%2&quot; both go to custom field &quot;%3&quot;; map one of them elsewhere.</source>
        <translation>العمودان «%1» و«%2» مربوطان كلاهما بالحقل المخصص «%3»؛ اربط أحدهما بحقل آخر.</translation>
    </message>
    <message>
        <location filename="../src/core/import/columnmapping.cpp" line="278"/>
        <source>Columns &quot;%1&quot; and &quot;%2&quot; are both mapped to %3; map one of them elsewhere.</source>
        <translation>العمودان «%1» و«%2» مربوطان كلاهما بـ %3؛ اربط أحدهما بحقل آخر.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/commandline.cpp" line="26"/>
        <source>Show this help.</source>
        <translation>اعرض هذه المساعدة.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="27"/>
        <source>Show the version.</source>
        <translation>اعرض الإصدار.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="29"/>
        <source>Read DB_* settings from PATH (default: ./.env when present). Environment variables win over the file.</source>
        <translation>اقرأ إعدادات DB_* من PATH (الافتراضي: ./.env إن وُجد). متغيرات البيئة لها الأولوية على الملف.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="33"/>
        <source>Write messages in LANGUAGE: ar (Arabic) or en (English); default: the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).</source>
        <translation>اكتب الرسائل باللغة LANGUAGE: ar (العربية) أو en (الإنجليزية)؛ الافتراضي: لغة النظام (LANGUAGE وLC_ALL وLC_MESSAGES وLANG).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="51"/>
        <source>Print JSON (shape documented in the README).</source>
        <translation>اطبع JSON (البنية موثقة في README).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="52"/>
        <source> PASSWORD &quot;-&quot; reads it from standard input (hidden on a terminal); use that form to keep it out of shell history.</source>
        <translation> إذا كانت PASSWORD هي &quot;-&quot; فتُقرأ من الدخل القياسي (مخفية في الطرفية)؛ استخدم هذه الصيغة لإبقائها خارج سجل أوامر الصدفة.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="55"/>
        <source>List the accounts.</source>
        <translation>اسرد الحسابات.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="57"/>
        <source>Create an admin account.</source>
        <translation>أنشئ حساب مسؤول.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="59"/>
        <source>Create an account (role user unless --role).</source>
        <translation>أنشئ حسابًا (بدور user ما لم يُحدَّد --role).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="60"/>
        <source>admin, user or viewer (default user).</source>
        <translation>admin أو user أو viewer (الافتراضي user).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="63"/>
        <source>Change an account&apos;s role to admin, user or viewer.</source>
        <translation>غيّر دور حساب إلى admin أو user أو viewer.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="65"/>
        <source>Set a new password.</source>
        <translation>عيّن كلمة مرور جديدة.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="66"/>
        <source>Let an account sign in again.</source>
        <translation>اسمح لحساب بتسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="67"/>
        <source>Stop an account from signing in (keeps its data).</source>
        <translation>امنع حسابًا من تسجيل الدخول (مع الإبقاء على بياناته).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="69"/>
        <source>Delete an account and everything it owns, after showing what the cascade removes.</source>
        <translation>احذف حسابًا وكل ما يملكه، بعد عرض ما سيُحذف بالتتابع.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="70"/>
        <location filename="../src/cli/commandline.cpp" line="159"/>
        <source>Do not ask for confirmation (required when standard input is not a terminal).</source>
        <translation>لا تطلب التأكيد (مطلوب عندما لا يكون الدخل القياسي طرفية).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="71"/>
        <source>Deactivate the account instead of deleting it.</source>
        <translation>عطّل الحساب بدلًا من حذفه.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="72"/>
        <source>Show counts of accounts, sessions, messages, campaigns, contacts and groups.</source>
        <translation>اعرض أعداد الحسابات والجلسات والرسائل والحملات وجهات الاتصال والمجموعات.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="75"/>
        <source>Apply pending schema migrations (adopts a database made from the guide&apos;s SQL).</source>
        <translation>طبّق ترحيلات المخطط المعلّقة (ويتبنّى قاعدة بيانات أُنشئت من SQL الدليل).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="77"/>
        <source>Load the demo data set and its three demo accounts (public passwords).</source>
        <translation>حمّل بيانات العرض التوضيحي وحساباتها التوضيحية الثلاثة (كلمات مرورها علنية).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="78"/>
        <source>Load it even though the database already has accounts.</source>
        <translation>حمّلها حتى لو كانت في قاعدة البيانات حسابات بالفعل.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="80"/>
        <source>Import contacts from a CSV file (&quot;-&quot; reads standard input) for one owner, all or nothing: rows that cannot be imported are listed, never the whole file.</source>
        <translation>استورد جهات اتصال من ملف CSV (&quot;-&quot; يقرأ الدخل القياسي) لمالك واحد، كلها أو لا شيء: تُسرد الصفوف التي لا يمكن استيرادها، لا الملف كله.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="82"/>
        <location filename="../src/cli/commandline.cpp" line="106"/>
        <source>The owner&apos;s email (required).</source>
        <translation>البريد الإلكتروني للمالك (مطلوب).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="83"/>
        <source>Add every imported contact to the owner&apos;s group NAME, created when missing; repeatable.</source>
        <translation>أضف كل جهة اتصال مستوردة إلى مجموعة المالك NAME، وتُنشأ إن لم تكن موجودة؛ يمكن تكراره.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="85"/>
        <source>Two-letter region for numbers written without + or 00 (e.g. SA); without it such numbers are rejected.</source>
        <translation>رمز المنطقة من حرفين للأرقام المكتوبة دون + أو 00 (مثل SA)؛ ودونه تُرفض هذه الأرقام.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="87"/>
        <source>skip (default: the first row of a phone wins) or update (the last wins; custom fields merge).</source>
        <translation>skip (الافتراضي: يفوز أول صف للرقم) أو update (يفوز الأخير؛ وتُدمج الحقول المخصصة).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="89"/>
        <source>Field delimiter: one character, or &quot;tab&quot; (default: detected among , ; tab |).</source>
        <translation>فاصل الحقول: محرف واحد، أو &quot;tab&quot; (الافتراضي: يُكتشف من بين , ; tab |).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="91"/>
        <source>utf-8, utf-16, windows-1256 or iso-8859-1 (default: utf-8, or what a byte order mark says).</source>
        <translation>utf-8 أو utf-16 أو windows-1256 أو iso-8859-1 (الافتراضي: utf-8، أو ما تدل عليه علامة ترتيب البايتات).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="93"/>
        <source>Map a column: FIELD is phone_number, name, email, status, custom:KEY or ignore; repeatable.</source>
        <translation>اربط عمودًا: FIELD هو phone_number أو name أو email أو status أو custom:KEY أو ignore؛ يمكن تكراره.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="95"/>
        <source>Drop columns that map to no field (default: keep them in custom_fields under their header).</source>
        <translation>أسقط الأعمدة غير المربوطة بأي حقل (الافتراضي: إبقاؤها في custom_fields تحت عنوانها).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="97"/>
        <source>yes, no or auto (default): whether the first row names the columns.</source>
        <translation>yes أو no أو auto (الافتراضي): هل يسمّي الصف الأول الأعمدة.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="99"/>
        <source>Under update, let the file change a blocked contact&apos;s status.</source>
        <translation>مع update، اسمح للملف بتغيير حالة جهة اتصال محظورة.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="100"/>
        <source>Check only: report the counts and write nothing.</source>
        <translation>تحقق فقط: اعرض الأعداد ولا تكتب شيئًا.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="101"/>
        <source>Write rejected rows with their line and reason to this CSV file.</source>
        <translation>اكتب الصفوف المرفوضة مع رقم السطر والسبب في ملف CSV هذا.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="104"/>
        <source>Rewrite an owner&apos;s phone numbers to E.164 in place; numbers that would collide are reported and left unchanged.</source>
        <translation>أعد كتابة أرقام هواتف المالك بصيغة E.164 في مكانها؛ ويُبلَّغ عن الأرقام التي ستتعارض وتُترك دون تغيير.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="107"/>
        <source>Two-letter region for numbers written without + or 00 (required).</source>
        <translation>رمز المنطقة من حرفين للأرقام المكتوبة دون + أو 00 (مطلوب).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="109"/>
        <source>Report what would change and write nothing.</source>
        <translation>اعرض ما سيتغير ولا تكتب شيئًا.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="111"/>
        <source>Export users, sessions, campaigns, contacts, groups or messages to CSV (never password hashes, session data or QR codes).</source>
        <translation>صدّر المستخدمين أو الجلسات أو الحملات أو جهات الاتصال أو المجموعات أو الرسائل إلى CSV (دون تجزئات كلمات المرور أو بيانات الجلسات أو رموز QR أبدًا).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="113"/>
        <location filename="../src/cli/commandline.cpp" line="175"/>
        <source>The CSV file to write (&quot;-&quot; writes standard output).</source>
        <translation>ملف CSV المراد كتابته (&quot;-&quot; يكتب إلى الخرج القياسي).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="114"/>
        <source>Only rows of this owner.</source>
        <translation>صفوف هذا المالك فقط.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="115"/>
        <source>Only rows with this status.</source>
        <translation>الصفوف ذات هذه الحالة فقط.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="116"/>
        <source>Contacts: only members of this group.</source>
        <translation>جهات الاتصال: أعضاء هذه المجموعة فقط.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="117"/>
        <source>Only rows created on or after this date (YYYY-MM-DD).</source>
        <translation>الصفوف المُنشأة في هذا التاريخ أو بعده فقط (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="118"/>
        <source>Only rows created on or before this date (YYYY-MM-DD).</source>
        <translation>الصفوف المُنشأة في هذا التاريخ أو قبله فقط (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="119"/>
        <location filename="../src/cli/commandline.cpp" line="176"/>
        <source>Start the file with a UTF-8 byte order mark (for Excel).</source>
        <translation>ابدأ الملف بعلامة ترتيب البايتات UTF-8 (لبرنامج Excel).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="120"/>
        <source>Contacts&apos; custom fields as one json column (default) or as columns, one per key.</source>
        <translation>الحقول المخصصة لجهات الاتصال في عمود json واحد (الافتراضي) أو في أعمدة، عمود لكل مفتاح.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="122"/>
        <source>Contacts: order by created_at, phone or name, :desc for descending (default: as stored, the fastest).</source>
        <translation>جهات الاتصال: رتّب حسب created_at أو phone أو name، وأضف ‎:desc للترتيب التنازلي (الافتراضي: كما هي مخزّنة، وهو الأسرع).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="125"/>
        <source>Back up the database with pg_dump; the file appears only once the backup is whole.</source>
        <translation>أنشئ نسخة احتياطية من قاعدة البيانات باستخدام pg_dump؛ لا يظهر الملف إلا بعد اكتمال النسخة الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="126"/>
        <source>The backup file; .dump is custom, .sql plain, .sql.gz gzip.</source>
        <translation>ملف النسخة الاحتياطية؛ ‎.dump يعني custom، و‎.sql يعني plain، و‎.sql.gz يعني gzip.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="127"/>
        <source>Write DBNAME-YYYYMMDD-HHMMSS.EXT into this folder instead.</source>
        <translation>اكتب DBNAME-YYYYMMDD-HHMMSS.EXT في هذا المجلد بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="128"/>
        <source>With --out-dir: then delete all but the newest N backups of this database there.</source>
        <translation>مع --out-dir: احذف بعد ذلك من هناك كل النسخ الاحتياطية لقاعدة البيانات هذه عدا أحدث N منها.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="130"/>
        <source>custom, plain or gzip (default: from the file name; custom with --out-dir).</source>
        <translation>custom أو plain أو gzip (الافتراضي: حسب اسم الملف؛ وcustom مع --out-dir).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="132"/>
        <source>Back up only this table; repeatable.</source>
        <translation>أنشئ نسخة احتياطية من هذا الجدول فقط؛ يمكن تكراره.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="134"/>
        <source>Restore a backup (any format, told from its first bytes) into a database, all or nothing.</source>
        <translation>استعد نسخة احتياطية (بأي صيغة، تُعرف من بايتاتها الأولى) إلى قاعدة بيانات، كلها أو لا شيء.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="135"/>
        <source>The database to restore into (required).</source>
        <translation>قاعدة البيانات المراد الاستعادة إليها (مطلوب).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="136"/>
        <source>Create that database first.</source>
        <translation>أنشئ قاعدة البيانات تلك أولًا.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="137"/>
        <source>Restore into a database that has tables: what the backup holds replaces them.</source>
        <translation>استعد إلى قاعدة بيانات فيها جداول: يحلّ محتوى النسخة الاحتياطية محلّها.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="139"/>
        <source>Confirm restoring into the database DB_NAME points at (on a terminal, its name is asked for as well).</source>
        <translation>أكّد الاستعادة إلى قاعدة البيانات التي يشير إليها DB_NAME (في الطرفية، يُطلب اسمها أيضًا).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="142"/>
        <source>Read a backup through to its end and list its tables and rows; a truncated or corrupt file exits 1.</source>
        <translation>اقرأ نسخة احتياطية حتى نهايتها واسرد جداولها وصفوفها؛ ومع ملف مبتور أو تالف يكون رمز الخروج 1.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="145"/>
        <source>Show table and index sizes, dead rows, vacuum times, cache hit ratio, connections, missing privileges and the slowest statements.</source>
        <translation>اعرض أحجام الجداول والفهارس والصفوف الميتة وأوقات التنظيف ونسبة إصابة ذاكرة التخزين المؤقت والاتصالات والصلاحيات الناقصة وأبطأ الاستعلامات.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="148"/>
        <source>List statements of this database running for a while.</source>
        <translation>اسرد استعلامات قاعدة البيانات هذه الجارية منذ مدة.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="150"/>
        <source>Only those running at least N seconds (default 5).</source>
        <translation>الجارية منذ N ثانية على الأقل فقط (الافتراضي 5).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="152"/>
        <source>List blocked statements next to the ones blocking them.</source>
        <translation>اسرد الاستعلامات المحجوبة بجانب الاستعلامات التي تحجبها.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="155"/>
        <source>Cancel the statement a server process of this database is running (&quot;waqtor-db activity&quot; and &quot;waqtor-db locks&quot; list them).</source>
        <translation>ألغِ الاستعلام الذي تنفّذه عملية خادم على قاعدة البيانات هذه (يسردها «waqtor-db activity» و«waqtor-db locks»).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="157"/>
        <source>End the process&apos;s connection instead; its open transaction is rolled back.</source>
        <translation>أنهِ اتصال العملية بدلًا من ذلك؛ ويُتراجَع عن معاملتها المفتوحة.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="161"/>
        <source>VACUUM (ANALYZE) the named WaQtor tables, or all seven, showing progress.</source>
        <translation>نفّذ VACUUM (ANALYZE) على جداول WaQtor المذكورة، أو على الجداول السبعة كلها، مع عرض التقدم.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="162"/>
        <source>VACUUM (FULL, ANALYZE): rewrite each table to give space back to the system; locks the table against reads and writes meanwhile.</source>
        <translation>VACUUM (FULL, ANALYZE): أعد كتابة كل جدول لإرجاع المساحة إلى النظام؛ ويُقفل الجدول أمام القراءة والكتابة أثناء ذلك.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="165"/>
        <source>Rebuild a WaQtor table&apos;s indexes with REINDEX TABLE CONCURRENTLY (reads and writes go on), showing progress.</source>
        <translation>أعد بناء فهارس جدول من جداول WaQtor بالأمر REINDEX TABLE CONCURRENTLY (تستمر القراءة والكتابة)، مع عرض التقدم.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="169"/>
        <source>Print one line per change to users, whatsapp_sessions, messages, campaigns or recipients (all when none is named), whoever made it, as it is committed; Ctrl-C stops.</source>
        <translation>يطبع سطرًا واحدًا لكل تغيير في users أو whatsapp_sessions أو messages أو campaigns أو recipients (جميعها إن لم يُسمَّ أيٌّ منها)، أيًّا كان من أجراه، عند اعتماده؛ Ctrl-C يوقفه.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="171"/>
        <source>One JSON object per line: table, op, rows, owners, owners_total, truncated, at.</source>
        <translation>كائن JSON واحد في كل سطر: table وop وrows وowners وowners_total وtruncated وat.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="172"/>
        <source>Stop after SECONDS (exit 0).</source>
        <translation>التوقف بعد SECONDS ثانية (رمز الخروج 0).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="174"/>
        <source>Write the campaigns, messages or groups report to CSV.</source>
        <translation>اكتب تقرير الحملات أو الرسائل أو المجموعات إلى CSV.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="208"/>
        <source>Unknown command &quot;%1&quot;; &quot;waqtor-db --help&quot; lists the commands.</source>
        <translation>الأمر «%1» غير معروف؛ &quot;waqtor-db --help&quot; يسرد الأوامر.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="217"/>
        <source>&quot;waqtor-db %1 --help&quot; shows its options.</source>
        <translation>&quot;waqtor-db %1 --help&quot; يعرض خياراته.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="218"/>
        <source>&quot;waqtor-db --help&quot; lists the commands.</source>
        <translation>&quot;waqtor-db --help&quot; يسرد الأوامر.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="221"/>
        <source>Unknown language &quot;%1&quot;; use ar (Arabic) or en (English).</source>
        <translation>اللغة «%1» غير معروفة؛ استخدم ar (العربية) أو en (الإنجليزية).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="246"/>
        <source>No command given; &quot;waqtor-db --help&quot; lists the commands.</source>
        <translation>لم يُعطَ أي أمر؛ &quot;waqtor-db --help&quot; يسرد الأوامر.</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="252"/>
        <source>Too many arguments; usage: %1 (quote a NAME that has spaces).</source>
        <translation>وسائط أكثر من اللازم؛ الاستخدام: %1 (ضع NAME الذي فيه مسافات بين علامتي اقتباس).</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="275"/>
        <source>Usage: waqtor-db [--env-file PATH] [--lang LANGUAGE] COMMAND [ARGUMENTS]

Administer a WaQtor PostgreSQL database: accounts, statistics, schema.
Connection: DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD, DB_SSL from the
environment, else ./.env (or --env-file), else the WaQtor defaults.

Commands:
</source>
        <translation>الاستخدام: waqtor-db [--env-file PATH] [--lang LANGUAGE] COMMAND [ARGUMENTS]

أدِر قاعدة بيانات PostgreSQL الخاصة بـ WaQtor: الحسابات والإحصاءات والمخطط.
الاتصال: DB_HOST وDB_PORT وDB_NAME وDB_USER وDB_PASSWORD وDB_SSL من
متغيرات البيئة، وإلا فمن ‎./.env (أو ‎--env-file)، وإلا فالقيم الافتراضية لـ WaQtor.

الأوامر:
</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="250"/>
        <source>Missing arguments; usage: %1</source>
        <translation>وسائط ناقصة؛ الاستخدام: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="253"/>
        <source>Too many arguments; usage: %1</source>
        <translation>وسائط أكثر من اللازم؛ الاستخدام: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="288"/>
        <source>
Exit codes: 0 ok; 1 bad usage or value; 2 connection or database error (nothing written);
3 no such user, or a duplicate; 130 interrupted (nothing written).
&quot;waqtor-db COMMAND --help&quot; shows one command&apos;s options.
</source>
        <translation>
رموز الخروج: 0 نجاح؛ 1 استخدام أو قيمة خاطئة؛ 2 خطأ في الاتصال أو قاعدة البيانات (لم يُكتب شيء)؛
3 لا يوجد مستخدم كهذا، أو تكرار؛ 130 قوطع التنفيذ (لم يُكتب شيء).
&quot;waqtor-db COMMAND --help&quot; يعرض خيارات أمر واحد.
</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="297"/>
        <source>Usage: %1

%2
</source>
        <translation>الاستخدام: %1

%2
</translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="300"/>
        <source>
Options:
</source>
        <translation>
الخيارات:
</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../src/app/widgets/connectionbanner.cpp" line="14"/>
        <location filename="../src/app/widgets/connectionbanner.cpp" line="100"/>
        <source>Reconnect now</source>
        <translation>أعد الاتصال الآن</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectionbanner.cpp" line="73"/>
        <source>Trying again in %L1 s.</source>
        <translation>إعادة المحاولة بعد %L1 ث.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectionbanner.cpp" line="73"/>
        <source>Trying again now…</source>
        <translation>جارٍ إعادة المحاولة الآن…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/connectionbanner.cpp" line="74"/>
        <source>The connection to the database server was lost at %1: %2 %3 Your unsaved edits are kept; pages show what they last loaded.</source>
        <translation>انقطع الاتصال بخادم قاعدة البيانات في %1: %2 %3 تعديلاتك غير المحفوظة باقية؛ وتعرض الصفحات آخر ما حمّلته.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/dialogs/connectiondialog.ui" line="6"/>
        <source>Connection profile</source>
        <translation>ملف تعريف الاتصال</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectiondialog.ui" line="10"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectiondialog.ui" line="11"/>
        <source>e.g. Production replica</source>
        <translation>مثلًا: نسخة الإنتاج المتماثلة</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectiondialog.ui" line="12"/>
        <source>&amp;Host (DB_HOST):</source>
        <translation>ال&amp;مضيف (DB_HOST):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectiondialog.ui" line="14"/>
        <source>P&amp;ort (DB_PORT):</source>
        <translation>المن&amp;فذ (DB_PORT):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectiondialog.ui" line="16"/>
        <source>&amp;Database (DB_NAME):</source>
        <translation>&amp;قاعدة البيانات (DB_NAME):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectiondialog.ui" line="18"/>
        <source>&amp;User (DB_USER):</source>
        <translation>المس&amp;تخدم (DB_USER):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectiondialog.ui" line="20"/>
        <source>Pass&amp;word (DB_PASSWORD):</source>
        <translation>&amp;كلمة المرور (DB_PASSWORD):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectiondialog.ui" line="21"/>
        <source>Kept for this session only; never written to disk.</source>
        <translation>تُحفظ لهذه الجلسة فقط؛ ولا تُكتب على القرص أبدًا.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectiondialog.ui" line="22"/>
        <source>Keep the password in the system &amp;keychain</source>
        <translation>احتفظ بكلمة المرور في &amp;سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectiondialog.ui" line="23"/>
        <source>&amp;SSL mode (DB_SSL):</source>
        <translation>&amp;وضع SSL ‏(DB_SSL):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectiondialog.ui" line="25"/>
        <source>CA &amp;file:</source>
        <translation>&amp;ملف جهة الشهادات (CA):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectiondialog.ui" line="28"/>
        <source>~/.postgresql/root.crt</source>
        <translation>~/.postgresql/root.crt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectiondialog.ui" line="29"/>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectiondialog.ui" line="32"/>
        <source>&amp;Read-only: nothing can be changed through this connection</source>
        <translation>ل&amp;لقراءة فقط: لا يمكن تغيير شيء عبر هذا الاتصال</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectiondialog.ui" line="32"/>
        <source>Every transaction is read-only (default_transaction_read_only), as for a reporting replica; the app then offers no changes.</source>
        <translation>كل معاملة للقراءة فقط (default_transaction_read_only)، كما في نسخة متماثلة للتقارير؛ ولا يعرض التطبيق حينها أي تغيير.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectiondialog.ui" line="40"/>
        <source>&amp;Test connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectiondialog.ui" line="41"/>
        <source>&amp;Create database</source>
        <translation>&amp;أنشئ قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectiondialog.ui" line="41"/>
        <source>Creates the empty database on this server as this user; then run &quot;waqtor-db migrate&quot; to lay out WaQtor&apos;s tables.</source>
        <translation>تُنشئ قاعدة بيانات فارغة على هذا الخادم باسم هذا المستخدم؛ ثم شغّل ‎&quot;waqtor-db migrate&quot;‎ لإنشاء جداول WaQtor.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectiondialog.cpp" line="158"/>
        <source>Connected to %1.</source>
        <translation>تم الاتصال بـ %1.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectiondialog.cpp" line="154"/>
        <source>Connected to %1, but it has no WaQtor schema yet; run &quot;waqtor-db migrate&quot;.</source>
        <translation>تم الاتصال بـ %1، لكن لا يوجد فيها مخطط WaQtor بعد؛ شغّل &quot;waqtor-db migrate&quot;.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectiondialog.cpp" line="30"/>
        <source>From .env / DB_* settings (this run only)</source>
        <translation>من إعدادات ‎.env / DB_*‎ (لهذا التشغيل فقط)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectiondialog.cpp" line="36"/>
        <source>Kept by the desktop&apos;s keychain (GNOME Keyring, KWallet); otherwise the password is asked once per run and kept in memory only.</source>
        <translation>تحفظها سلسلة مفاتيح سطح المكتب (GNOME Keyring أو KWallet)؛ وإلا تُطلب كلمة المرور مرة واحدة في كل تشغيل وتبقى في الذاكرة فقط.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectiondialog.cpp" line="38"/>
        <source>No system keychain answers on this desktop session: the password is asked once per run and kept in memory only.</source>
        <translation>لا تستجيب أي سلسلة مفاتيح للنظام في جلسة سطح المكتب هذه: تُطلب كلمة المرور مرة واحدة في كل تشغيل وتبقى في الذاكرة فقط.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectiondialog.cpp" line="41"/>
        <source>Never written to a settings file: kept in the system keychain when chosen below, otherwise in memory for this run only.</source>
        <translation>لا تُكتب أبدًا في ملف إعدادات: تُحفظ في سلسلة مفاتيح النظام إذا اخترت ذلك أدناه، وإلا ففي الذاكرة لهذا التشغيل فقط.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectiondialog.cpp" line="44"/>
        <source>Disable: no SSL</source>
        <translation>تعطيل: بلا SSL</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectiondialog.cpp" line="45"/>
        <source>Prefer: SSL when the server offers it</source>
        <translation>تفضيل: SSL إن كان الخادم يوفّره</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectiondialog.cpp" line="46"/>
        <source>Require: SSL, certificate not checked</source>
        <translation>إلزام: SSL دون التحقق من الشهادة</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectiondialog.cpp" line="47"/>
        <source>Verify CA: SSL, certificate signed by the CA file</source>
        <translation>التحقق من الجهة: SSL وشهادة موقّعة من ملف جهة الشهادات</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectiondialog.cpp" line="48"/>
        <source>Verify full: as Verify CA, and the host name matches</source>
        <translation>تحقق كامل: كالتحقق من الجهة مع مطابقة اسم المضيف</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectiondialog.cpp" line="107"/>
        <source>Give the connection a name, e.g. &quot;Production replica&quot;.</source>
        <translation>أعطِ الاتصال اسمًا، مثلًا «نسخة الإنتاج المتماثلة».</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectiondialog.cpp" line="109"/>
        <source>Enter the database server&apos;s host name.</source>
        <translation>أدخل اسم مضيف خادم قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectiondialog.cpp" line="111"/>
        <source>Enter the name of the WaQtor database.</source>
        <translation>أدخل اسم قاعدة بيانات WaQtor.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectiondialog.cpp" line="131"/>
        <source>Certificate authority</source>
        <translation>جهة الشهادات</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectiondialog.cpp" line="132"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>الشهادات (*.crt *.pem *.cer);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectiondialog.cpp" line="156"/>
        <source>Connected to %1, read-only: nothing can be changed through this connection.</source>
        <translation>تم الاتصال بـ %1 للقراءة فقط: لا يمكن تغيير شيء عبر هذا الاتصال.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/connectiondialog.cpp" line="169"/>
        <source>&amp;Create database &quot;%1&quot;</source>
        <translation>&amp;أنشئ قاعدة البيانات ‏&quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <location filename="../src/app/workspace/connectionprofiles.cpp" line="22"/>
        <source>The connection profiles could not be saved in %1; check that the folder is writable and the disk is not full.</source>
        <translation>تعذّر حفظ ملفات تعريف الاتصال في %1؛ تحقّق من أن المجلد قابل للكتابة وأن القرص غير ممتلئ.</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/connectionprofiles.cpp" line="51"/>
        <source>The .env / DB_* settings are not saved as a profile; save a copy under a name.</source>
        <translation>لا تُحفظ إعدادات ‎.env / DB_*‎ كملف تعريف اتصال؛ احفظ نسخة منها باسم.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <location filename="../src/core/db/connectionsettings.cpp" line="42"/>
        <source>Cannot read the settings file %1: %2. Check the path given to --env-file.</source>
        <translation>تتعذّر قراءة ملف الإعدادات %1: %2. تحقق من المسار المعطى لـ --env-file.</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionsettings.cpp" line="93"/>
        <source>DB_PORT is &quot;%1&quot;, which is not a port number; use a number from 1 to 65535.</source>
        <translation>قيمة DB_PORT هي «%1»، وهي ليست رقم منفذ؛ استخدم رقمًا من 1 إلى 65535.</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionsettings.cpp" line="104"/>
        <source>DB_SSL is &quot;%1&quot;; use true or false.</source>
        <translation>قيمة DB_SSL هي «%1»؛ استخدم true أو false.</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionsettings.cpp" line="107"/>
        <source>DB_HOST is empty; give the database server&apos;s host name.</source>
        <translation>DB_HOST فارغ؛ أدخل اسم مضيف خادم قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionsettings.cpp" line="109"/>
        <source>DB_NAME is empty; give the name of the WaQtor database.</source>
        <translation>DB_NAME فارغ؛ أدخل اسم قاعدة بيانات WaQtor.</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionsettings.cpp" line="116"/>
        <source>%1:%2, database &quot;%3&quot;</source>
        <comment>host:port, then the database&apos;s name</comment>
        <translation>%1:%2، قاعدة البيانات «%3»</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionsettings.cpp" line="195"/>
        <source>The CA file&apos;s path %1 contains a semicolon, which the database driver cannot pass on; move or rename the file.</source>
        <translation>مسار ملف جهة الشهادات %1 يحتوي على فاصلة منقوطة لا يستطيع مشغّل قاعدة البيانات تمريرها؛ انقل الملف أو أعد تسميته.</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionsettings.cpp" line="199"/>
        <source>The CA file %1 does not exist or cannot be read; choose the certificate (PEM) of the authority that signed the server&apos;s certificate.</source>
        <translation>ملف جهة الشهادات %1 غير موجود أو تتعذّر قراءته؛ اختر شهادة (PEM) الجهة التي وقّعت شهادة الخادم.</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="32"/>
        <source>--owner EMAIL is required: whose contacts are these?</source>
        <translation>--owner EMAIL مطلوب: لمن جهات الاتصال هذه؟</translation>
    </message>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="35"/>
        <source>There is no account %1; &quot;waqtor-db list-users&quot; lists them.</source>
        <translation>لا يوجد حساب %1؛ &quot;waqtor-db list-users&quot; يسرد الحسابات.</translation>
    </message>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="44"/>
        <source>--region CC is required, e.g. --region SA.</source>
        <translation>--region CC مطلوب، مثل --region SA.</translation>
    </message>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="48"/>
        <source>Unknown region &quot;%1&quot;; use a two-letter country code such as SA, EG or DE.</source>
        <translation>المنطقة «%1» غير معروفة؛ استخدم رمز دولة من حرفين مثل SA أو EG أو DE.</translation>
    </message>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="62"/>
        <source>--delimiter &quot;%1&quot; must be one character (or &quot;tab&quot;), not a quote.</source>
        <translation>يجب أن يكون --delimiter «%1» محرفًا واحدًا (أو &quot;tab&quot;)، وليس علامة اقتباس.</translation>
    </message>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="71"/>
        <source>--header must be yes, no or auto, not &quot;%1&quot;.</source>
        <translation>يجب أن يكون --header واحدًا من yes أو no أو auto، وليس «%1».</translation>
    </message>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="94"/>
        <source>--on-duplicate must be skip or update, not &quot;%1&quot;.</source>
        <translation>يجب أن يكون --on-duplicate واحدًا من skip أو update، وليس «%1».</translation>
    </message>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="117"/>
        <source>Cannot read %1: %2.</source>
        <translation>تتعذّر قراءة %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="151"/>
        <source>%1 rows, %2 rows/s%3   </source>
        <translation>الصفوف: %1، %2 صف/ث%3   </translation>
    </message>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="164"/>
        <source>Check only, nothing written: %1 would be inserted, %2 updated, %3 skipped, %4 rejected.</source>
        <translation>تحقق فقط، لم يُكتب شيء: سيُدرج %1، ويُحدَّث %2، ويُتخطّى %3، ويُرفض %4.</translation>
    </message>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="167"/>
        <source>Imported for %5: %1 inserted, %2 updated, %3 skipped, %4 rejected.</source>
        <translation>استُورد لـ %5: أُدرج %1، وحُدِّث %2، وتُخطّي %3، ورُفض %4.</translation>
    </message>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="170"/>
        <source>New groups: %1.</source>
        <translation>مجموعات جديدة: %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="174"/>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="176"/>
        <source>… and %1 more.</source>
        <translation>… و%1 أخرى.</translation>
    </message>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="178"/>
        <source>Rejected rows were not saved; add --errors FILE to get them as CSV.</source>
        <translation>لم تُحفظ الصفوف المرفوضة؛ أضف --errors FILE للحصول عليها بصيغة CSV.</translation>
    </message>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="179"/>
        <source>Rejected rows with their reasons: %1</source>
        <translation>الصفوف المرفوضة مع أسبابها: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="196"/>
        <source>Check only, nothing written: %1 phones would be rewritten to E.164, %2 collide, %3 cannot be read, %4 already E.164.</source>
        <translation>تحقق فقط، لم يُكتب شيء: أرقام ستُعاد كتابتها بصيغة E.164: %1، ومتعارضة: %2، وتتعذّر قراءتها: %3، وبصيغة E.164 بالفعل: %4.</translation>
    </message>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="198"/>
        <source>%1 phones rewritten to E.164, %2 collide (left unchanged), %3 cannot be read (left unchanged), %4 already E.164.</source>
        <translation>أرقام أُعيدت كتابتها بصيغة E.164: %1، ومتعارضة (تُركت دون تغيير): %2، وتتعذّر قراءتها (تُركت دون تغيير): %3، وبصيغة E.164 بالفعل: %4.</translation>
    </message>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="203"/>
        <source>collision: %1 → %2, which %3</source>
        <translation>تعارض: %1 → %2، %3</translation>
    </message>
    <message>
        <location filename="../src/cli/contactcommands.cpp" line="206"/>
        <source>unreadable: %1: %2</source>
        <translation>غير مقروء: %1: %2</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../ui/dialogs/contactdialog.ui" line="6"/>
        <location filename="../src/app/dialogs/contactdialog.cpp" line="44"/>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/contactdialog.ui" line="11"/>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/contactdialog.ui" line="14"/>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/contactdialog.ui" line="16"/>
        <source>&amp;Email:</source>
        <translation>ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/contactdialog.ui" line="17"/>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/contactdialog.ui" line="18"/>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/contactdialog.ui" line="20"/>
        <source>&amp;Owner:</source>
        <translation>ال&amp;مالك:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/contactdialog.ui" line="24"/>
        <source>&amp;Custom fields:</source>
        <translation>الحقول الم&amp;خصصة:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/contactdialog.ui" line="27"/>
        <source>&amp;Groups:</source>
        <translation>الم&amp;جموعات:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/contactdialog.ui" line="28"/>
        <source>The owner&apos;s groups; ticked ones have this contact as a member</source>
        <translation>مجموعات المالك؛ جهة الاتصال هذه عضو في المجموعات المحددة</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/contactdialog.cpp" line="31"/>
        <source>+966501234567, or a national number of region %1</source>
        <translation>‎+966501234567، أو رقم محلي في المنطقة %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/contactdialog.cpp" line="32"/>
        <source>Saved in international form (E.164). Numbers starting with + or 00 need no region; others are read as numbers of region %1 (setting contacts/region).</source>
        <translation>يُحفظ بالصيغة الدولية (E.164). الأرقام التي تبدأ بـ + أو 00 لا تحتاج إلى منطقة؛ وتُقرأ الأرقام الأخرى على أنها أرقام في المنطقة %1 (الإعداد contacts/region).</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/contactdialog.cpp" line="44"/>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/contactdialog.cpp" line="44"/>
        <source>Edit contact</source>
        <translation>تعديل جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/contactdialog.cpp" line="66"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/contactdialog.cpp" line="114"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/contactdialog.cpp" line="130"/>
        <source>The custom fields are not key/value pairs (%1); they are kept as they are.</source>
        <translation>الحقول المخصصة ليست أزواج مفتاح/قيمة (%1)؛ تُترك كما هي.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/contactdialog.cpp" line="132"/>
        <source>Created %1 · updated %2</source>
        <translation>أُنشئت %1 · حُدِّثت %2</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/contactdialog.cpp" line="147"/>
        <source>Saved in international form; national numbers are read as region %1.</source>
        <translation>يُحفظ بالصيغة الدولية؛ وتُقرأ الأرقام المحلية على أنها في المنطقة %1.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/contactdialog.cpp" line="155"/>
        <source>International form (E.164).</source>
        <translation>الصيغة الدولية (E.164).</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/contactdialog.cpp" line="156"/>
        <source>Will be saved as %1.</source>
        <translation>سيُحفظ بالصيغة %1.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/contactdialog.cpp" line="237"/>
        <source>The owner has no groups yet.</source>
        <translation>ليس لدى المالك مجموعات بعد.</translation>
    </message>
</context>
<context>
    <name>ContactGroups</name>
    <message>
        <location filename="../src/core/groups/contactgroups.cpp" line="44"/>
        <source>Could not read the groups</source>
        <translation>تعذّرت قراءة المجموعات</translation>
    </message>
    <message>
        <location filename="../src/core/groups/contactgroups.cpp" line="64"/>
        <location filename="../src/core/groups/contactgroups.cpp" line="75"/>
        <location filename="../src/core/groups/contactgroups.cpp" line="89"/>
        <source>Could not change the contact&apos;s groups</source>
        <translation>تعذّر تغيير مجموعات جهة الاتصال</translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <location filename="../src/core/import/contactimporter.cpp" line="32"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>أُلغي الاستيراد؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../src/core/import/contactimporter.cpp" line="52"/>
        <source>Could not look up group &quot;%1&quot;</source>
        <translation>تعذّر البحث عن المجموعة «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/import/contactimporter.cpp" line="62"/>
        <source>Could not create group &quot;%1&quot;</source>
        <translation>تعذّر إنشاء المجموعة «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/import/contactimporter.cpp" line="105"/>
        <source>Unknown region &quot;%1&quot;; use a two-letter country code such as SA, EG or DE.</source>
        <translation>المنطقة «%1» غير معروفة؛ استخدم رمز دولة من حرفين مثل SA أو EG أو DE.</translation>
    </message>
    <message>
        <location filename="../src/core/import/contactupsert.cpp" line="85"/>
        <source>Importing failed while %1, so nothing was imported</source>
        <translation>فشل الاستيراد أثناء %1، لذا لم يُستورد شيء</translation>
    </message>
    <message>
        <location filename="../src/core/import/contactupsert.cpp" line="111"/>
        <location filename="../src/core/import/contactupsert.cpp" line="115"/>
        <source>The import could not start, so nothing was imported</source>
        <translation>تعذّر بدء الاستيراد، لذا لم يُستورد شيء</translation>
    </message>
    <message>
        <location filename="../src/core/import/contactupsert.cpp" line="179"/>
        <source>Importing failed while emptying its work table, so nothing was imported</source>
        <translation>فشل الاستيراد أثناء تفريغ جدول العمل الخاص به، لذا لم يُستورد شيء</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="47"/>
        <source>&quot;%1&quot; is not a contact id.</source>
        <translation>«%1» ليس معرّف جهة اتصال.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="51"/>
        <source>No contacts were selected.</source>
        <translation>لم تُحدَّد أي جهة اتصال.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="57"/>
        <source>A contact with phone %1 already exists for %2</source>
        <translation>توجد بالفعل جهة اتصال برقم الهاتف %1 لدى %2</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="76"/>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="78"/>
        <source>Blocked</source>
        <translation>محظورة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="80"/>
        <source>Invalid</source>
        <translation>غير صالحة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="91"/>
        <source>The email is %1 characters long; the most is 255.</source>
        <translation>عدد أحرف البريد الإلكتروني %1، والحد الأقصى 255.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="93"/>
        <source>&quot;%1&quot; does not look like an email address (name@example.com); correct it or leave it empty.</source>
        <translation>«%1» لا يبدو عنوان بريد إلكتروني (name@example.com)؛ صحّحه أو اتركه فارغًا.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="104"/>
        <source>A custom field has a value but no key; give it a key or remove the row.</source>
        <translation>لأحد الحقول المخصصة قيمة دون مفتاح؛ أدخل مفتاحًا أو احذف الصف.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="106"/>
        <source>The custom field &quot;%1&quot; appears twice; keys must be unique.</source>
        <translation>الحقل المخصص «%1» مكرر؛ يجب أن تكون المفاتيح فريدة.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="144"/>
        <location filename="../src/core/repositories/contactrepository.cpp" line="212"/>
        <source>Could not read the contact</source>
        <translation>تعذّرت قراءة جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="146"/>
        <location filename="../src/core/repositories/contactrepository.cpp" line="214"/>
        <source>The contact no longer exists; someone deleted it.</source>
        <translation>لم تعد جهة الاتصال موجودة؛ حذفها شخص ما.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="173"/>
        <source>Could not read the contact&apos;s owner</source>
        <translation>تعذّرت قراءة مالك جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="175"/>
        <source>The chosen owner no longer exists; choose another one.</source>
        <translation>لم يعد المالك المختار موجودًا؛ اختر مالكًا آخر.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="218"/>
        <source>The contact %1</source>
        <translation>جهة الاتصال %1</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="193"/>
        <source>Choose the contact&apos;s owner.</source>
        <translation>اختر مالك جهة الاتصال.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="227"/>
        <source>&quot;%1&quot; is not a contact status; use active, blocked or invalid.</source>
        <translation>«%1» ليست حالة جهة اتصال؛ استخدم active أو blocked أو invalid.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="238"/>
        <source>Could not check the phone number</source>
        <translation>تعذّر التحقق من رقم الهاتف</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="265"/>
        <source>Could not create the contact %1</source>
        <translation>تعذّر إنشاء جهة الاتصال %1</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="266"/>
        <source>Could not save the contact %1</source>
        <translation>تعذّر حفظ جهة الاتصال %1</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="307"/>
        <source>Could not count what the delete would remove</source>
        <translation>تعذّر حساب ما سيُزيله الحذف</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="336"/>
        <source>Could not read the contacts to delete</source>
        <translation>تعذّرت قراءة جهات الاتصال المراد حذفها</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="348"/>
        <source>The selected contacts no longer exist; someone deleted them.</source>
        <translation>لم تعد جهات الاتصال المحددة موجودة؛ حذفها شخص ما.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/contactrepository.cpp" line="353"/>
        <source>Could not delete the contacts</source>
        <translation>تعذّر حذف جهات الاتصال</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/repositories/contactrepository.cpp" line="354"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهتا اتصال</numerusform>
            <numerusform>%n جهات اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactRowBuilder</name>
    <message>
        <location filename="../src/core/import/contactrowbuilder.cpp" line="67"/>
        <source>The row cannot be read: %1.</source>
        <translation>تتعذّر قراءة الصف: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/import/contactrowbuilder.cpp" line="73"/>
        <source>The row has %1 fields, fewer than the %2 columns of the file.</source>
        <translation>عدد حقول الصف %1، وهو أقل من عدد أعمدة الملف (%2).</translation>
    </message>
    <message>
        <location filename="../src/core/import/contactrowbuilder.cpp" line="74"/>
        <source>The row has %1 fields, more than the %2 columns of the file.</source>
        <translation>عدد حقول الصف %1، وهو أكثر من عدد أعمدة الملف (%2).</translation>
    </message>
    <message>
        <location filename="../src/core/import/contactrowbuilder.cpp" line="89"/>
        <source>Column &quot;%1&quot; contains a NUL character, which the database cannot store.</source>
        <translation>يحتوي العمود «%1» على محرف NUL، ولا تستطيع قاعدة البيانات تخزينه.</translation>
    </message>
    <message>
        <location filename="../src/core/import/contactrowbuilder.cpp" line="125"/>
        <source>Status &quot;%1&quot; is not one of active, blocked or invalid.</source>
        <translation>الحالة «%1» ليست واحدة من active أو blocked أو invalid.</translation>
    </message>
    <message>
        <location filename="../src/core/import/contactrowbuilder.cpp" line="141"/>
        <source>Column &quot;%1&quot; is not a JSON object such as {&quot;city&quot;: &quot;Riyadh&quot;}.</source>
        <translation>العمود «%1» ليس كائن JSON مثل {&quot;city&quot;: &quot;Riyadh&quot;}.</translation>
    </message>
    <message>
        <location filename="../src/core/import/contactrowbuilder.cpp" line="146"/>
        <source>Column &quot;%1&quot; holds \u0000, which the database cannot store.</source>
        <translation>يحتوي العمود «%1» على \u0000، ولا تستطيع قاعدة البيانات تخزينه.</translation>
    </message>
    <message>
        <location filename="../src/core/import/contactrowbuilder.cpp" line="158"/>
        <source>The row has no phone number.</source>
        <translation>ليس في الصف رقم هاتف.</translation>
    </message>
    <message>
        <location filename="../src/core/import/contactrowbuilder.cpp" line="168"/>
        <source>The email is %1 characters long; the most is %2.</source>
        <translation>عدد أحرف البريد الإلكتروني %1، والحد الأقصى %2.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../ui/pages/contactspage.ui" line="8"/>
        <source>Search phone (exact), name or email…</source>
        <translation>ابحث برقم الهاتف (مطابقة تامة) أو الاسم أو البريد الإلكتروني…</translation>
    </message>
    <message>
        <location filename="../ui/pages/contactspage.ui" line="22"/>
        <source>◀</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../ui/pages/contactspage.ui" line="22"/>
        <source>Previous rows</source>
        <translation>الصفوف السابقة</translation>
    </message>
    <message>
        <location filename="../ui/pages/contactspage.ui" line="23"/>
        <source>▶</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../ui/pages/contactspage.ui" line="23"/>
        <source>Next rows</source>
        <translation>الصفوف التالية</translation>
    </message>
    <message>
        <location filename="../ui/pages/contactspage.ui" line="27"/>
        <source>&amp;Import CSV…</source>
        <translation>ا&amp;ستيراد CSV…</translation>
    </message>
    <message>
        <location filename="../ui/pages/contactspage.ui" line="27"/>
        <source>Import contacts from a CSV file (Ctrl+I)</source>
        <translation>استيراد جهات اتصال من ملف CSV ‏(Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../ui/pages/contactspage.ui" line="27"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="104"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="107"/>
        <source>A phone number (digits, +, spaces, dashes) is matched exactly, in international form: numbers without + or 00 are read as region %1 (setting contacts/region). Other text matches any part of the name or email, which is slower on very large contact lists: choose an owner first.</source>
        <translation>يُطابَق رقم الهاتف (أرقام و+ ومسافات وشرطات) مطابقة تامة بالصيغة الدولية: تُقرأ الأرقام التي لا تبدأ بـ + أو 00 على أنها في المنطقة %1 (الإعداد contacts/region). ويُطابِق أي نص آخر أي جزء من الاسم أو البريد الإلكتروني، وهذا أبطأ في قوائم جهات الاتصال الكبيرة جدًا: اختر مالكًا أولًا.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="112"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="112"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="112"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="113"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="113"/>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="113"/>
        <source>Custom fields</source>
        <translation>الحقول المخصصة</translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="114"/>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="114"/>
        <source>Updated</source>
        <translation>تاريخ التحديث</translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="185"/>
        <source>Only contacts added from %1 to %2.</source>
        <translation>جهات الاتصال المضافة من %1 إلى %2 فقط.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/contactspage.cpp" line="205"/>
        <source>Type at least %n digits to search phone numbers.</source>
        <translation>
            <numerusform>اكتب %n رقم على الأقل للبحث في أرقام الهواتف.</numerusform>
            <numerusform>اكتب رقمًا واحدًا (%n) على الأقل للبحث في أرقام الهواتف.</numerusform>
            <numerusform>اكتب رقمين (%n) على الأقل للبحث في أرقام الهواتف.</numerusform>
            <numerusform>اكتب %n أرقام على الأقل للبحث في أرقام الهواتف.</numerusform>
            <numerusform>اكتب %n رقمًا على الأقل للبحث في أرقام الهواتف.</numerusform>
            <numerusform>اكتب %n رقم على الأقل للبحث في أرقام الهواتف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="209"/>
        <source>Phone number %1, exact match.</source>
        <translation>رقم الهاتف %1، مطابقة تامة.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="213"/>
        <source>Phone numbers containing %1.</source>
        <translation>أرقام الهواتف التي تحتوي على %1.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="214"/>
        <source>Phone numbers starting with %1.</source>
        <translation>أرقام الهواتف التي تبدأ بـ %1.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="220"/>
        <source>Names and emails containing the text, across every owner: this can take a while on millions of contacts; choosing an owner is faster.</source>
        <translation>الأسماء وعناوين البريد الإلكتروني التي تحتوي على النص، لدى كل المالكين: قد يستغرق هذا وقتًا مع ملايين جهات الاتصال؛ واختيار مالك أسرع.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="222"/>
        <source>Names and emails containing the text.</source>
        <translation>الأسماء وعناوين البريد الإلكتروني التي تحتوي على النص.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="239"/>
        <source>Created the contact %1.</source>
        <translation>أُنشئت جهة الاتصال %1.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="251"/>
        <source>Saved the contact %1.</source>
        <translation>حُفظت جهة الاتصال %1.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="269"/>
        <source>Delete the contact %1?</source>
        <translation>هل تريد حذف جهة الاتصال %1؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/contactspage.cpp" line="269"/>
        <source>Delete %Ln contacts?</source>
        <translation>
            <numerusform>هل تريد حذف %Ln جهة اتصال؟</numerusform>
            <numerusform>هل تريد حذف %Ln جهة اتصال؟</numerusform>
            <numerusform>هل تريد حذف %Ln جهتي اتصال؟</numerusform>
            <numerusform>هل تريد حذف %Ln جهات اتصال؟</numerusform>
            <numerusform>هل تريد حذف %Ln جهة اتصال؟</numerusform>
            <numerusform>هل تريد حذف %Ln جهة اتصال؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/contactspage.cpp" line="270"/>
        <source>This also removes them from their groups: %Ln group membership(s). Messages already sent are kept. This cannot be undone.</source>
        <translation>
            <numerusform>سيُزيلها هذا أيضًا من مجموعاتها: %Ln عضوية في مجموعات. وتُحفظ الرسائل المُرسَلة بالفعل. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>سيُزيلها هذا أيضًا من مجموعاتها: %Ln عضوية في مجموعة. وتُحفظ الرسائل المُرسَلة بالفعل. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>سيُزيلها هذا أيضًا من مجموعاتها: %Ln عضويتان في مجموعات. وتُحفظ الرسائل المُرسَلة بالفعل. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>سيُزيلها هذا أيضًا من مجموعاتها: %Ln عضويات في مجموعات. وتُحفظ الرسائل المُرسَلة بالفعل. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>سيُزيلها هذا أيضًا من مجموعاتها: %Ln عضوية في مجموعات. وتُحفظ الرسائل المُرسَلة بالفعل. لا يمكن التراجع عن هذا.</numerusform>
            <numerusform>سيُزيلها هذا أيضًا من مجموعاتها: %Ln عضوية في مجموعات. وتُحفظ الرسائل المُرسَلة بالفعل. لا يمكن التراجع عن هذا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/contactspage.cpp" line="278"/>
        <source>Deleted %Ln contact(s) and %L1 group membership(s).</source>
        <translation>
            <numerusform>حُذفت %Ln جهة اتصال و%L1 عضوية في مجموعات.</numerusform>
            <numerusform>حُذفت %Ln جهة اتصال و%L1 عضوية في مجموعات.</numerusform>
            <numerusform>حُذفت %Ln جهتا اتصال و%L1 عضوية في مجموعات.</numerusform>
            <numerusform>حُذفت %Ln جهات اتصال و%L1 عضوية في مجموعات.</numerusform>
            <numerusform>حُذفت %Ln جهة اتصال و%L1 عضوية في مجموعات.</numerusform>
            <numerusform>حُذفت %Ln جهة اتصال و%L1 عضوية في مجموعات.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.cpp" line="291"/>
        <source>Imported contacts: %L1 inserted, %L2 updated, %L3 skipped, %L4 rejected.</source>
        <translation>جهات الاتصال المستوردة: أُدرج %L1، وحُدِّث %L2، وتُخطّي %L3، ورُفض %L4.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/contactspage.h" line="25"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
</context>
<context>
    <name>CopyIn</name>
    <message>
        <location filename="../src/core/db/copyin.cpp" line="30"/>
        <source>The connection to the database was lost while %1; nothing was saved.</source>
        <translation>انقطع الاتصال بقاعدة البيانات أثناء %1؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../src/core/db/copyin.cpp" line="32"/>
        <source>The database refused the data while %1; nothing was saved.</source>
        <translation>رفضت قاعدة البيانات البيانات أثناء %1؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../src/core/db/copyin.cpp" line="39"/>
        <source>Bulk loading needs a PostgreSQL connection, and this one is not open.</source>
        <translation>يحتاج التحميل المجمّع إلى اتصال PostgreSQL، وهذا الاتصال غير مفتوح.</translation>
    </message>
</context>
<context>
    <name>CopyOutStreamer</name>
    <message>
        <location filename="../src/core/db/copyoutstreamer.cpp" line="58"/>
        <source>%1: the connection to the database is not open.</source>
        <translation>%1: الاتصال بقاعدة البيانات غير مفتوح.</translation>
    </message>
    <message>
        <location filename="../src/core/db/copyoutstreamer.cpp" line="60"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../src/core/db/copyoutstreamer.cpp" line="101"/>
        <source>%1: the file could not be written (%2).</source>
        <translation>%1: تعذّرت كتابة الملف (%2).</translation>
    </message>
</context>
<context>
    <name>CsvExportJob</name>
    <message>
        <location filename="../src/core/export/csvexportjob.cpp" line="30"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="42"/>
        <source>campaigns report</source>
        <translation>تقرير الحملات</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="43"/>
        <source>messages report</source>
        <translation>تقرير الرسائل</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="44"/>
        <source>groups report</source>
        <translation>تقرير المجموعات</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="105"/>
        <source>The %1 have no status to filter on; leave out --status.</source>
        <translation>لا توجد حالة يمكن التصفية بها في %1؛ احذف --status.</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="107"/>
        <source>&quot;%1&quot; is not a status of %2; use one of: %3.</source>
        <translation>«%1» ليست حالة من حالات %2؛ استخدم إحدى الحالات: %3.</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="111"/>
        <source>Only contacts can be filtered by group; leave out --group for the %1.</source>
        <translation>لا يمكن التصفية حسب المجموعة إلا لجهات الاتصال؛ احذف --group عند تصدير %1.</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="113"/>
        <source>Accounts have no owner; leave out --owner when exporting users.</source>
        <translation>ليس للحسابات مالك؛ احذف --owner عند تصدير المستخدمين.</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="115"/>
        <source>The first day (%1) is after the last day (%2); nothing could match.</source>
        <translation>اليوم الأول (%1) بعد اليوم الأخير (%2)؛ لا يمكن أن يطابق أي شيء.</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="118"/>
        <source>Only contacts have custom fields to lay out as columns.</source>
        <translation>جهات الاتصال وحدها لها حقول مخصصة يمكن عرضها في أعمدة.</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="131"/>
        <source>Could not prepare the export</source>
        <translation>تعذّر تجهيز التصدير</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="145"/>
        <source>Could not start the export</source>
        <translation>تعذّر بدء التصدير</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="160"/>
        <source>Could not look up the group %1</source>
        <translation>تعذّر البحث عن المجموعة %1</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="163"/>
        <source>No group is called &quot;%1&quot;.</source>
        <translation>لا توجد مجموعة باسم «%1».</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="164"/>
        <source>That owner has no group called &quot;%1&quot;.</source>
        <translation>ليس لدى ذلك المالك مجموعة باسم «%1».</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="173"/>
        <source>Could not collect the custom field names</source>
        <translation>تعذّر جمع أسماء الحقول المخصصة</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="179"/>
        <source>These contacts have %L1 different custom field names, too many for one column each: PostgreSQL returns at most %L2 columns per query, so an export takes at most %L3 custom-field columns. Export the custom fields as one JSON column instead (--custom-fields json on the command line).</source>
        <translation>عدد أسماء الحقول المخصصة المختلفة لجهات الاتصال هذه %L1، وهذا أكثر من أن يُخصَّص عمود لكل منها: لا يعيد PostgreSQL في الاستعلام الواحد أعمدةً يزيد عددها على %L2، لذا لا يزيد عدد أعمدة الحقول المخصصة في التصدير على %L3. صدّر الحقول المخصصة في عمود JSON واحد بدلًا من ذلك (--custom-fields json في سطر الأوامر).</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="209"/>
        <source>Could not export the %1</source>
        <translation>تعذّر تصدير %1</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="230"/>
        <source>Could not start the report</source>
        <translation>تعذّر بدء التقرير</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="234"/>
        <source>Could not write the %1</source>
        <translation>تعذّرت كتابة %1</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="242"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../src/core/export/csvexporter.cpp" line="249"/>
        <source>%1: the file could not be written (%2).</source>
        <translation>%1: تعذّرت كتابة الملف (%2).</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../src/core/csv/csvreader.cpp" line="50"/>
        <source>The file is not open for reading.</source>
        <translation>الملف غير مفتوح للقراءة.</translation>
    </message>
    <message>
        <location filename="../src/core/csv/csvreader.cpp" line="53"/>
        <source>The delimiter cannot be a quote or a line break.</source>
        <translation>لا يمكن أن يكون الفاصل علامة اقتباس أو فاصل أسطر.</translation>
    </message>
    <message>
        <location filename="../src/core/csv/csvreader.cpp" line="62"/>
        <location filename="../src/core/csv/csvreader.cpp" line="76"/>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <location filename="../src/core/csv/csvreader.cpp" line="108"/>
        <source>&quot;%1&quot; is not an encoding this program knows; try utf-8, utf-16, windows-1256 or iso-8859-1.</source>
        <translation>«%1» ليس ترميزًا يعرفه هذا البرنامج؛ جرّب utf-8 أو utf-16 أو windows-1256 أو iso-8859-1.</translation>
    </message>
    <message>
        <location filename="../src/core/csv/csvreader.cpp" line="120"/>
        <source>Line %1 has bytes that are not valid %2; choose the file&apos;s encoding (--encoding on the command line), for example windows-1256 or iso-8859-1.</source>
        <translation>في السطر %1 بايتات غير صالحة في %2؛ اختر ترميز الملف (--encoding في سطر الأوامر)، مثل windows-1256 أو iso-8859-1.</translation>
    </message>
    <message>
        <location filename="../src/core/csv/csvreader.cpp" line="187"/>
        <source>Could not read the file: %1.</source>
        <translation>تعذّرت قراءة الملف: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/csv/csvreader.cpp" line="238"/>
        <source>Line %1 has a field longer than %2 characters, the most one field may hold. Check that every quote in the file is closed (an unclosed quote makes the rest of the file one field).</source>
        <translation>في السطر %1 حقل يزيد عدد أحرفه على %2، وهو الحد الأقصى لما يسعه حقل واحد. تحقق من أن كل علامة اقتباس في الملف مغلقة (علامة الاقتباس غير المغلقة تجعل بقية الملف حقلًا واحدًا).</translation>
    </message>
    <message>
        <location filename="../src/core/csv/csvreader.cpp" line="248"/>
        <source>Line %1 has more than %2 columns; at most %2 are allowed. Check the delimiter (--delimiter on the command line, Delimiter in the wizard) or remove unused columns.</source>
        <translation>عدد الأعمدة في السطر %1 أكثر من %2، والحد الأقصى المسموح %2. تحقق من الفاصل (--delimiter في سطر الأوامر، و«الفاصل» في معالج الاستيراد) أو أزل الأعمدة غير المستخدمة.</translation>
    </message>
    <message>
        <location filename="../src/core/csv/csvreader.cpp" line="257"/>
        <source>The record starting on line %1 is longer than %2 characters, the most one row may hold. Split its text over several rows or shorten it.</source>
        <translation>السجل الذي يبدأ في السطر %1 يزيد عدد أحرفه على %2، وهو الحد الأقصى لما يسعه صف واحد. وزّع نصه على عدة صفوف أو اختصره.</translation>
    </message>
    <message>
        <location filename="../src/core/csv/csvreader.cpp" line="306"/>
        <source>a quoted field is never closed</source>
        <translation>حقل بين علامتي اقتباس لم يُغلق</translation>
    </message>
    <message>
        <location filename="../src/core/csv/csvreader.cpp" line="337"/>
        <source>text after a closing quote</source>
        <translation>نص بعد علامة اقتباس الإغلاق</translation>
    </message>
    <message>
        <location filename="../src/core/csv/csvreader.cpp" line="355"/>
        <source>a quote inside an unquoted field</source>
        <translation>علامة اقتباس داخل حقل غير مقتبس</translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <location filename="../src/app/widgets/customfieldseditor.cpp" line="30"/>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/customfieldseditor.cpp" line="30"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/customfieldseditor.cpp" line="36"/>
        <source>&amp;Add field</source>
        <translation>إ&amp;ضافة حقل</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/customfieldseditor.cpp" line="38"/>
        <source>Re&amp;move field</source>
        <translation>إ&amp;زالة الحقل</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/customfieldseditor.cpp" line="68"/>
        <source>Stored as a JSON %1; it stays one while the text reads as one.</source>
        <translation>مخزّن بنوع JSON ‏%1؛ ويبقى كذلك ما دام النص يُقرأ على هذا النحو.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/core/db/database.cpp" line="22"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql (scripts/install-deps.sh does).</source>
        <translation>برنامج تشغيل PostgreSQL الخاص بـ Qt ‏(QPSQL) غير مثبت؛ ثبّت الحزمة libqt6sql6-psql (يفعل ذلك scripts/install-deps.sh).</translation>
    </message>
    <message>
        <location filename="../src/core/db/database.cpp" line="25"/>
        <source>Cannot connect to %1: %2</source>
        <translation>يتعذّر الاتصال بـ %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/db/database.cpp" line="57"/>
        <source>the server closed the session as it started; try again, or ask its administrator</source>
        <translation>أغلق الخادم جلسة الاتصال فور بدئها؛ حاول مجددًا، أو راجع مسؤوله</translation>
    </message>
    <message>
        <location filename="../src/core/db/database.cpp" line="73"/>
        <location filename="../src/core/db/database.cpp" line="78"/>
        <source>Could not connect to the database again; try again once the server is back.</source>
        <translation>تعذّر الاتصال بقاعدة البيانات مجددًا؛ أعد المحاولة حين يعود الخادم.</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionfailure.cpp" line="166"/>
        <source>authentication failed for user &quot;%1&quot;; check DB_USER and DB_PASSWORD</source>
        <translation>فشلت المصادقة للمستخدم «%1»؛ تحقق من DB_USER وDB_PASSWORD</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionfailure.cpp" line="172"/>
        <source>the database does not exist; create it or check DB_NAME</source>
        <translation>قاعدة البيانات غير موجودة؛ أنشئها أو تحقق من DB_NAME</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionfailure.cpp" line="189"/>
        <source>the host name &quot;%1&quot; is unknown; check DB_HOST</source>
        <translation>اسم المضيف «%1» غير معروف؛ تحقق من DB_HOST</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionfailure.cpp" line="193"/>
        <source>the server did not answer in time; check DB_HOST, DB_PORT and the network</source>
        <translation>لم يستجب الخادم في الوقت المحدد؛ تحقق من DB_HOST وDB_PORT والشبكة</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionfailure.cpp" line="191"/>
        <source>the server is not reachable; check that PostgreSQL is running and listening there</source>
        <translation>يتعذّر الوصول إلى الخادم؛ تحقق من أن PostgreSQL يعمل ويستمع هناك</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionfailure.cpp" line="168"/>
        <source>the server does not accept user &quot;%1&quot; from this machine (no such user, or pg_hba.conf refuses it, e.g. without SSL); check DB_USER and DB_SSL or ask its administrator</source>
        <translation>لا يقبل الخادم المستخدم «%1» من هذا الجهاز (لا يوجد مستخدم بهذا الاسم، أو يرفضه pg_hba.conf، مثلًا دون SSL)؛ تحقق من DB_USER وDB_SSL أو راجع مسؤوله</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionfailure.cpp" line="174"/>
        <source>user &quot;%1&quot; may not connect to this database; ask its administrator</source>
        <translation>لا يُسمح للمستخدم «%1» بالاتصال بقاعدة البيانات هذه؛ راجع مسؤولها</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionfailure.cpp" line="176"/>
        <source>the server is starting up or shutting down; try again in a moment</source>
        <translation>الخادم قيد البدء أو الإيقاف؛ حاول مجددًا بعد لحظات</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionfailure.cpp" line="178"/>
        <source>the server has no free connections; try again later</source>
        <translation>لا توجد اتصالات متاحة على الخادم؛ حاول لاحقًا</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionfailure.cpp" line="180"/>
        <source>the server does not offer SSL; set DB_SSL=false (or the SSL mode to &quot;disable&quot;) or enable SSL on the server</source>
        <translation>الخادم لا يوفّر SSL؛ اضبط DB_SSL=false (أو وضع SSL على «disable») أو فعّل SSL على الخادم</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionfailure.cpp" line="183"/>
        <source>the server&apos;s certificate could not be verified (SSL mode &quot;%1&quot;); choose the CA file of the authority that signed it</source>
        <translation>تعذّر التحقق من شهادة الخادم (وضع SSL ‏«%1»)؛ اختر ملف جهة الشهادات التي وقّعتها</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionfailure.cpp" line="185"/>
        <source>the server&apos;s certificate could not be verified with the CA file %1 (SSL mode &quot;%2&quot;); choose the right CA file, or check that the host name matches the certificate</source>
        <translation>تعذّر التحقق من شهادة الخادم بملف جهة الشهادات %1 (وضع SSL ‏«%2»)؛ اختر ملف جهة الشهادات الصحيح، أو تحقّق من أن اسم المضيف يطابق الشهادة</translation>
    </message>
    <message>
        <location filename="../src/core/db/connectionfailure.cpp" line="197"/>
        <source>the server refused the connection</source>
        <translation>رفض الخادم الاتصال</translation>
    </message>
    <message>
        <location filename="../src/core/db/database.cpp" line="56"/>
        <location filename="../src/core/db/database.cpp" line="104"/>
        <source>Cannot connect to %1: %2.</source>
        <translation>يتعذّر الاتصال بـ %1: %2.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <location filename="../src/core/backup/databasebackup.cpp" line="36"/>
        <source>Cannot list the database&apos;s tables.</source>
        <translation>يتعذّر سرد جداول قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/databasebackup.cpp" line="43"/>
        <source>&quot;%1&quot; is not a table name; give --table a name such as users or public.messages.</source>
        <translation>«%1» ليس اسم جدول؛ أعطِ --table اسمًا مثل users أو public.messages.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/databasebackup.cpp" line="46"/>
        <source>There is no table &quot;%1&quot; in database &quot;%2&quot;; nothing was backed up.</source>
        <translation>لا يوجد جدول «%1» في قاعدة البيانات «%2»؛ لم تُنشأ أي نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/databasebackup.cpp" line="58"/>
        <source>The folder %1 does not exist; create it or choose another place for the backup.</source>
        <translation>المجلد %1 غير موجود؛ أنشئه أو اختر مكانًا آخر للنسخة الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/databasebackup.cpp" line="61"/>
        <source>%1 is a folder; give the backup a file name (or use --out-dir).</source>
        <translation>المسار %1 مجلد؛ أعطِ النسخة الاحتياطية اسم ملف (أو استخدم --out-dir).</translation>
    </message>
    <message>
        <location filename="../src/core/backup/databasebackup.cpp" line="75"/>
        <source>Cannot write in %1: %2.</source>
        <translation>تتعذّر الكتابة في %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/databasebackup.cpp" line="111"/>
        <source>pg_dump could not back up database &quot;%1&quot;; nothing was written to %2.</source>
        <translation>تعذّر على pg_dump إنشاء نسخة احتياطية من قاعدة البيانات «%1»؛ لم يُكتب شيء في %2.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/databasebackup.cpp" line="113"/>
        <source>The backup was stopped; nothing was written to %1.</source>
        <translation>أُوقف إنشاء النسخة الاحتياطية؛ لم يُكتب شيء في %1.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/databasebackup.cpp" line="120"/>
        <source>Cannot put the backup in place as %1: %2; nothing was written there.</source>
        <translation>يتعذّر وضع النسخة الاحتياطية في مكانها باسم %1: %2؛ لم يُكتب شيء هناك.</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="24"/>
        <location filename="../src/cli/databasecommands.cpp" line="105"/>
        <location filename="../src/cli/databasecommands.cpp" line="107"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="50"/>
        <source>Adopted the existing WaQtor tables as migration 0001 (guide schema); every row was kept.</source>
        <translation>اعتُمدت جداول WaQtor الموجودة بوصفها الترحيل 0001 (مخطط الدليل)؛ وأُبقي على كل الصفوف.</translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="52"/>
        <source>Applied %1 %2.</source>
        <translation>طُبّق الترحيل %1 %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="54"/>
        <source>Skipped %1 %2: %3. Everything works without it, only slower; see the migration&apos;s comment to add it later.</source>
        <translation>تم تخطّي %1 %2: %3. كل شيء يعمل بدونه لكن أبطأ؛ راجع تعليق الترحيل لإضافته لاحقًا.</translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="59"/>
        <source>The schema is up to date; nothing to do.</source>
        <translation>المخطط محدّث؛ لا شيء يلزم فعله.</translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="67"/>
        <source>Loaded the demo data. Demo accounts (public passwords; never use them on real data):</source>
        <translation>حُمّلت بيانات العرض التوضيحي. الحسابات التوضيحية (كلمات مرورها علنية؛ لا تستخدمها أبدًا مع بيانات حقيقية):</translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="95"/>
        <source>%1 %2 (sent %3, failed %4)</source>
        <translation>%1 %2 (مُرسَلة %3، فاشلة %4)</translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="98"/>
        <source>Database %1, %2</source>
        <translation>قاعدة البيانات %1، %2</translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="99"/>
        <source>Users:     %1 (%2 active, %3 inactive)</source>
        <translation>المستخدمون:  %1 (%2 نشط، %3 غير نشط)</translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="100"/>
        <source>  by role:   %1</source>
        <translation>  حسب الدور:   %1</translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="101"/>
        <source>Sessions:  %1</source>
        <translation>الجلسات:     %1</translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="102"/>
        <location filename="../src/cli/databasecommands.cpp" line="104"/>
        <location filename="../src/cli/databasecommands.cpp" line="107"/>
        <location filename="../src/cli/databasecommands.cpp" line="109"/>
        <source>  by status: %1</source>
        <translation>  حسب الحالة:  %1</translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="103"/>
        <source>Messages:  %1</source>
        <translation>الرسائل:     %1</translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="105"/>
        <source>  by ack:    %1</source>
        <translation>  حسب الإقرار: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="106"/>
        <source>Campaigns: %1 (sent %2, failed %3)</source>
        <translation>الحملات:     %1 (مُرسَلة %2، فاشلة %3)</translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="108"/>
        <source>Contacts:  %1</source>
        <translation>جهات الاتصال: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="110"/>
        <source>Groups:    %1 (%2 memberships)</source>
        <translation>المجموعات:   %1 (%2 عضوية)</translation>
    </message>
</context>
<context>
    <name>DatabaseCreator</name>
    <message>
        <location filename="../src/core/db/databasecreator.cpp" line="28"/>
        <source>User &quot;%1&quot; may not create databases, so &quot;%2&quot; was not created; ask the server&apos;s administrator to create it, or to run ALTER ROLE %1 CREATEDB.</source>
        <translation>لا يحق للمستخدم ‏&quot;%1&quot; إنشاء قواعد بيانات، فلم تُنشأ ‏&quot;%2&quot;؛ اطلب من مدير الخادم إنشاءها، أو تشغيل ‎ALTER ROLE %1 CREATEDB‎.</translation>
    </message>
    <message>
        <location filename="../src/core/db/databasecreator.cpp" line="33"/>
        <source>Database &quot;%1&quot; already exists (someone created it a moment ago); test the connection again.</source>
        <translation>قاعدة البيانات ‏&quot;%1&quot; موجودة مسبقًا (أنشأها أحدهم قبل لحظات)؛ اختبر الاتصال مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../src/core/db/databasecreator.cpp" line="35"/>
        <source>Database &quot;%1&quot; could not be created; the server&apos;s reason is in the details.</source>
        <translation>تعذّر إنشاء قاعدة البيانات ‏&quot;%1&quot;؛ سبب الخادم في التفاصيل.</translation>
    </message>
    <message>
        <location filename="../src/core/db/databasecreator.cpp" line="43"/>
        <source>Type the name of the database to create first.</source>
        <translation>اكتب أولًا اسم قاعدة البيانات المراد إنشاؤها.</translation>
    </message>
</context>
<context>
    <name>DatabaseHealth</name>
    <message>
        <location filename="../src/core/health/databasehealth.cpp" line="21"/>
        <source>Could not read the database&apos;s health figures</source>
        <translation>تعذّرت قراءة مؤشرات سلامة قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>DatabaseProbe</name>
    <message>
        <location filename="../src/core/db/databaseprobe.cpp" line="27"/>
        <source>Could not check the database for the WaQtor schema</source>
        <translation>تعذّر التحقق من وجود مخطط WaQtor في قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../src/core/db/databaseprobe.cpp" line="35"/>
        <source>Could not read the server&apos;s version</source>
        <translation>تعذّرت قراءة إصدار الخادم</translation>
    </message>
    <message>
        <location filename="../src/core/db/databaseprobe.cpp" line="43"/>
        <source>Could not read whether the connection is read-only</source>
        <translation>تعذّرت معرفة ما إذا كان الاتصال للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../src/core/db/databaseprobe.cpp" line="53"/>
        <source>Could not check the index %1</source>
        <translation>تعذّر التحقق من الفهرس %1</translation>
    </message>
    <message>
        <location filename="../src/core/db/databaseprobe.cpp" line="61"/>
        <source>Could not read the server&apos;s date</source>
        <translation>تعذّرت قراءة تاريخ الخادم</translation>
    </message>
    <message>
        <location filename="../src/core/db/databaseprobe.cpp" line="71"/>
        <location filename="../src/core/db/databaseprobe.cpp" line="79"/>
        <source>Could not estimate the number of rows</source>
        <translation>تعذّر تقدير عدد الصفوف</translation>
    </message>
    <message>
        <location filename="../src/core/db/databaseprobe.cpp" line="89"/>
        <source>Cannot list the database&apos;s tables.</source>
        <translation>تعذّر سرد جداول قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>DatabaseRestore</name>
    <message>
        <location filename="../src/core/backup/databaserestore.cpp" line="34"/>
        <source>Cannot list the server&apos;s databases.</source>
        <translation>يتعذّر سرد قواعد البيانات على الخادم.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/databaserestore.cpp" line="53"/>
        <source>Cannot list the tables of database &quot;%1&quot;.</source>
        <translation>يتعذّر سرد جداول قاعدة البيانات «%1».</translation>
    </message>
    <message>
        <location filename="../src/core/backup/databaserestore.cpp" line="73"/>
        <source>The backup %1 is not a readable pg_dump archive; nothing was restored.</source>
        <translation>النسخة الاحتياطية %1 ليست أرشيف pg_dump قابلًا للقراءة؛ لم يُستعد شيء.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/databaserestore.cpp" line="88"/>
        <source>Say which database to restore into with --into DBNAME.</source>
        <translation>حدّد قاعدة البيانات المراد الاستعادة إليها باستخدام --into DBNAME.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/databaserestore.cpp" line="107"/>
        <source>Database &quot;%1&quot; already exists, so --create cannot make it; nothing was restored. Leave out --create to restore into it.</source>
        <translation>قاعدة البيانات «%1» موجودة بالفعل، لذا لا يمكن لـ --create إنشاؤها؛ لم يُستعد شيء. احذف --create للاستعادة إليها.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/databaserestore.cpp" line="110"/>
        <source>There is no database &quot;%1&quot; on %2:%3; nothing was restored. Add --create to make it.</source>
        <translation>لا توجد قاعدة بيانات «%1» على %2:%3؛ لم يُستعد شيء. أضف --create لإنشائها.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/databaserestore.cpp" line="117"/>
        <source>Database &quot;%1&quot; already has tables (%2); nothing was restored. Add --replace to replace what the backup holds, or restore into a new database with --create.</source>
        <translation>في قاعدة البيانات «%1» جداول بالفعل (%2)؛ لم يُستعد شيء. أضف --replace لاستبدال ما تحويه النسخة الاحتياطية، أو استعد إلى قاعدة بيانات جديدة باستخدام --create.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/databaserestore.cpp" line="153"/>
        <location filename="../src/core/backup/databaserestore.cpp" line="194"/>
        <source>The restore was stopped; database &quot;%1&quot; was left as it was.</source>
        <translation>أُوقفت الاستعادة؛ بقيت قاعدة البيانات «%1» كما كانت.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/databaserestore.cpp" line="155"/>
        <source>Restoring into &quot;%1&quot;, the database in use, needs a confirmation; nothing was restored.</source>
        <translation>الاستعادة إلى «%1»، قاعدة البيانات المستخدمة حاليًا، تحتاج إلى تأكيد؛ لم يُستعد شيء.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/databaserestore.cpp" line="159"/>
        <source>Cannot create database &quot;%1&quot;; nothing was restored.</source>
        <translation>يتعذّر إنشاء قاعدة البيانات «%1»؛ لم يُستعد شيء.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/databaserestore.cpp" line="171"/>
        <source>The new database &quot;%1&quot; could not be dropped again; drop it by hand.</source>
        <translation>تعذّر التراجع عن إنشاء قاعدة البيانات الجديدة «%1» بحذفها؛ احذفها يدويًا.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/databaserestore.cpp" line="193"/>
        <source>Restoring %1 into &quot;%2&quot; failed; the database was left as it was.</source>
        <translation>فشلت استعادة %1 إلى «%2»؛ بقيت قاعدة البيانات كما كانت.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <location filename="../src/app/dialogs/deleteconfirmation.cpp" line="37"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <location filename="../src/core/db/demoseeder.cpp" line="37"/>
        <source>The demo data script is missing from this build.</source>
        <translation>سكربت بيانات العرض التوضيحي غير موجود في هذا الإصدار.</translation>
    </message>
    <message>
        <location filename="../src/core/db/demoseeder.cpp" line="48"/>
        <source>The database already has accounts (%1); demo data is only loaded into an empty database because its passwords are public. Use --force to add it anyway.</source>
        <translation>في قاعدة البيانات حسابات بالفعل (%1)؛ لا تُحمَّل بيانات العرض التوضيحي إلا في قاعدة بيانات فارغة لأن كلمات مرورها علنية. استخدم --force لإضافتها على أي حال.</translation>
    </message>
    <message>
        <location filename="../src/core/db/demoseeder.cpp" line="59"/>
        <source>Could not replace the demo accounts</source>
        <translation>تعذّر استبدال الحسابات التوضيحية</translation>
    </message>
    <message>
        <location filename="../src/core/db/demoseeder.cpp" line="63"/>
        <source>The system&apos;s bcrypt (libcrypt) could not hash a password.</source>
        <translation>تعذّر على bcrypt في النظام (libcrypt) تجزئة كلمة مرور.</translation>
    </message>
    <message>
        <location filename="../src/core/db/demoseeder.cpp" line="69"/>
        <source>Could not load the demo data</source>
        <translation>تعذّر تحميل بيانات العرض التوضيحي</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../src/core/i18n/displayformat.cpp" line="42"/>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <location filename="../src/core/i18n/displayformat.cpp" line="51"/>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <location filename="../src/core/i18n/displayformat.cpp" line="52"/>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <location filename="../src/core/i18n/displayformat.cpp" line="53"/>
        <source>%1 GB</source>
        <translation>%1 غيغابايت</translation>
    </message>
    <message>
        <location filename="../src/core/i18n/displayformat.cpp" line="54"/>
        <source>%1 TB</source>
        <translation>%1 تيرابايت</translation>
    </message>
    <message>
        <location filename="../src/core/i18n/displayformat.cpp" line="61"/>
        <source>%1%</source>
        <comment>a percentage; keep the sign glued to the number</comment>
        <translation>%1٪</translation>
    </message>
</context>
<context>
    <name>DumpSource</name>
    <message>
        <location filename="../src/core/backup/dumpsource.cpp" line="33"/>
        <location filename="../src/core/backup/dumpsource.cpp" line="53"/>
        <location filename="../src/core/backup/dumpsource.cpp" line="68"/>
        <source>Cannot read the backup %1: %2.</source>
        <translation>تتعذّر قراءة النسخة الاحتياطية %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/dumpsource.cpp" line="40"/>
        <source>Cannot start reading the gzip backup %1.</source>
        <translation>يتعذّر بدء قراءة النسخة الاحتياطية بصيغة gzip %1.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/dumpsource.cpp" line="70"/>
        <source>The gzip backup %1 ends early: it is truncated (an interrupted copy or a full disk); restore from another backup.</source>
        <translation>تنتهي النسخة الاحتياطية بصيغة gzip %1 قبل أوانها: فهي مبتورة (عملية نسخ انقطعت أو قرص ممتلئ)؛ استعد من نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/dumpsource.cpp" line="86"/>
        <source>The gzip backup %1 is corrupt (%2); restore from another backup.</source>
        <translation>النسخة الاحتياطية بصيغة gzip %1 تالفة (%2)؛ استعد من نسخة احتياطية أخرى.</translation>
    </message>
</context>
<context>
    <name>ExactCounter</name>
    <message>
        <location filename="../src/core/db/exactcounter.cpp" line="29"/>
        <source>Counting was cancelled.</source>
        <translation>أُلغي العدّ.</translation>
    </message>
    <message>
        <location filename="../src/core/db/exactcounter.cpp" line="35"/>
        <source>Could not count the rows of %1</source>
        <translation>تعذّر عدّ صفوف %1</translation>
    </message>
</context>
<context>
    <name>ExplainPlan</name>
    <message>
        <location filename="../src/core/health/explainplan.cpp" line="74"/>
        <source>The statement has parameters ($1, $2, …), as pg_stat_statements keeps them; write values in their place to explain it.</source>
        <translation>يحتوي الاستعلام على معاملات ($1، $2، …) كما يحفظها pg_stat_statements؛ اكتب قيمًا مكانها لتحليل خطته.</translation>
    </message>
    <message>
        <location filename="../src/core/health/explainplan.cpp" line="77"/>
        <source>Give one statement to explain, without a second one after a semicolon.</source>
        <translation>أدخل استعلامًا واحدًا لتحليل خطته، دون استعلام ثانٍ بعد فاصلة منقوطة.</translation>
    </message>
    <message>
        <location filename="../src/core/health/explainplan.cpp" line="79"/>
        <source>The server cannot explain this statement; check its SQL.</source>
        <translation>لا يستطيع الخادم تحليل خطة هذا الاستعلام؛ تحقّق من صياغة SQL.</translation>
    </message>
    <message>
        <location filename="../src/core/health/explainplan.cpp" line="80"/>
        <source>Could not explain the statement.</source>
        <translation>تعذّر تحليل خطة الاستعلام.</translation>
    </message>
    <message>
        <location filename="../src/core/health/explainplan.cpp" line="91"/>
        <source>The server&apos;s answer is not an EXPLAIN (FORMAT JSON) plan.</source>
        <translation>ردّ الخادم ليس خطة بصيغة EXPLAIN (FORMAT JSON).</translation>
    </message>
    <message>
        <location filename="../src/core/health/explainplan.cpp" line="108"/>
        <source>There is no statement to explain.</source>
        <translation>لا يوجد استعلام لتحليل خطته.</translation>
    </message>
    <message>
        <location filename="../src/core/health/explainplan.cpp" line="111"/>
        <source>Could not explain the statement: the database connection is not open.</source>
        <translation>تعذّر تحليل خطة الاستعلام: الاتصال بقاعدة البيانات غير مفتوح.</translation>
    </message>
    <message>
        <location filename="../src/core/health/explainplan.cpp" line="122"/>
        <source>Could not start the transaction EXPLAIN ANALYZE runs in; nothing was run.</source>
        <translation>تعذّر بدء المعاملة التي يعمل فيها EXPLAIN ANALYZE؛ لم يُنفَّذ شيء.</translation>
    </message>
    <message>
        <location filename="../src/core/health/explainplan.cpp" line="126"/>
        <source>Could not roll back EXPLAIN ANALYZE&apos;s transaction; close the connection so the server discards what the statement did.</source>
        <translation>تعذّر التراجع عن معاملة EXPLAIN ANALYZE؛ أغلق الاتصال ليتجاهل الخادم ما فعله الاستعلام.</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <location filename="../src/cli/exportcommands.cpp" line="30"/>
        <source>--%1 needs a date written YYYY-MM-DD, such as 2026-01-31; &quot;%2&quot; is not one.</source>
        <translation>يحتاج --%1 إلى تاريخ مكتوب بالصيغة YYYY-MM-DD، مثل 2026-01-31؛ و«%2» ليس كذلك.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommands.cpp" line="46"/>
        <source>--sort applies to export contacts only; other tables come oldest first.</source>
        <translation>لا ينطبق --sort إلا على export contacts؛ وتأتي الجداول الأخرى من الأقدم إلى الأحدث.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommands.cpp" line="53"/>
        <source>--sort is created_at, phone or name, optionally followed by :asc or :desc (for example name:desc), not &quot;%1&quot;.</source>
        <translation>قيمة --sort هي created_at أو phone أو name، ويمكن أن يليها ‎:asc أو ‎:desc (مثل name:desc)، وليست «%1».</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommands.cpp" line="71"/>
        <source>Say where the CSV goes with --out FILE (&quot;--out -&quot; writes standard output).</source>
        <translation>حدّد وجهة ملف CSV باستخدام --out FILE ‏(&quot;--out -&quot; يكتب إلى الخرج القياسي).</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommands.cpp" line="82"/>
        <source>There is no &quot;%1&quot; report; choose campaigns, messages or groups.</source>
        <translation>لا يوجد تقرير «%1»؛ اختر campaigns أو messages أو groups.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommands.cpp" line="88"/>
        <source>Cannot export &quot;%1&quot;; choose users, sessions, campaigns, contacts, groups or messages.</source>
        <translation>يتعذّر تصدير «%1»؛ اختر users أو sessions أو campaigns أو contacts أو groups أو messages.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommands.cpp" line="99"/>
        <source>standard output</source>
        <translation>الخرج القياسي</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommands.cpp" line="100"/>
        <source>Wrote 1 row to %1.</source>
        <translation>كُتب صف واحد إلى %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommands.cpp" line="101"/>
        <source>Wrote %L1 rows to %2.</source>
        <translation>كُتبت الصفوف (%L1) إلى %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/exportcommands.cpp" line="146"/>
        <source>--custom-fields is json or columns, not &quot;%1&quot;.</source>
        <translation>قيمة --custom-fields هي json أو columns، وليست «%1».</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.ui" line="6"/>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.ui" line="10"/>
        <source>&amp;File:</source>
        <translation>الم&amp;لف:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.ui" line="14"/>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.ui" line="17"/>
        <source>Rows:</source>
        <translation>الصفوف:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.ui" line="20"/>
        <source>&amp;Every row of the current view (its filters and sort order)</source>
        <translation>&amp;كل صفوف العرض الحالي (بعوامل التصفية وترتيب الفرز)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.ui" line="21"/>
        <source>Only the &amp;selected rows</source>
        <translation>الصفوف ال&amp;محددة فقط</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.ui" line="24"/>
        <source>&amp;Custom fields:</source>
        <translation>الحقول الم&amp;خصصة:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/exportdialog.ui" line="26"/>
        <source>Start with a byte order &amp;mark (for Excel)</source>
        <translation>ابدأ بعلامة ترتيب ال&amp;بايتات (لبرنامج Excel)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="21"/>
        <source>Export %1 to CSV</source>
        <translation>تصدير %1 إلى CSV</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="23"/>
        <source>Only the &amp;selected rows (%L1)</source>
        <translation>الصفوف ال&amp;محددة فقط (%L1)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="27"/>
        <source>One JSON column (our importer reads it back)</source>
        <translation>عمود JSON واحد (يقرؤه برنامج الاستيراد لدينا مرة أخرى)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="28"/>
        <source>One column per key</source>
        <translation>عمود لكل مفتاح</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="35"/>
        <source>Rows come in the page&apos;s sort order, which takes longer on a large table than an unsorted export (waqtor-db export contacts writes them as stored).</source>
        <translation>تأتي الصفوف بترتيب الفرز في الصفحة، وهذا يستغرق في الجدول الكبير وقتًا أطول من التصدير دون فرز (يكتبها waqtor-db export contacts كما هي مخزّنة).</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="44"/>
        <source>campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="45"/>
        <source>messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="46"/>
        <source>groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="47"/>
        <source>Write the %1 report</source>
        <translation>كتابة تقرير %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="58"/>
        <source>One row per campaign: owner, session, status, recipients, sent, failed, the success rate (sent ÷ recipients, in %) and when it was scheduled, started and completed.</source>
        <translation>صف لكل حملة: المالك والجلسة والحالة والمستلمون والمُرسَلة والفاشلة ونسبة النجاح (المُرسَلة ÷ المستلمين، بالنسبة المئوية) وموعد جدولتها وبدئها واكتمالها.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="61"/>
        <source>One row per day and status: how many messages.</source>
        <translation>صف لكل يوم وحالة: عدد الرسائل.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="62"/>
        <source>One row per group: its owner, its members, and how many of them are active, blocked or invalid.</source>
        <translation>صف لكل مجموعة: مالكها وأعضاؤها، وعدد النشطة والمحظورة وغير الصالحة من جهات الاتصال الأعضاء.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="72"/>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="72"/>
        <source>&amp;Write</source>
        <translation>ك&amp;تابة</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="107"/>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="108"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="119"/>
        <source>Choose the file to write first.</source>
        <translation>اختر الملف المراد كتابته أولًا.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="136"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="143"/>
        <source>Exporting… %L1 rows written</source>
        <translation>جارٍ التصدير… الصفوف المكتوبة: %L1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="152"/>
        <source>Wrote %L1 rows to %2.</source>
        <translation>كُتبت الصفوف (%L1) إلى %2.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="154"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/exportdialog.cpp" line="182"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../src/app/pages/filterbar.cpp" line="33"/>
        <location filename="../src/app/pages/filterbar.cpp" line="49"/>
        <source>All owners</source>
        <translation>كل المالكين</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../src/app/widgets/gridview.cpp" line="128"/>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gridview.cpp" line="131"/>
        <source>Copy &amp;without header</source>
        <translation>نسخ &amp;دون الترويسة</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gridview.cpp" line="134"/>
        <source>Copy as C&amp;SV</source>
        <translation>نسخ بصيغة C&amp;SV</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gridview.cpp" line="136"/>
        <source>E&amp;xport selection…</source>
        <translation>&amp;تصدير المحدد…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/gridview.cpp" line="174"/>
        <source>&amp;Reset columns</source>
        <translation>إعادة &amp;ضبط الأعمدة</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../ui/dialogs/groupdialog.ui" line="6"/>
        <source>Group</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupdialog.ui" line="10"/>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupdialog.ui" line="11"/>
        <source>e.g. VIP customers</source>
        <translation>مثل: عملاء VIP</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupdialog.ui" line="12"/>
        <source>&amp;Owner:</source>
        <translation>ال&amp;مالك:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupdialog.ui" line="14"/>
        <source>Members:</source>
        <translation>الأعضاء:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupdialog.ui" line="16"/>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/groupdialog.ui" line="17"/>
        <source>What the group is for (optional)</source>
        <translation>الغرض من المجموعة (اختياري)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/groupdialog.cpp" line="21"/>
        <source>New group</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/groupdialog.cpp" line="22"/>
        <source>none yet</source>
        <translation>لا أعضاء بعد</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/groupdialog.cpp" line="27"/>
        <source>Edit group</source>
        <translation>تعديل المجموعة</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/groupdialog.cpp" line="77"/>
        <source>1 contact</source>
        <translation>جهة اتصال واحدة</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/groupdialog.cpp" line="78"/>
        <source>%L1 contacts</source>
        <translation>جهات الاتصال: %L1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/groupdialog.cpp" line="82"/>
        <source>A group with members stays with the owner of those contacts.</source>
        <translation>تبقى المجموعة التي لها أعضاء مع مالك جهات الاتصال تلك.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/groupdialog.cpp" line="84"/>
        <source>Created %1 · updated %2</source>
        <translation>أُنشئت %1 · حُدِّثت %2</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/groupdialog.cpp" line="101"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/groupdialog.cpp" line="101"/>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/groupdialog.cpp" line="103"/>
        <source>Group (read-only)</source>
        <translation>مجموعة (للقراءة فقط)</translation>
    </message>
</context>
<context>
    <name>GroupMembership</name>
    <message>
        <location filename="../src/core/groups/groupmembership.cpp" line="44"/>
        <source>Counting was cancelled.</source>
        <translation>أُلغي العدّ.</translation>
    </message>
    <message>
        <location filename="../src/core/groups/groupmembership.cpp" line="203"/>
        <location filename="../src/core/groups/groupmembership.cpp" line="291"/>
        <source>Could not count the members of %1</source>
        <translation>تعذّر عدّ أعضاء %1</translation>
    </message>
    <message>
        <location filename="../src/core/groups/groupmembership.cpp" line="213"/>
        <source>Could not count the contacts of %1</source>
        <translation>تعذّر عدّ جهات اتصال %1</translation>
    </message>
    <message>
        <location filename="../src/core/groups/groupmembership.cpp" line="233"/>
        <source>Could not count the matching contacts</source>
        <translation>تعذّر عدّ جهات الاتصال المطابقة</translation>
    </message>
    <message>
        <location filename="../src/core/groups/groupmembership.cpp" line="240"/>
        <source>The group no longer exists; someone deleted it. Refresh the list.</source>
        <translation>لم تعد المجموعة موجودة؛ حذفها شخص ما. حدّث القائمة.</translation>
    </message>
    <message>
        <location filename="../src/core/groups/groupmembership.cpp" line="258"/>
        <source>Could not read the group %1</source>
        <translation>تعذّرت قراءة المجموعة %1</translation>
    </message>
    <message>
        <location filename="../src/core/groups/groupmembership.cpp" line="260"/>
        <source>The group %1 no longer exists; someone deleted it.</source>
        <translation>لم تعد المجموعة %1 موجودة؛ حذفها شخص ما.</translation>
    </message>
    <message>
        <location filename="../src/core/groups/groupmembership.cpp" line="275"/>
        <source>Could not remove members from %1</source>
        <translation>تعذّرت إزالة أعضاء من %1</translation>
    </message>
    <message>
        <location filename="../src/core/groups/groupmembership.cpp" line="285"/>
        <source>Could not add members to %1</source>
        <translation>تعذّرت إضافة أعضاء إلى %1</translation>
    </message>
</context>
<context>
    <name>GroupNameLock</name>
    <message>
        <location filename="../src/core/groups/groupnamelock.cpp" line="31"/>
        <source>Could not reserve the group name %1</source>
        <translation>تعذّر حجز اسم المجموعة %1</translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <location filename="../src/core/repositories/grouprepository.cpp" line="46"/>
        <location filename="../src/core/repositories/grouprepository.cpp" line="61"/>
        <source>The group no longer exists; someone deleted it. Refresh the list.</source>
        <translation>لم تعد المجموعة موجودة؛ حذفها شخص ما. حدّث القائمة.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/grouprepository.cpp" line="59"/>
        <source>Could not read the group</source>
        <translation>تعذّرت قراءة المجموعة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/grouprepository.cpp" line="86"/>
        <source>Enter the group&apos;s name.</source>
        <translation>أدخل اسم المجموعة.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/grouprepository.cpp" line="89"/>
        <source>A group name cannot contain line breaks or tabs; put longer text in the description.</source>
        <translation>لا يمكن أن يحتوي اسم المجموعة على فواصل أسطر أو علامات جدولة؛ ضع النص الأطول في الوصف.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/grouprepository.cpp" line="91"/>
        <source>The group name is %1 characters long; at most %2 are allowed.</source>
        <translation>عدد أحرف اسم المجموعة %1، والحد الأقصى المسموح %2.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/grouprepository.cpp" line="106"/>
        <source>Choose the group&apos;s owner.</source>
        <translation>اختر مالك المجموعة.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/grouprepository.cpp" line="112"/>
        <source>Could not read the group&apos;s owner</source>
        <translation>تعذّرت قراءة مالك المجموعة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/grouprepository.cpp" line="114"/>
        <source>The owner account no longer exists; choose another owner.</source>
        <translation>لم يعد حساب المالك موجودًا؛ اختر مالكًا آخر.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/grouprepository.cpp" line="133"/>
        <source>Could not check the group name %1</source>
        <translation>تعذّر التحقق من اسم المجموعة %1</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/grouprepository.cpp" line="135"/>
        <location filename="../src/core/repositories/grouprepository.cpp" line="171"/>
        <location filename="../src/core/repositories/grouprepository.cpp" line="211"/>
        <source>A group named %1 already exists for %2.</source>
        <translation>توجد بالفعل مجموعة باسم %1 لدى %2.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/grouprepository.cpp" line="172"/>
        <source>Could not create the group %1</source>
        <translation>تعذّر إنشاء المجموعة %1</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/grouprepository.cpp" line="182"/>
        <source>The group %1</source>
        <translation>المجموعة %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/repositories/grouprepository.cpp" line="187"/>
        <source>The group %1 has %n member(s), all contacts of %2; a group with members cannot move to another owner.</source>
        <translation>
            <numerusform>لدى المجموعة %1 %n عضو، كلهم من جهات اتصال %2؛ لا يمكن نقل مجموعة لها أعضاء إلى مالك آخر.</numerusform>
            <numerusform>لدى المجموعة %1 %n عضو، من جهات اتصال %2؛ لا يمكن نقل مجموعة لها أعضاء إلى مالك آخر.</numerusform>
            <numerusform>لدى المجموعة %1 %n عضوان، كلاهما من جهات اتصال %2؛ لا يمكن نقل مجموعة لها أعضاء إلى مالك آخر.</numerusform>
            <numerusform>لدى المجموعة %1 %n أعضاء، كلهم من جهات اتصال %2؛ لا يمكن نقل مجموعة لها أعضاء إلى مالك آخر.</numerusform>
            <numerusform>لدى المجموعة %1 %n عضوًا، كلهم من جهات اتصال %2؛ لا يمكن نقل مجموعة لها أعضاء إلى مالك آخر.</numerusform>
            <numerusform>لدى المجموعة %1 %n عضو، كلهم من جهات اتصال %2؛ لا يمكن نقل مجموعة لها أعضاء إلى مالك آخر.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/repositories/grouprepository.cpp" line="212"/>
        <source>Could not save the group %1</source>
        <translation>تعذّر حفظ المجموعة %1</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/grouprepository.cpp" line="233"/>
        <source>Select the groups to delete.</source>
        <translation>حدّد المجموعات المراد حذفها.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/grouprepository.cpp" line="236"/>
        <source>One of the selected groups no longer exists; refresh the list.</source>
        <translation>لم تعد إحدى المجموعات المحددة موجودة؛ حدّث القائمة.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/grouprepository.cpp" line="248"/>
        <source>Could not read the selected groups</source>
        <translation>تعذّرت قراءة المجموعات المحددة</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/repositories/grouprepository.cpp" line="257"/>
        <source>%n of the selected groups no longer exist(s); refresh the list and try again.</source>
        <translation>
            <numerusform>لم يعد %n من المجموعات المحددة موجودًا؛ حدّث القائمة وحاول مجددًا.</numerusform>
            <numerusform>لم يعد %n من المجموعات المحددة موجودًا؛ حدّث القائمة وحاول مجددًا.</numerusform>
            <numerusform>لم يعد %n من المجموعات المحددة موجودًا؛ حدّث القائمة وحاول مجددًا.</numerusform>
            <numerusform>لم يعد %n من المجموعات المحددة موجودًا؛ حدّث القائمة وحاول مجددًا.</numerusform>
            <numerusform>لم يعد %n من المجموعات المحددة موجودًا؛ حدّث القائمة وحاول مجددًا.</numerusform>
            <numerusform>لم يعد %n من المجموعات المحددة موجودًا؛ حدّث القائمة وحاول مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/repositories/grouprepository.cpp" line="268"/>
        <source>Could not count what the delete would remove</source>
        <translation>تعذّر حساب ما سيُزيله الحذف</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/grouprepository.cpp" line="302"/>
        <source>Could not delete the groups</source>
        <translation>تعذّر حذف المجموعات</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/grouprepository.cpp" line="309"/>
        <source>Could not delete the groups: the database deleted %1 of %2; nothing was changed.</source>
        <translation>تعذّر حذف المجموعات: حذفت قاعدة البيانات %1 من %2؛ لم يُغيَّر شيء.</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../src/app/models/groupsmodel.cpp" line="39"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../ui/pages/groupspage.ui" line="8"/>
        <source>Search name or description…</source>
        <translation>ابحث في الاسم أو الوصف…</translation>
    </message>
    <message>
        <location filename="../ui/pages/groupspage.ui" line="9"/>
        <location filename="../src/app/pages/groupspage.cpp" line="47"/>
        <source>&amp;Members…</source>
        <translation>الأ&amp;عضاء…</translation>
    </message>
    <message>
        <location filename="../ui/pages/groupspage.ui" line="9"/>
        <source>Add and remove the selected group&apos;s members</source>
        <translation>أضف أعضاء المجموعة المحددة أو أزلهم</translation>
    </message>
    <message>
        <location filename="../ui/pages/groupspage.ui" line="10"/>
        <source>Only the groups of this owner</source>
        <translation>مجموعات هذا المالك فقط</translation>
    </message>
    <message>
        <location filename="../ui/pages/groupspage.ui" line="19"/>
        <source>◀</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../ui/pages/groupspage.ui" line="19"/>
        <source>Previous rows</source>
        <translation>الصفوف السابقة</translation>
    </message>
    <message>
        <location filename="../ui/pages/groupspage.ui" line="20"/>
        <source>▶</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../ui/pages/groupspage.ui" line="20"/>
        <source>Next rows</source>
        <translation>الصفوف التالية</translation>
    </message>
    <message>
        <location filename="../src/app/pages/groupspage.cpp" line="29"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../src/app/pages/groupspage.cpp" line="29"/>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <location filename="../src/app/pages/groupspage.cpp" line="29"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../src/app/pages/groupspage.cpp" line="29"/>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../src/app/pages/groupspage.cpp" line="29"/>
        <source>Updated</source>
        <translation>تاريخ التحديث</translation>
    </message>
    <message>
        <location filename="../src/app/pages/groupspage.cpp" line="116"/>
        <source>Created the group %1.</source>
        <translation>أُنشئت المجموعة %1.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/groupspage.cpp" line="130"/>
        <source>Saved the group %1.</source>
        <translation>حُفظت المجموعة %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/groupspage.cpp" line="148"/>
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…و%Ln أخرى</numerusform>
            <numerusform>…و%Ln أخرى</numerusform>
            <numerusform>…و%Ln أخرى</numerusform>
            <numerusform>…و%Ln أخرى</numerusform>
            <numerusform>…و%Ln أخرى</numerusform>
            <numerusform>…و%Ln أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/groupspage.cpp" line="155"/>
        <source>Delete the group %1?</source>
        <translation>هل تريد حذف المجموعة %1؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/groupspage.cpp" line="156"/>
        <source>Delete these %Ln groups?</source>
        <translation>
            <numerusform>هل تريد حذف %Ln مجموعة؟</numerusform>
            <numerusform>هل تريد حذف %Ln مجموعة؟</numerusform>
            <numerusform>هل تريد حذف هاتين المجموعتين (%Ln)؟</numerusform>
            <numerusform>هل تريد حذف هذه المجموعات الـ %Ln؟</numerusform>
            <numerusform>هل تريد حذف هذه المجموعات الـ %Ln؟</numerusform>
            <numerusform>هل تريد حذف هذه المجموعات الـ %Ln؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/groupspage.cpp" line="149"/>
        <source>No contacts are members.</source>
        <translation>لا توجد جهات اتصال أعضاء.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/groupspage.cpp" line="150"/>
        <source>Group memberships removed: %L1 (contacts affected: %L2).</source>
        <translation>العضويات المُزالة من المجموعات: %L1 (جهات الاتصال المتأثرة: %L2).</translation>
    </message>
    <message>
        <location filename="../src/app/pages/groupspage.cpp" line="151"/>
        <source>The contacts themselves are kept.</source>
        <translation>تُبقى جهات الاتصال نفسها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/groupspage.cpp" line="153"/>
        <source>%Ln campaign(s) name these groups as their audience; they are kept and will need a new audience.</source>
        <translation>
            <numerusform>%Ln حملة تستهدف هذه المجموعات؛ ستُبقى وستحتاج إلى جمهور جديد.</numerusform>
            <numerusform>%Ln حملة تستهدف هذه المجموعات؛ ستُبقى وستحتاج إلى جمهور جديد.</numerusform>
            <numerusform>%Ln حملتان تستهدفان هذه المجموعات؛ ستُبقيان وستحتاجان إلى جمهور جديد.</numerusform>
            <numerusform>%Ln حملات تستهدف هذه المجموعات؛ ستُبقى وستحتاج إلى جمهور جديد.</numerusform>
            <numerusform>%Ln حملة تستهدف هذه المجموعات؛ ستُبقى وستحتاج إلى جمهور جديد.</numerusform>
            <numerusform>%Ln حملة تستهدف هذه المجموعات؛ ستُبقى وستحتاج إلى جمهور جديد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/groupspage.cpp" line="164"/>
        <source>Deleted %Ln group(s) and %L1 membership(s); the contacts are kept.</source>
        <translation>
            <numerusform>حُذفت %Ln مجموعة و%L1 عضوية؛ وأُبقي على جهات الاتصال.</numerusform>
            <numerusform>حُذفت %Ln مجموعة و%L1 عضوية؛ وأُبقي على جهات الاتصال.</numerusform>
            <numerusform>حُذفت %Ln مجموعتان و%L1 عضوية؛ وأُبقي على جهات الاتصال.</numerusform>
            <numerusform>حُذفت %Ln مجموعات و%L1 عضوية؛ وأُبقي على جهات الاتصال.</numerusform>
            <numerusform>حُذفت %Ln مجموعة و%L1 عضوية؛ وأُبقي على جهات الاتصال.</numerusform>
            <numerusform>حُذفت %Ln مجموعة و%L1 عضوية؛ وأُبقي على جهات الاتصال.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/groupspage.cpp" line="180"/>
        <source>Saved the members of %1: %L2 joined, %L3 left; %L4 member(s) now.</source>
        <translation>حُفظ أعضاء %1: انضم %L2، وغادر %L3؛ وعدد الأعضاء الآن %L4.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/groupspage.h" line="19"/>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
</context>
<context>
    <name>HealthActivityTab</name>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="26"/>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="84"/>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="86"/>
        <source>Running for at &amp;least:</source>
        <translation>جارٍ منذ &amp;ما لا يقل عن:</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="87"/>
        <source>Blocked statements and what blocks them:</source>
        <translation>الاستعلامات المحجوبة وما يحجبها:</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="88"/>
        <source>&amp;Cancel statement…</source>
        <translation>&amp;إلغاء الاستعلام…</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="89"/>
        <source>pg_cancel_backend: stops the statement, keeps the connection</source>
        <translation>pg_cancel_backend: يوقف الاستعلام ويُبقي الاتصال</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="90"/>
        <source>&amp;Terminate connection…</source>
        <translation>إ&amp;نهاء الاتصال…</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="91"/>
        <source>pg_terminate_backend: ends the connection and rolls back its open transaction</source>
        <translation>pg_terminate_backend: ينهي الاتصال ويتراجع عن معاملته المفتوحة</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="120"/>
        <location filename="../src/app/health/healthactivitytab.cpp" line="128"/>
        <source>(hidden)</source>
        <translation>(مخفية)</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="123"/>
        <source>Pid</source>
        <translation>رقم العملية</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="123"/>
        <location filename="../src/app/health/healthactivitytab.cpp" line="131"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="123"/>
        <location filename="../src/app/health/healthactivitytab.cpp" line="131"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="123"/>
        <source>For</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="123"/>
        <source>Waiting on</source>
        <translation>ينتظر</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="123"/>
        <source>Statement</source>
        <translation>الاستعلام</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="130"/>
        <source>Blocked pid</source>
        <translation>رقم العملية المحجوبة</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="130"/>
        <source>Waiting</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="130"/>
        <source>For lock</source>
        <translation>القفل المنتظر</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="130"/>
        <source>Blocked statement</source>
        <translation>الاستعلام المحجوب</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="130"/>
        <source>Blocking pid</source>
        <translation>رقم العملية الحاجبة</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="131"/>
        <source>Blocking statement</source>
        <translation>الاستعلام الحاجب</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="151"/>
        <location filename="../src/app/health/healthactivitytab.cpp" line="167"/>
        <source>Health</source>
        <translation>سلامة القاعدة</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="155"/>
        <source>Process %1 (role %2, %3): %4</source>
        <translation>العملية %1 (الدور %2، %3): %4</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="158"/>
        <source>End this connection? Its open transaction is rolled back.

%1</source>
        <translation>أتريد إنهاء هذا الاتصال؟ سيُتراجَع عن معاملته المفتوحة.

%1</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="159"/>
        <source>Cancel this statement?

%1</source>
        <translation>أتريد إلغاء هذا الاستعلام؟

%1</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="160"/>
        <source>Terminate connection</source>
        <translation>إنهاء الاتصال</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="160"/>
        <source>Cancel statement</source>
        <translation>إلغاء الاستعلام</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="169"/>
        <source>Ended process %1.</source>
        <translation>أُنهيت العملية %1.</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthactivitytab.cpp" line="170"/>
        <source>Cancelled the statement of process %1.</source>
        <translation>أُلغي استعلام العملية %1.</translation>
    </message>
</context>
<context>
    <name>HealthCommands</name>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="31"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="42"/>
        <location filename="../src/cli/healthcommands.cpp" line="57"/>
        <source>table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="42"/>
        <source>rows (est.)</source>
        <translation>الصفوف (تقديري)</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="42"/>
        <source>table size</source>
        <translation>حجم الجدول</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="42"/>
        <source>indexes</source>
        <translation>الفهارس</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="43"/>
        <source>TOAST</source>
        <translation>TOAST</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="43"/>
        <source>dead rows</source>
        <translation>الصفوف الميتة</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="43"/>
        <source>dead</source>
        <translation>الميتة</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="43"/>
        <source>last vacuum (any)</source>
        <translation>آخر تنظيف (أيًّا كان)</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="44"/>
        <source>last analyze (any)</source>
        <translation>آخر تحليل (أيًّا كان)</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="53"/>
        <source>INVALID: left by a failed concurrent build; DROP INDEX CONCURRENTLY it</source>
        <translation>غير صالح: خلّفه بناء متزامن فاشل؛ احذفه بالأمر DROP INDEX CONCURRENTLY</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="54"/>
        <source>unused: costs writes, never read</source>
        <translation>غير مستخدم: يكلّف عمليات الكتابة ولا يُقرأ أبدًا</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="55"/>
        <source>unique</source>
        <translation>فريد</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="57"/>
        <source>index</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="57"/>
        <source>size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="57"/>
        <source>scans</source>
        <translation>مرات المسح</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="57"/>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="63"/>
        <source>Role %1 may read and write every WaQtor table.</source>
        <translation>يحق للدور %1 القراءة والكتابة في كل جداول WaQtor.</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="64"/>
        <source>Role %1 lacks privileges; a superuser or the tables&apos; owner can grant them:</source>
        <translation>تنقص الدور %1 صلاحيات؛ يستطيع مستخدم فائق أو مالك الجداول منحها:</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="76"/>
        <source>pg_stat_statements has recorded no statement in this database yet.</source>
        <translation>لم يسجّل pg_stat_statements أي استعلام في قاعدة البيانات هذه بعد.</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="81"/>
        <source>mean ms</source>
        <translation>المتوسط (مللي ثانية)</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="81"/>
        <source>calls</source>
        <translation>مرات الاستدعاء</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="81"/>
        <source>total ms</source>
        <translation>الإجمالي (مللي ثانية)</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="81"/>
        <location filename="../src/cli/healthcommands.cpp" line="164"/>
        <source>statement</source>
        <translation>الاستعلام</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="86"/>
        <location filename="../src/cli/healthcommands.cpp" line="190"/>
        <source>(hidden)</source>
        <translation>(مخفية)</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="120"/>
        <source>Database %1 on PostgreSQL %2, server up %3</source>
        <translation>قاعدة البيانات %1 على PostgreSQL %2، مدة تشغيل الخادم %3</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="122"/>
        <source>Cache hit ratio: %1</source>
        <translation>نسبة إصابة ذاكرة التخزين المؤقت: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="123"/>
        <source>Connections: %1 of %2 (%3)</source>
        <translation>الاتصالات: %1 من %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="124"/>
        <source>Statistics since: %1</source>
        <translation>الإحصاءات منذ: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="124"/>
        <source>the database was created or the server&apos;s statistics were last reset</source>
        <translation>إنشاء قاعدة البيانات أو آخر تصفير لإحصاءات الخادم</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="127"/>
        <source>Tables</source>
        <translation>الجداول</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="128"/>
        <source>Indexes</source>
        <translation>الفهارس</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="129"/>
        <source>Privileges</source>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="130"/>
        <source>Slow statements (slowest mean first)</source>
        <translation>الاستعلامات البطيئة (الأبطأ متوسطًا أولًا)</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="142"/>
        <source>--min-seconds needs a number of seconds, 0 or more, such as 30; &quot;%1&quot; is not one.</source>
        <translation>يحتاج --min-seconds إلى عدد ثوانٍ، 0 أو أكثر، مثل 30؛ و«%1» ليس كذلك.</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="157"/>
        <source>Nothing has been running for %1 seconds or more.</source>
        <translation>لا يوجد شيء جارٍ منذ %1 ثانية أو أكثر.</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="163"/>
        <source>pid</source>
        <translation>رقم العملية</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="163"/>
        <location filename="../src/cli/healthcommands.cpp" line="193"/>
        <source>user</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="163"/>
        <location filename="../src/cli/healthcommands.cpp" line="193"/>
        <source>state</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="163"/>
        <source>for</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="163"/>
        <source>waiting on</source>
        <translation>ينتظر</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="182"/>
        <source>No statement is waiting for a lock.</source>
        <translation>لا يوجد استعلام ينتظر قفلًا.</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="192"/>
        <source>blocked pid</source>
        <translation>رقم العملية المحجوبة</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="192"/>
        <source>waiting</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="192"/>
        <source>for lock</source>
        <translation>القفل المنتظر</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="192"/>
        <source>blocked statement</source>
        <translation>الاستعلام المحجوب</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="193"/>
        <source>blocking pid</source>
        <translation>رقم العملية الحاجبة</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="193"/>
        <source>blocking statement</source>
        <translation>الاستعلام الحاجب</translation>
    </message>
    <message>
        <location filename="../src/cli/healthcommands.cpp" line="195"/>
        <source>&quot;waqtor-db cancel PID&quot; cancels a statement; --terminate ends its connection.</source>
        <translation>يلغي «waqtor-db cancel PID» استعلامًا؛ وينهي --terminate اتصاله.</translation>
    </message>
</context>
<context>
    <name>HealthFormat</name>
    <message>
        <location filename="../src/cli/healthformat.cpp" line="29"/>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <location filename="../src/cli/healthformat.cpp" line="31"/>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <location filename="../src/cli/healthformat.cpp" line="33"/>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <location filename="../src/cli/healthformat.cpp" line="34"/>
        <source>%1 d %2 h</source>
        <translation>%1 ي %2 س</translation>
    </message>
    <message>
        <location filename="../src/cli/healthformat.cpp" line="39"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../src/cli/healthformat.cpp" line="45"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../src/cli/healthformat.cpp" line="50"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="33"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="68"/>
        <source>Reading the health figures…</source>
        <translation>جارٍ قراءة مؤشرات السلامة…</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="81"/>
        <source>Reading the health figures was cancelled.</source>
        <translation>أُلغيت قراءة مؤشرات السلامة.</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="82"/>
        <source>&amp;Refresh</source>
        <translation>تح&amp;ديث</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="83"/>
        <source>Tables</source>
        <translation>الجداول</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="83"/>
        <location filename="../src/app/health/healthpage.cpp" line="160"/>
        <source>Indexes</source>
        <translation>الفهارس</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="83"/>
        <source>Activity and locks</source>
        <translation>النشاط والأقفال</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="83"/>
        <source>Slow statements</source>
        <translation>الاستعلامات البطيئة</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="84"/>
        <source>Maintenance</source>
        <translation>الصيانة</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="138"/>
        <source>Role %1 may read and write every WaQtor table.</source>
        <translation>يحق للدور %1 القراءة والكتابة في كل جداول WaQtor.</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="143"/>
        <source>Role %1 lacks privileges; a superuser or the tables&apos; owner can run: %2</source>
        <translation>تنقص الدور %1 صلاحيات؛ يستطيع مستخدم فائق أو مالك الجداول تنفيذ: %2</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="137"/>
        <source>%1 %L2</source>
        <translation>%1 %L2</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="146"/>
        <source>Database %1 on PostgreSQL %2, server up %L3 h. Cache hit ratio %4. Connections %L5 of %L6 (%7).
%8</source>
        <translation>قاعدة البيانات %1 على PostgreSQL %2، مدة تشغيل الخادم بالساعات: %L3. نسبة إصابة ذاكرة التخزين المؤقت %4. الاتصالات %L5 من %L6 (%7).
%8</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="156"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="160"/>
        <location filename="../src/app/health/healthpage.cpp" line="170"/>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="160"/>
        <source>Rows (est.)</source>
        <translation>الصفوف (تقديري)</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="160"/>
        <source>Table size</source>
        <translation>حجم الجدول</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="160"/>
        <source>TOAST</source>
        <translation>TOAST</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="160"/>
        <source>Dead rows</source>
        <translation>الصفوف الميتة</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="161"/>
        <source>Dead</source>
        <translation>الميتة</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="161"/>
        <source>Last vacuum</source>
        <translation>آخر تنظيف</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="161"/>
        <source>Last analyze</source>
        <translation>آخر تحليل</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="166"/>
        <source>INVALID: left by a failed concurrent build; drop it</source>
        <translation>غير صالح: خلّفه بناء متزامن فاشل؛ احذفه</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="167"/>
        <source>unused: costs writes, never read</source>
        <translation>غير مستخدم: يكلّف عمليات الكتابة ولا يُقرأ أبدًا</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="168"/>
        <source>unique</source>
        <translation>فريد</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="170"/>
        <source>Index</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="170"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="170"/>
        <source>Scans</source>
        <translation>مرات المسح</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.cpp" line="170"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthpage.h" line="43"/>
        <source>Health</source>
        <translation>سلامة القاعدة</translation>
    </message>
</context>
<context>
    <name>HealthStatementsTab</name>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="61"/>
        <source>Explaining the statement was cancelled.</source>
        <translation>أُلغي تحليل خطة الاستعلام.</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="62"/>
        <source>Statement to explain (write values in place of $1, $2, …):</source>
        <translation>الاستعلام المراد تحليل خطته (اكتب قيمًا مكان $1، $2، …):</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="63"/>
        <source>E&amp;xplain</source>
        <translation>&amp;تحليل الخطة</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="64"/>
        <source>Explain &amp;ANALYZE…</source>
        <translation>تحليل الخطة مع التن&amp;فيذ (ANALYZE)…</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="65"/>
        <source>Runs the statement inside a transaction that is then rolled back, and shows real timings</source>
        <translation>ينفّذ الاستعلام داخل معاملة يُتراجَع عنها بعد ذلك، ويعرض الأوقات الفعلية</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="66"/>
        <source>Node</source>
        <translation>العقدة</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="66"/>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="66"/>
        <source>Rows (est.)</source>
        <translation>الصفوف (تقديري)</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="66"/>
        <source>Rows (actual)</source>
        <translation>الصفوف (فعلي)</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="66"/>
        <source>Time ms (actual)</source>
        <translation>الوقت بالمللي ثانية (فعلي)</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="67"/>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="84"/>
        <source>Slowest mean first, from pg_stat_statements.</source>
        <translation>الأبطأ متوسطًا أولًا، من pg_stat_statements.</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="89"/>
        <source>Mean ms</source>
        <translation>المتوسط (مللي ثانية)</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="89"/>
        <source>Calls</source>
        <translation>مرات الاستدعاء</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="89"/>
        <source>Total ms</source>
        <translation>الإجمالي (مللي ثانية)</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="89"/>
        <source>Statement</source>
        <translation>الاستعلام</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="96"/>
        <source>Explain ANALYZE</source>
        <translation>تحليل الخطة مع التنفيذ (ANALYZE)</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="97"/>
        <source>EXPLAIN ANALYZE really runs the statement, then rolls back whatever it changed. A slow statement stays slow, and holds its locks until then. Run it?</source>
        <translation>ينفّذ EXPLAIN ANALYZE الاستعلام فعلًا، ثم يتراجع عن كل ما غيّره. يبقى الاستعلام البطيء بطيئًا، ويحتفظ بأقفاله حتى ذلك الحين. أتريد تنفيذه؟</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="102"/>
        <source>Explaining…</source>
        <translation>جارٍ تحليل الخطة…</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="124"/>
        <source>Executed in %1 ms, then rolled back.</source>
        <translation>نُفّذ خلال %1 مللي ثانية، ثم تُرُوجع عنه.</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="126"/>
        <source>Estimated plan; nothing was run.</source>
        <translation>خطة تقديرية؛ لم يُنفَّذ شيء.</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="134"/>
        <source>%1 on %2 using %3</source>
        <comment>plan node, table, index</comment>
        <translation>%1 على %2 باستخدام %3</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="136"/>
        <source>%1 on %2</source>
        <comment>plan node, table</comment>
        <translation>%1 على %2</translation>
    </message>
    <message>
        <location filename="../src/app/health/healthstatementstab.cpp" line="138"/>
        <source>%1 using %2</source>
        <comment>plan node, index</comment>
        <translation>%1 باستخدام %2</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../src/app/widgets/helpmenu.cpp" line="35"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/helpmenu.cpp" line="36"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/helpmenu.cpp" line="37"/>
        <source>&amp;About WaQtor Admin</source>
        <translation>&amp;حول WaQtor Admin</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../ui/importwizard/importfilepage.ui" line="5"/>
        <source>Choose the file</source>
        <translation>اختر الملف</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importfilepage.ui" line="6"/>
        <source>A CSV file with one contact per row. How it is written is detected; change anything that was guessed wrong.</source>
        <translation>ملف CSV فيه جهة اتصال واحدة في كل صف. تُكتشف طريقة كتابته تلقائيًا؛ غيّر أي شيء خُمّن خطأً.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importfilepage.ui" line="9"/>
        <source>&amp;File:</source>
        <translation>الم&amp;لف:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importfilepage.ui" line="12"/>
        <source>contacts.csv</source>
        <translation>contacts.csv</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importfilepage.ui" line="13"/>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importfilepage.ui" line="17"/>
        <source>&amp;Encoding:</source>
        <translation>ال&amp;ترميز:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importfilepage.ui" line="20"/>
        <source>&amp;Delimiter:</source>
        <translation>ال&amp;فاصل:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importfilepage.ui" line="22"/>
        <source>&amp;Header row:</source>
        <translation>صف ال&amp;عناوين:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importfilepage.ui" line="24"/>
        <source>Default &amp;region:</source>
        <translation>ال&amp;منطقة الافتراضية:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importfilepage.ui" line="25"/>
        <source>The country of numbers written without + or 00, such as 0501234567. Remembered for your account.</source>
        <translation>بلد الأرقام المكتوبة دون + أو 00، مثل 0501234567. يُحفظ لحسابك.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importfilepage.ui" line="26"/>
        <source>Detected:</source>
        <translation>المُكتشَف:</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="45"/>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="184"/>
        <source>Nothing yet: choose a file.</source>
        <translation>لا شيء بعد: اختر ملفًا.</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="72"/>
        <source>Automatic (byte order mark, else UTF-8)</source>
        <translation>تلقائي (علامة ترتيب البايتات، وإلا UTF-8)</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="73"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="74"/>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="75"/>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (عربي)</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="76"/>
        <source>ISO-8859-1 (Western European)</source>
        <translation>ISO-8859-1 (أوروبي غربي)</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="78"/>
        <source>Detected</source>
        <translation>مُكتشَف</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="79"/>
        <source>Comma ( , )</source>
        <translation>فاصلة ( , )</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="80"/>
        <source>Semicolon ( ; )</source>
        <translation>فاصلة منقوطة ( ; )</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="81"/>
        <source>Tab</source>
        <translation>علامة جدولة (Tab)</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="82"/>
        <source>Vertical bar ( | )</source>
        <translation>شريط عمودي ( | )</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="84"/>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="85"/>
        <source>Yes: the first row names the columns</source>
        <translation>نعم: الصف الأول يسمّي الأعمدة</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="86"/>
        <source>No: the first row is a contact</source>
        <translation>لا: الصف الأول جهة اتصال</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="100"/>
        <source>None: numbers need + or 00</source>
        <translation>لا شيء: تحتاج الأرقام إلى + أو 00</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="102"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="114"/>
        <source>Import contacts from</source>
        <translation>استيراد جهات اتصال من</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="115"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt *.tsv);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="180"/>
        <source>Nothing yet: the file cannot be read as it is set up.</source>
        <translation>لا شيء بعد: تتعذّر قراءة الملف بالإعدادات الحالية.</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="191"/>
        <source>Cannot read %1: %2.</source>
        <translation>تتعذّر قراءة %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="192"/>
        <source>it is a folder</source>
        <translation>إنه مجلد</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="195"/>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="204"/>
        <source>%1 Arabic files from Excel are often Windows-1256; try it under Encoding.</source>
        <translation>%1 كثيرًا ما تكون الملفات العربية المحفوظة من Excel بترميز Windows-1256؛ جرّبه في «الترميز».</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="221"/>
        <source>The file has no columns: it holds a header row and nothing else.</source>
        <translation>ليس في الملف أعمدة: فيه صف عناوين فقط ولا شيء غيره.</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="225"/>
        <source>comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="225"/>
        <source>semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="225"/>
        <source>tab</source>
        <translation>علامة جدولة</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="226"/>
        <source>vertical bar</source>
        <translation>شريط عمودي</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/importwizard/importfilepage.cpp" line="227"/>
        <source>%1, %2-separated, %3; %Ln column(s).</source>
        <translation>
            <numerusform>%1، الفاصل %2، %3؛ %Ln عمود.</numerusform>
            <numerusform>%1، الفاصل %2، %3؛ %Ln عمود.</numerusform>
            <numerusform>%1، الفاصل %2، %3؛ %Ln عمودان.</numerusform>
            <numerusform>%1، الفاصل %2، %3؛ %Ln أعمدة.</numerusform>
            <numerusform>%1، الفاصل %2، %3؛ %Ln عمودًا.</numerusform>
            <numerusform>%1، الفاصل %2، %3؛ %Ln عمود.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="229"/>
        <source>the first row names the columns</source>
        <translation>الصف الأول يسمّي الأعمدة</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importfilepage.cpp" line="230"/>
        <source>no header row (the first row is a contact)</source>
        <translation>لا يوجد صف عناوين (الصف الأول جهة اتصال)</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <location filename="../ui/importwizard/importmappingpage.ui" line="5"/>
        <source>Match the columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importmappingpage.ui" line="6"/>
        <source>Choose what each column of the file becomes. Columns with names we do not know go to the contact&apos;s custom fields unless you untick Keep.</source>
        <translation>اختر ما يصير إليه كل عمود في الملف. الأعمدة ذات الأسماء غير المعروفة تذهب إلى الحقول المخصصة لجهة الاتصال ما لم تُلغِ تحديد «إبقاء».</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importmappingpage.cpp" line="29"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importmappingpage.cpp" line="29"/>
        <source>First value</source>
        <translation>القيمة الأولى</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importmappingpage.cpp" line="29"/>
        <source>Becomes</source>
        <translation>يصير</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importmappingpage.cpp" line="29"/>
        <source>Custom field key</source>
        <translation>مفتاح الحقل المخصص</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importmappingpage.cpp" line="30"/>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importmappingpage.cpp" line="32"/>
        <source>Columns nobody mapped are kept in the contact&apos;s custom fields; untick to leave them out.</source>
        <translation>تُبقى الأعمدة غير المربوطة في الحقول المخصصة لجهة الاتصال؛ ألغِ التحديد لاستبعادها.</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importmappingpage.cpp" line="80"/>
        <source>(empty in the first rows)</source>
        <translation>(فارغ في الصفوف الأولى)</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importmappingpage.cpp" line="87"/>
        <source>Phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importmappingpage.cpp" line="88"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importmappingpage.cpp" line="89"/>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importmappingpage.cpp" line="90"/>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importmappingpage.cpp" line="91"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importmappingpage.cpp" line="92"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importmappingpage.cpp" line="93"/>
        <source>Custom field</source>
        <translation>حقل مخصص</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importmappingpage.cpp" line="94"/>
        <source>custom_fields (JSON object)</source>
        <translation>custom_fields (كائن JSON)</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importmappingpage.cpp" line="95"/>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importmappingpage.cpp" line="153"/>
        <source>Column &quot;%1&quot; goes to a custom field: type its key.</source>
        <translation>العمود «%1» يذهب إلى حقل مخصص: اكتب مفتاحه.</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importmappingpage.cpp" line="202"/>
        <source>Choose the column that holds the phone number: every contact needs one.</source>
        <translation>اختر العمود الذي يحمل رقم الهاتف: كل جهة اتصال تحتاج إلى رقم.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/importwizard/importmappingpage.cpp" line="210"/>
        <source>Phone numbers come from column &quot;%1&quot;; %Ln column(s) will be imported.</source>
        <translation>
            <numerusform>تؤخذ أرقام الهواتف من العمود «%1»؛ وعدد الأعمدة التي ستُستورد: %Ln.</numerusform>
            <numerusform>تؤخذ أرقام الهواتف من العمود «%1»؛ وعدد الأعمدة التي ستُستورد: %Ln.</numerusform>
            <numerusform>تؤخذ أرقام الهواتف من العمود «%1»؛ وعدد الأعمدة التي ستُستورد: %Ln.</numerusform>
            <numerusform>تؤخذ أرقام الهواتف من العمود «%1»؛ وعدد الأعمدة التي ستُستورد: %Ln.</numerusform>
            <numerusform>تؤخذ أرقام الهواتف من العمود «%1»؛ وعدد الأعمدة التي ستُستورد: %Ln.</numerusform>
            <numerusform>تؤخذ أرقام الهواتف من العمود «%1»؛ وعدد الأعمدة التي ستُستورد: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOptionsPage</name>
    <message>
        <location filename="../ui/importwizard/importoptionspage.ui" line="5"/>
        <source>Choose how to import</source>
        <translation>اختر طريقة الاستيراد</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importoptionspage.ui" line="6"/>
        <source>Whose contacts these become, which groups they join, and what a phone number that is already there does.</source>
        <translation>لمن ستكون جهات الاتصال هذه، وإلى أي مجموعات ستنضم، وماذا يحدث لرقم هاتف موجود بالفعل.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importoptionspage.ui" line="11"/>
        <source>&amp;Owner:</source>
        <translation>ال&amp;مالك:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importoptionspage.ui" line="13"/>
        <source>&amp;Groups:</source>
        <translation>الم&amp;جموعات:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importoptionspage.ui" line="16"/>
        <source>Every imported contact joins the ticked groups.</source>
        <translation>تنضم كل جهة اتصال مستوردة إلى المجموعات المحددة.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importoptionspage.ui" line="19"/>
        <source>New group name</source>
        <translation>اسم المجموعة الجديدة</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importoptionspage.ui" line="20"/>
        <source>&amp;Add group</source>
        <translation>إ&amp;ضافة مجموعة</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importoptionspage.ui" line="25"/>
        <source>A phone already there:</source>
        <translation>رقم هاتف موجود بالفعل:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importoptionspage.ui" line="28"/>
        <source>&amp;Skip it: the contact stays as it is</source>
        <translation>&amp;تخطَّه: تبقى جهة الاتصال كما هي</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importoptionspage.ui" line="29"/>
        <source>&amp;Update it with the file&apos;s values (empty cells keep what is stored)</source>
        <translation>ح&amp;دِّثه بقيم الملف (الخلايا الفارغة تُبقي القيمة المخزّنة)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importoptionspage.ui" line="30"/>
        <source>Let the file &amp;unblock blocked contacts</source>
        <translation>اسمح للملف بإلغاء ح&amp;ظر جهات الاتصال المحظورة</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importoptionspage.ui" line="30"/>
        <source>Without this, a blocked contact stays blocked whatever the file&apos;s status column says.</source>
        <translation>من دون هذا، تبقى جهة الاتصال المحظورة محظورة أيًّا كان ما يقوله عمود الحالة في الملف.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importoptionspage.ui" line="33"/>
        <source>&amp;Error file:</source>
        <translation>ملف الأ&amp;خطاء:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importoptionspage.ui" line="36"/>
        <source>Rows that cannot be imported are written here with the reason, only when there are any. Leave empty for no file.</source>
        <translation>تُكتب هنا الصفوف التي يتعذّر استيرادها مع السبب، إن وُجدت فقط. اتركه فارغًا إن لم ترد ملفًا.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importoptionspage.ui" line="37"/>
        <source>B&amp;rowse…</source>
        <translation>استع&amp;راض…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importoptionspage.ui" line="40"/>
        <source>&amp;Check only (dry run): count what would happen, write nothing</source>
        <translation>ت&amp;حقق فقط (تشغيل تجريبي): احسب ما سيحدث ولا تكتب شيئًا</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importoptionspage.cpp" line="40"/>
        <source>Write rejected rows to</source>
        <translation>كتابة الصفوف المرفوضة إلى</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importoptionspage.cpp" line="41"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importoptionspage.cpp" line="59"/>
        <source>Your role imports contacts for your own account only.</source>
        <translation>دورك يسمح باستيراد جهات الاتصال لحسابك فقط.</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importoptionspage.cpp" line="71"/>
        <source>%1 (deactivated)</source>
        <translation>%1 (معطَّل)</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importoptionspage.cpp" line="118"/>
        <source>A new group: created when the import runs.</source>
        <translation>مجموعة جديدة: تُنشأ عند تشغيل الاستيراد.</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importoptionspage.cpp" line="143"/>
        <source>&amp;Check</source>
        <translation>تحق&amp;ق</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importoptionspage.cpp" line="143"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <location filename="../ui/importwizard/importpreviewpage.ui" line="5"/>
        <source>Check the first rows</source>
        <translation>تحقق من الصفوف الأولى</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importpreviewpage.ui" line="6"/>
        <source>Each row as read from the file, and the contact it becomes. Rows in red cannot be imported; the reason is given.</source>
        <translation>كل صف كما قُرئ من الملف، وجهة الاتصال التي يصير إليها. الصفوف الحمراء يتعذّر استيرادها؛ والسبب مذكور.</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importpreviewpage.cpp" line="38"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importpreviewpage.cpp" line="38"/>
        <source>As read</source>
        <translation>كما قُرئ</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importpreviewpage.cpp" line="38"/>
        <source>Phone (E.164)</source>
        <translation>الهاتف (E.164)</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importpreviewpage.cpp" line="38"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importpreviewpage.cpp" line="38"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importpreviewpage.cpp" line="39"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importpreviewpage.cpp" line="39"/>
        <source>Custom fields</source>
        <translation>الحقول المخصصة</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importpreviewpage.cpp" line="72"/>
        <source>(active when new)</source>
        <translation>(نشطة إن كانت جديدة)</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importpreviewpage.cpp" line="76"/>
        <source>Rejected: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/importwizard/importpreviewpage.cpp" line="90"/>
        <source>All of the first %Ln record(s) can be imported.</source>
        <translation>
            <numerusform>يمكن استيراد كل السجلات الأولى (%Ln).</numerusform>
            <numerusform>يمكن استيراد السجل الأول (%Ln).</numerusform>
            <numerusform>يمكن استيراد السجلين الأولين كليهما (%Ln).</numerusform>
            <numerusform>يمكن استيراد كل السجلات الـ %Ln الأولى.</numerusform>
            <numerusform>يمكن استيراد كل السجلات الـ %Ln الأولى.</numerusform>
            <numerusform>يمكن استيراد كل السجلات الـ %Ln الأولى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/importwizard/importpreviewpage.cpp" line="91"/>
        <source>%L1 of the first %Ln record(s) cannot be imported; the import skips them and writes them, with the reason, to the error file.</source>
        <translation>
            <numerusform>يتعذّر استيراد %L1 من السجلات الأولى (%Ln)؛ يتخطاها الاستيراد ويكتبها مع السبب في ملف الأخطاء.</numerusform>
            <numerusform>يتعذّر استيراد %L1 من السجلات الأولى (%Ln)؛ يتخطاها الاستيراد ويكتبها مع السبب في ملف الأخطاء.</numerusform>
            <numerusform>يتعذّر استيراد %L1 من السجلات الأولى (%Ln)؛ يتخطاها الاستيراد ويكتبها مع السبب في ملف الأخطاء.</numerusform>
            <numerusform>يتعذّر استيراد %L1 من السجلات الأولى (%Ln)؛ يتخطاها الاستيراد ويكتبها مع السبب في ملف الأخطاء.</numerusform>
            <numerusform>يتعذّر استيراد %L1 من السجلات الأولى (%Ln)؛ يتخطاها الاستيراد ويكتبها مع السبب في ملف الأخطاء.</numerusform>
            <numerusform>يتعذّر استيراد %L1 من السجلات الأولى (%Ln)؛ يتخطاها الاستيراد ويكتبها مع السبب في ملف الأخطاء.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProgressPage</name>
    <message>
        <location filename="../ui/importwizard/importprogresspage.ui" line="5"/>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importprogresspage.ui" line="6"/>
        <source>Everything is written in one transaction: until it ends, nobody sees the new contacts, and a cancel leaves the database as it was.</source>
        <translation>يُكتب كل شيء في معاملة واحدة: لا يرى أحد جهات الاتصال الجديدة حتى تنتهي، والإلغاء يترك قاعدة البيانات كما كانت.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importprogresspage.ui" line="20"/>
        <source>&amp;Stop the import</source>
        <translation>إ&amp;يقاف الاستيراد</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importprogresspage.cpp" line="32"/>
        <source>Checking %1 for %2; nothing will be written…</source>
        <translation>جارٍ التحقق من %1 لـ %2؛ لن يُكتب شيء…</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importprogresspage.cpp" line="33"/>
        <source>Importing %1 for %2…</source>
        <translation>جارٍ استيراد %1 لـ %2…</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importprogresspage.cpp" line="35"/>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importprogresspage.cpp" line="54"/>
        <source>%L1 records read</source>
        <translation>السجلات المقروءة: %L1</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importprogresspage.cpp" line="57"/>
        <source>%L1 rows/s</source>
        <translation>%L1 صف/ث</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importprogresspage.cpp" line="60"/>
        <source>The whole file is read; the last rows are being checked and stored…</source>
        <translation>قُرئ الملف كله؛ جارٍ التحقق من آخر الصفوف وتخزينها…</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importprogresspage.cpp" line="80"/>
        <source>Stopping the import; the database is undoing everything it did…</source>
        <translation>جارٍ إيقاف الاستيراد؛ تتراجع قاعدة البيانات عن كل ما فعلته…</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <location filename="../ui/importwizard/importsummarypage.ui" line="5"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importsummarypage.ui" line="6"/>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="65"/>
        <source>What the import did. Rows that could not be imported are listed with the reason.</source>
        <translation>ما فعله الاستيراد. الصفوف التي تعذّر استيرادها مُدرجة مع السبب.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importsummarypage.ui" line="37"/>
        <source>&amp;Open its folder</source>
        <translation>&amp;فتح مجلده</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importsummarypage.ui" line="42"/>
        <source>Import the file for real now, with the same mapping and options?</source>
        <translation>هل تريد استيراد الملف فعليًا الآن، بربط الأعمدة والخيارات نفسها؟</translation>
    </message>
    <message>
        <location filename="../ui/importwizard/importsummarypage.ui" line="43"/>
        <source>&amp;Import now</source>
        <translation>ا&amp;ستيراد الآن</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="17"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="17"/>
        <source>Why it was rejected</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="35"/>
        <source>The import did not run.</source>
        <translation>لم يُشغَّل الاستيراد.</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="36"/>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="36"/>
        <source>The import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="39"/>
        <source>%1 Nothing was imported: the database is as it was before.</source>
        <translation>%1 لم يُستورد شيء: قاعدة البيانات كما كانت من قبل.</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="41"/>
        <source>The database said: %1</source>
        <translation>رسالة قاعدة البيانات: %1</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="53"/>
        <source>Check finished</source>
        <translation>انتهى التحقق</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="54"/>
        <source>What an import would do. Rows that could not be imported are listed with the reason.</source>
        <translation>ما سيفعله الاستيراد. الصفوف التي يتعذّر استيرادها مُدرجة مع السبب.</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="55"/>
        <source>This was a check only: nothing was written to the database. An import of %1 for %2 with these options would do this:</source>
        <translation>كان هذا تحققًا فقط: لم يُكتب شيء في قاعدة البيانات. استيراد %1 لـ %2 بهذه الخيارات سيفعل ما يلي:</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="58"/>
        <source>Would be inserted:</source>
        <translation>سيُدرج:</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="59"/>
        <source>Would be updated:</source>
        <translation>سيُحدَّث:</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="60"/>
        <source>Would be skipped:</source>
        <translation>سيُتخطّى:</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="61"/>
        <source>Would be rejected:</source>
        <translation>سيُرفض:</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="62"/>
        <source>Groups it would create:</source>
        <translation>المجموعات التي سيُنشئها:</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="64"/>
        <source>Import finished</source>
        <translation>انتهى الاستيراد</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="66"/>
        <source>Imported %1 for %2: %Ln record(s) read.</source>
        <translation>
            <numerusform>استُورد %1 لـ %2: قُرئ %Ln سجل.</numerusform>
            <numerusform>استُورد %1 لـ %2: قُرئ %Ln سجل.</numerusform>
            <numerusform>استُورد %1 لـ %2: قُرئ %Ln سجلان.</numerusform>
            <numerusform>استُورد %1 لـ %2: قُرئت %Ln سجلات.</numerusform>
            <numerusform>استُورد %1 لـ %2: قُرئ %Ln سجلًا.</numerusform>
            <numerusform>استُورد %1 لـ %2: قُرئ %Ln سجل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="68"/>
        <source>Inserted:</source>
        <translation>أُدرج:</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="69"/>
        <source>Updated:</source>
        <translation>حُدِّث:</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="70"/>
        <source>Skipped (already there):</source>
        <translation>تُخطّي (موجود بالفعل):</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="71"/>
        <source>Rejected:</source>
        <translation>رُفض:</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="72"/>
        <source>New groups:</source>
        <translation>مجموعات جديدة:</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="78"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="98"/>
        <source>The rejected rows, each with its reason, are in %1.</source>
        <translation>الصفوف المرفوضة، كلٌّ منها مع سببه، موجودة في %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="100"/>
        <source>No error file was chosen, so the rejected rows were not saved; only the first %Ln are listed above.</source>
        <translation>
            <numerusform>لم يُختر ملف أخطاء، لذا لم تُحفظ الصفوف المرفوضة؛ ولا يُدرج أعلاه إلا أول %Ln منها.</numerusform>
            <numerusform>لم يُختر ملف أخطاء، لذا لم تُحفظ الصفوف المرفوضة؛ ولا يُدرج أعلاه إلا أول %Ln منها.</numerusform>
            <numerusform>لم يُختر ملف أخطاء، لذا لم تُحفظ الصفوف المرفوضة؛ ولا يُدرج أعلاه إلا أول %Ln منها.</numerusform>
            <numerusform>لم يُختر ملف أخطاء، لذا لم تُحفظ الصفوف المرفوضة؛ ولا يُدرج أعلاه إلا أول %Ln منها.</numerusform>
            <numerusform>لم يُختر ملف أخطاء، لذا لم تُحفظ الصفوف المرفوضة؛ ولا يُدرج أعلاه إلا أول %Ln منها.</numerusform>
            <numerusform>لم يُختر ملف أخطاء، لذا لم تُحفظ الصفوف المرفوضة؛ ولا يُدرج أعلاه إلا أول %Ln منها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="103"/>
        <source>No row was rejected.</source>
        <translation>لم يُرفض أي صف.</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="105"/>
        <source>… and %L1 more rejected rows. </source>
        <translation>… وصفوف مرفوضة أخرى: %L1. </translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importsummarypage.cpp" line="126"/>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../src/app/importwizard/importwizard.cpp" line="16"/>
        <source>Import contacts from CSV</source>
        <translation>استيراد جهات اتصال من CSV</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importwizard.cpp" line="35"/>
        <source>&amp;Stop</source>
        <translation>إ&amp;يقاف</translation>
    </message>
    <message>
        <location filename="../src/app/importwizard/importwizard.cpp" line="35"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ImportWizardWorker</name>
    <message>
        <location filename="../src/core/import/importwizardworker.cpp" line="22"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>أُلغي الاستيراد؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../src/core/import/importwizardworker.cpp" line="57"/>
        <source>Cannot read %1: %2.</source>
        <translation>تتعذّر قراءة %1: %2.</translation>
    </message>
</context>
<context>
    <name>InPlaceEditing</name>
    <message>
        <location filename="../src/app/pages/inplaceediting.cpp" line="16"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/inplaceediting.cpp" line="34"/>
        <source>&amp;Undo last save</source>
        <translation>&amp;تراجع عن آخر حفظ</translation>
    </message>
    <message>
        <location filename="../src/app/pages/inplaceediting.cpp" line="35"/>
        <source>&amp;Redo save</source>
        <translation>إ&amp;عادة الحفظ</translation>
    </message>
    <message>
        <location filename="../src/app/pages/inplaceediting.cpp" line="54"/>
        <source>Nothing to undo.</source>
        <translation>لا شيء للتراجع عنه.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/inplaceediting.cpp" line="54"/>
        <source>Nothing to redo.</source>
        <translation>لا شيء لإعادته.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/inplaceediting.cpp" line="62"/>
        <source>Undone: the row is back as it was before the save.</source>
        <translation>تم التراجع: عاد الصف كما كان قبل الحفظ.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/inplaceediting.cpp" line="63"/>
        <source>Redone: the row is saved again as it was.</source>
        <translation>تمت الإعادة: حُفظ الصف مجددًا كما كان.</translation>
    </message>
</context>
<context>
    <name>LanguagePreference</name>
    <message>
        <location filename="../src/app/settings/languagepreference.cpp" line="42"/>
        <source>Could not save your settings to %1; check that the file can be written. The change applies to this session only.</source>
        <translation>تعذّر حفظ إعداداتك في %1؛ تحقّق من إمكانية الكتابة في الملف. يسري التغيير على هذه الجلسة فقط.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/dialogs/logindialog.ui" line="6"/>
        <source>Sign in to WaQtor Admin</source>
        <translation>تسجيل الدخول إلى WaQtor Admin</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.ui" line="10"/>
        <source>C&amp;onnection:</source>
        <translation>الا&amp;تصال:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.ui" line="12"/>
        <source>E&amp;dit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.ui" line="12"/>
        <source>Change this connection&apos;s server, user, password, SSL and read-only settings.</source>
        <translation>غيّر خادم هذا الاتصال ومستخدمه وكلمة مروره وإعدادات SSL والقراءة فقط.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.ui" line="13"/>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.ui" line="13"/>
        <source>Save another connection under a name, starting from this one.</source>
        <translation>احفظ اتصالًا آخر باسم، بدءًا من هذا الاتصال.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.ui" line="14"/>
        <source>De&amp;lete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.ui" line="14"/>
        <source>Delete this saved connection and its password in the keychain.</source>
        <translation>احذف هذا الاتصال المحفوظ وكلمة مروره في سلسلة المفاتيح.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.ui" line="19"/>
        <source>Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.ui" line="25"/>
        <source>Data&amp;base password:</source>
        <translation>كلمة مرور &amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.ui" line="26"/>
        <source>The password of the database user of this connection; kept for this run only, or in the system keychain when the connection says so.</source>
        <translation>كلمة مرور مستخدم قاعدة البيانات لهذا الاتصال؛ تبقى لهذا التشغيل فقط، أو في سلسلة مفاتيح النظام إذا نصّ الاتصال على ذلك.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.ui" line="27"/>
        <source>&amp;Email:</source>
        <translation>ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.ui" line="28"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/logindialog.ui" line="29"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/logindialog.cpp" line="19"/>
        <source>&amp;Sign in</source>
        <translation>&amp;تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/logindialog.cpp" line="51"/>
        <source>From .env / DB_* settings</source>
        <translation>من إعدادات ‎.env / DB_*‎</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/logindialog.cpp" line="80"/>
        <source>Database: %1, read-only</source>
        <translation>قاعدة البيانات: %1، للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/logindialog.cpp" line="81"/>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/logindialog.cpp" line="127"/>
        <source>New connection profile</source>
        <translation>ملف تعريف اتصال جديد</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/logindialog.cpp" line="152"/>
        <source>Delete connection</source>
        <translation>حذف الاتصال</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/logindialog.cpp" line="153"/>
        <source>Delete the connection &quot;%1&quot;? Its password is removed from the keychain too; the database itself is not touched.</source>
        <translation>أتريد حذف الاتصال «%1»؟ تُحذف كلمة مروره من سلسلة المفاتيح أيضًا؛ ولا تُمس قاعدة البيانات نفسها.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/logindialog.cpp" line="174"/>
        <source>Enter the database password of the connection &quot;%1&quot;.</source>
        <translation>أدخل كلمة مرور قاعدة البيانات للاتصال «%1».</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/logindialog.cpp" line="179"/>
        <source>Enter your email and password.</source>
        <translation>أدخل بريدك الإلكتروني وكلمة المرور.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="6"/>
        <source>WaQtor Admin</source>
        <translation>WaQtor Admin</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="20"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="23"/>
        <source>&amp;Reports</source>
        <translation>ال&amp;تقارير</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="37"/>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="48"/>
        <source>Actions</source>
        <translation>إجراءات</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="62"/>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="62"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="63"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="63"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="64"/>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="64"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="65"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="66"/>
        <source>E&amp;xport CSV…</source>
        <translation>ت&amp;صدير CSV…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="66"/>
        <source>Write the rows of this page&apos;s current view, or the selected rows, to a CSV file</source>
        <translation>اكتب صفوف العرض الحالي لهذه الصفحة، أو الصفوف المحددة، في ملف CSV</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="66"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="67"/>
        <source>&amp;Campaigns report…</source>
        <translation>تقرير ال&amp;حملات…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="67"/>
        <source>Every campaign with its owner, session, status, recipients, sent, failed and success rate, as CSV</source>
        <translation>كل حملة مع مالكها وجلستها وحالتها والمستلمين والرسائل المُرسَلة والفاشلة ونسبة النجاح، بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="68"/>
        <source>&amp;Messages report…</source>
        <translation>تقرير ال&amp;رسائل…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="68"/>
        <source>Messages per day and status, as CSV</source>
        <translation>الرسائل حسب اليوم والحالة، بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="69"/>
        <source>&amp;Groups report…</source>
        <translation>تقرير ال&amp;مجموعات…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="69"/>
        <source>Members per group by contact status, as CSV</source>
        <translation>أعضاء كل مجموعة حسب حالة جهة الاتصال، بصيغة CSV</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="70"/>
        <source>Change &amp;password…</source>
        <translation>تغيير كلمة ال&amp;مرور…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="71"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="71"/>
        <source>Language, digits and theme</source>
        <translation>اللغة والأرقام والمظهر</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="72"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="72"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="65"/>
        <source>&amp;Refresh</source>
        <translation>تح&amp;ديث</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="132"/>
        <source>Connected to the database again; the page shows it as it is now.</source>
        <translation>عاد الاتصال بقاعدة البيانات؛ تعرض الصفحة البيانات كما هي الآن.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="178"/>
        <source>WaQtor Admin — %1 (%2, read-only connection)</source>
        <translation>WaQtor Admin — %1 (%2، اتصال للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="179"/>
        <source>%1 · %2 · read-only</source>
        <translation>%1 · %2 · للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="181"/>
        <source>WaQtor Admin — %1 (%2)</source>
        <translation>WaQtor Admin — %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="182"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="193"/>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="194"/>
        <source>Close every page and connection and return to the sign-in dialog</source>
        <translation>إغلاق كل الصفحات والاتصالات والعودة إلى نافذة تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="197"/>
        <source>S&amp;witch user…</source>
        <translation>ت&amp;بديل المستخدم…</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="198"/>
        <source>Sign in as someone else; this account closes once the other one is signed in</source>
        <translation>سجّل الدخول بحساب آخر؛ يُغلق هذا الحساب بمجرد تسجيل دخول الآخر</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="222"/>
        <source>The window layout could not be saved: the settings file cannot be written.</source>
        <translation>تعذّر حفظ تخطيط النافذة: لا يمكن الكتابة في ملف الإعدادات.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="262"/>
        <source>The %1 page is not available in this version.</source>
        <translation>الصفحة %1 غير متاحة في هذا الإصدار.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="321"/>
        <source>The Health page is not available.</source>
        <translation>صفحة سلامة القاعدة غير متاحة.</translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="367"/>
        <source>Your password was changed.</source>
        <translation>تم تغيير كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <location filename="../src/core/health/maintenance.cpp" line="36"/>
        <source>Could not reindex table %1</source>
        <translation>تعذّرت إعادة بناء فهارس الجدول %1</translation>
    </message>
    <message>
        <location filename="../src/core/health/maintenance.cpp" line="37"/>
        <source>Could not vacuum table %1</source>
        <translation>تعذّر تنظيف الجدول %1</translation>
    </message>
    <message>
        <location filename="../src/core/health/maintenance.cpp" line="54"/>
        <source>Table %1 does not exist in this database; &quot;waqtor-db migrate&quot; creates WaQtor&apos;s tables.</source>
        <translation>الجدول %1 غير موجود في قاعدة البيانات هذه؛ ينشئ «waqtor-db migrate» جداول WaQtor.</translation>
    </message>
    <message>
        <location filename="../src/core/health/maintenance.cpp" line="57"/>
        <source>Role %1 may not maintain table %2: only its owner or a superuser may (for VACUUM also the database&apos;s owner); connect as one of them.</source>
        <translation>لا يحق للدور %1 صيانة الجدول %2: لا يحق ذلك إلا لمالكه أو لمستخدم فائق (ولمالك قاعدة البيانات أيضًا في حالة VACUUM)؛ اتصل بأحدهم.</translation>
    </message>
    <message>
        <location filename="../src/core/health/maintenance.cpp" line="76"/>
        <source>The maintenance was cancelled; the table being worked on is unchanged.</source>
        <translation>أُلغيت الصيانة؛ لم يتغير الجدول الذي كان قيد العمل.</translation>
    </message>
    <message>
        <location filename="../src/core/health/maintenance.cpp" line="102"/>
        <source>The maintenance was cancelled.</source>
        <translation>أُلغيت الصيانة.</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommands</name>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="25"/>
        <source>Process %1 (role %2, %3 for %4): %5</source>
        <translation>العملية %1 (الدور %2، %3 منذ %4): %5</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="27"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="28"/>
        <source>state hidden</source>
        <translation>الحالة مخفية</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="29"/>
        <source>(statement hidden)</source>
        <translation>(الاستعلام مخفي)</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="40"/>
        <source>Reindexing %1 (%2 of %3)</source>
        <translation>جارٍ إعادة بناء فهارس %1 (الجدول %2 من %3)</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="41"/>
        <source>Vacuuming %1 (%2 of %3)</source>
        <translation>جارٍ تنظيف %1 (الجدول %2 من %3)</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="44"/>
        <source>: waiting for a lock another session holds (&quot;waqtor-db locks&quot; shows it)</source>
        <translation>: بانتظار قفل تحتفظ به جلسة أخرى (يعرضه «waqtor-db locks»)</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="46"/>
        <source>: %1, %2 of %3 blocks</source>
        <translation>: %1، الكتلة %2 من %3</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="95"/>
        <source>PID is a process id, a positive number such as one &quot;waqtor-db activity&quot; lists; &quot;%1&quot; is not one.</source>
        <translation>PID رقم عملية، وهو عدد موجب مثل الأرقام التي يسردها «waqtor-db activity»؛ و«%1» ليس كذلك.</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="105"/>
        <source>Nothing was done: add --yes to end process %1 from a script.</source>
        <translation>لم يُنفَّذ شيء: أضف --yes لإنهاء العملية %1 من سكربت.</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="106"/>
        <source>Nothing was done: add --yes to cancel the statement of process %1 from a script.</source>
        <translation>لم يُنفَّذ شيء: أضف --yes لإلغاء استعلام العملية %1 من سكربت.</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="109"/>
        <source>End this connection (its open transaction is rolled back)?</source>
        <translation>أتريد إنهاء هذا الاتصال (سيُتراجَع عن معاملته المفتوحة)؟</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="110"/>
        <source>Cancel this statement?</source>
        <translation>أتريد إلغاء هذا الاستعلام؟</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="112"/>
        <source>Nothing was done.</source>
        <translation>لم يُنفَّذ شيء.</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="117"/>
        <source>Ended process %1; its open transaction, if any, was rolled back.</source>
        <translation>أُنهيت العملية %1؛ وتُرُوجع عن معاملتها المفتوحة إن وُجدت.</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="118"/>
        <source>Cancelled the statement of process %1.</source>
        <translation>أُلغي استعلام العملية %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="141"/>
        <source>Rebuilt the indexes of %1 (REINDEX TABLE CONCURRENTLY: reads and writes went on meanwhile).</source>
        <translation>أُعيد بناء فهارس %1 (REINDEX TABLE CONCURRENTLY: استمرت القراءة والكتابة أثناء ذلك).</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="145"/>
        <source>Rewrote and analyzed %1 (VACUUM FULL).</source>
        <translation>أُعيدت كتابة %1 وتحليله (VACUUM FULL).</translation>
    </message>
    <message>
        <location filename="../src/cli/maintenancecommands.cpp" line="148"/>
        <source>Vacuumed and analyzed %1.</source>
        <translation>نُظّف %1 وحُلّل.</translation>
    </message>
</context>
<context>
    <name>MaintenanceTab</name>
    <message>
        <location filename="../src/app/health/maintenancetab.cpp" line="63"/>
        <source>All seven tables</source>
        <translation>الجداول السبعة كلها</translation>
    </message>
    <message>
        <location filename="../src/app/health/maintenancetab.cpp" line="65"/>
        <source>&amp;Table:</source>
        <translation>ال&amp;جدول:</translation>
    </message>
    <message>
        <location filename="../src/app/health/maintenancetab.cpp" line="66"/>
        <source>&amp;Full: rewrite the table to give space back (locks out its readers and writers meanwhile)</source>
        <translation>&amp;كامل: أعد كتابة الجدول لإرجاع المساحة (يُقفله أمام القراءة والكتابة أثناء ذلك)</translation>
    </message>
    <message>
        <location filename="../src/app/health/maintenancetab.cpp" line="67"/>
        <source>&amp;Vacuum and analyze</source>
        <translation>&amp;تنظيف وتحليل</translation>
    </message>
    <message>
        <location filename="../src/app/health/maintenancetab.cpp" line="68"/>
        <source>Rebuild &amp;indexes</source>
        <translation>إعادة بناء ال&amp;فهارس</translation>
    </message>
    <message>
        <location filename="../src/app/health/maintenancetab.cpp" line="69"/>
        <source>REINDEX TABLE CONCURRENTLY: reads and writes go on meanwhile</source>
        <translation>REINDEX TABLE CONCURRENTLY: تستمر القراءة والكتابة أثناء ذلك</translation>
    </message>
    <message>
        <location filename="../src/app/health/maintenancetab.cpp" line="70"/>
        <source>&amp;Stop</source>
        <translation>إ&amp;يقاف</translation>
    </message>
    <message>
        <location filename="../src/app/health/maintenancetab.cpp" line="99"/>
        <source>Vacuum full</source>
        <translation>تنظيف كامل</translation>
    </message>
    <message>
        <location filename="../src/app/health/maintenancetab.cpp" line="100"/>
        <source>VACUUM FULL locks %1 against every read and write until it is done, the WaQtor server&apos;s included. Go on?</source>
        <translation>يُقفل VACUUM FULL ‏%1 أمام كل قراءة وكتابة حتى ينتهي، بما في ذلك قراءة خادم WaQtor وكتابته. أتريد المتابعة؟</translation>
    </message>
    <message>
        <location filename="../src/app/health/maintenancetab.cpp" line="102"/>
        <source>each table in turn</source>
        <translation>كل جدول بدوره</translation>
    </message>
    <message>
        <location filename="../src/app/health/maintenancetab.cpp" line="108"/>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../src/app/health/maintenancetab.cpp" line="112"/>
        <source>Reindexing %1 (%L2 of %L3)</source>
        <translation>جارٍ إعادة بناء فهارس %1 (الجدول %L2 من %L3)</translation>
    </message>
    <message>
        <location filename="../src/app/health/maintenancetab.cpp" line="113"/>
        <source>Vacuuming %1 (%L2 of %L3)</source>
        <translation>جارٍ تنظيف %1 (الجدول %L2 من %L3)</translation>
    </message>
    <message>
        <location filename="../src/app/health/maintenancetab.cpp" line="120"/>
        <source>: %1, %L2 of %L3 blocks</source>
        <translation>: %1، الكتلة %L2 من %L3</translation>
    </message>
    <message>
        <location filename="../src/app/health/maintenancetab.cpp" line="118"/>
        <source>: waiting for a lock another session holds (see Activity and locks)</source>
        <translation>: بانتظار قفل تحتفظ به جلسة أخرى (انظر النشاط والأقفال)</translation>
    </message>
    <message>
        <location filename="../src/app/health/maintenancetab.cpp" line="121"/>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <location filename="../src/app/health/maintenancetab.cpp" line="130"/>
        <source>Rebuilt the indexes of %1.</source>
        <translation>أُعيد بناء فهارس %1.</translation>
    </message>
    <message>
        <location filename="../src/app/health/maintenancetab.cpp" line="132"/>
        <source>Vacuumed and analyzed %1.</source>
        <translation>نُظّف %1 وحُلّل.</translation>
    </message>
</context>
<context>
    <name>MembershipCounter</name>
    <message>
        <location filename="../src/core/groups/membershipcounter.cpp" line="18"/>
        <location filename="../src/core/groups/membershipcounter.cpp" line="19"/>
        <source>Counting was cancelled.</source>
        <translation>أُلغي العدّ.</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="6"/>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="66"/>
        <source>Group members</source>
        <translation>أعضاء المجموعة</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="13"/>
        <source>Not members</source>
        <translation>غير الأعضاء</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="14"/>
        <location filename="../ui/dialogs/membershipdialog.ui" line="37"/>
        <source>Search name, email or phone…</source>
        <translation>ابحث بالاسم أو البريد الإلكتروني أو رقم الهاتف…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="20"/>
        <location filename="../ui/dialogs/membershipdialog.ui" line="43"/>
        <source>◀</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="20"/>
        <source>Previous contacts</source>
        <translation>جهات الاتصال السابقة</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="21"/>
        <location filename="../ui/dialogs/membershipdialog.ui" line="44"/>
        <source>▶</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="21"/>
        <source>Next contacts</source>
        <translation>جهات الاتصال التالية</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="29"/>
        <source>&amp;Add →</source>
        <translation>إ&amp;ضافة ←</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="29"/>
        <source>Add the selected contacts to the group (on Save)</source>
        <translation>أضف جهات الاتصال المحددة إلى المجموعة (عند الحفظ)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="30"/>
        <source>← &amp;Remove</source>
        <translation>→ إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="30"/>
        <source>Take the selected members out of the group (on Save)</source>
        <translation>أخرج الأعضاء المحددين من المجموعة (عند الحفظ)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="36"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="43"/>
        <source>Previous members</source>
        <translation>الأعضاء السابقون</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="44"/>
        <source>Next members</source>
        <translation>الأعضاء التالون</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="53"/>
        <source>All contacts matching</source>
        <translation>كل جهات الاتصال المطابقة</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="55"/>
        <source>S&amp;tatus:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="57"/>
        <source>Te&amp;xt:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="58"/>
        <source>name, email or phone</source>
        <translation>الاسم أو البريد الإلكتروني أو رقم الهاتف</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="59"/>
        <source>Custom &amp;field:</source>
        <translation>ح&amp;قل مخصص:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="60"/>
        <source>key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="62"/>
        <source>value (empty: any)</source>
        <translation>القيمة (فارغة: أي قيمة)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="64"/>
        <source>Add all &amp;matching</source>
        <translation>إضافة كل ال&amp;مطابقين</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="65"/>
        <source>Remove all matc&amp;hing</source>
        <translation>إزالة كل المطا&amp;بقين</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/membershipdialog.ui" line="72"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;تجاهل التغييرات</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="22"/>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="25"/>
        <source>A phone number is matched exactly in international form (numbers without + are read as region %1); other text matches any part of the name or email.</source>
        <translation>يُطابَق رقم الهاتف مطابقة تامة بالصيغة الدولية (تُقرأ الأرقام التي لا تبدأ بـ + على أنها في المنطقة %1)؛ ويُطابِق أي نص آخر أي جزء من الاسم أو البريد الإلكتروني.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="29"/>
        <source>Compared with the field&apos;s value as text: 42 finds the number 42, true the boolean. Leave it empty for every contact that has the field.</source>
        <translation>تُقارن بقيمة الحقل نصًّا: 42 تجد الرقم 42، وtrue القيمة المنطقية. اتركها فارغة لكل جهة اتصال لديها هذا الحقل.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="75"/>
        <source>Members of %1</source>
        <translation>أعضاء %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="76"/>
        <source>Contacts of %1 in the group &lt;b&gt;%2&lt;/b&gt;. Changes are kept here until you save.</source>
        <translation>جهات اتصال %1 في المجموعة &lt;b&gt;%2&lt;/b&gt;. تُحفظ التغييرات هنا حتى تحفظها.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="79"/>
        <source>Contacts of %1 in the group &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>جهات اتصال %1 في المجموعة &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="108"/>
        <source>Count contacts matching</source>
        <translation>عدّ جهات الاتصال المطابقة</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="110"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="153"/>
        <source>Could not load the contacts</source>
        <translation>تعذّر تحميل جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="184"/>
        <source>No contacts</source>
        <translation>لا توجد جهات اتصال</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="184"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="204"/>
        <source>&lt;b&gt;Members: counting…&lt;/b&gt;</source>
        <translation>&lt;b&gt;الأعضاء: جارٍ العدّ…&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="205"/>
        <source>&lt;b&gt;Not members: counting…&lt;/b&gt;</source>
        <translation>&lt;b&gt;غير الأعضاء: جارٍ العدّ…&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="206"/>
        <source>&lt;b&gt;Not members: counting…&lt;/b&gt; of %L1 contacts</source>
        <translation>&lt;b&gt;غير الأعضاء: جارٍ العدّ…&lt;/b&gt; من أصل %L1 من جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="207"/>
        <source>Members now and after saving: counting…</source>
        <translation>الأعضاء الآن وبعد الحفظ: جارٍ العدّ…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="208"/>
        <source>Members now: counting…</source>
        <translation>الأعضاء الآن: جارٍ العدّ…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="217"/>
        <source>&lt;b&gt;Members: %L1&lt;/b&gt;</source>
        <translation>&lt;b&gt;الأعضاء: %L1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="218"/>
        <source>&lt;b&gt;Not members: %L1&lt;/b&gt; of %L2 contacts</source>
        <translation>&lt;b&gt;غير الأعضاء: %L1&lt;/b&gt; من أصل %L2 من جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="221"/>
        <source>Members now: %L1 · after saving: %L2 (%L3 joining, %L4 leaving)</source>
        <translation>الأعضاء الآن: %L1 · بعد الحفظ: %L2 (ينضم %L3، ويغادر %L4)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="223"/>
        <source>Members now: %L1 · no pending changes</source>
        <translation>الأعضاء الآن: %L1 · لا توجد تغييرات معلّقة</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="232"/>
        <source>&lt;b&gt;Members&lt;/b&gt;</source>
        <translation>&lt;b&gt;الأعضاء&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="233"/>
        <source>&lt;b&gt;Not members&lt;/b&gt;</source>
        <translation>&lt;b&gt;غير الأعضاء&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="241"/>
        <source>%Ln contact(s) chosen to add</source>
        <translation>
            <numerusform>اختيرت %Ln جهة اتصال للإضافة</numerusform>
            <numerusform>اختيرت %Ln جهة اتصال للإضافة</numerusform>
            <numerusform>اختيرت %Ln جهتا اتصال للإضافة</numerusform>
            <numerusform>اختيرت %Ln جهات اتصال للإضافة</numerusform>
            <numerusform>اختيرت %Ln جهة اتصال للإضافة</numerusform>
            <numerusform>اختيرت %Ln جهة اتصال للإضافة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="243"/>
        <source>%Ln member(s) chosen to remove</source>
        <translation>
            <numerusform>اختير %Ln عضو للإزالة</numerusform>
            <numerusform>اختير %Ln عضو للإزالة</numerusform>
            <numerusform>اختير %Ln عضوان للإزالة</numerusform>
            <numerusform>اختير %Ln أعضاء للإزالة</numerusform>
            <numerusform>اختير %Ln عضوًا للإزالة</numerusform>
            <numerusform>اختير %Ln عضو للإزالة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="245"/>
        <source>add all matching %1</source>
        <translation>إضافة كل المطابقين لـ %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="247"/>
        <source>remove all matching %1</source>
        <translation>إزالة كل المطابقين لـ %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="248"/>
        <source>No pending changes.</source>
        <translation>لا توجد تغييرات معلّقة.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="248"/>
        <source>Pending: %1.</source>
        <translation>التغييرات المعلّقة: %1.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="264"/>
        <source>Contacts matching: counting…</source>
        <translation>جهات الاتصال المطابقة: جارٍ العدّ…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="282"/>
        <source>Contacts matching %1: counting…</source>
        <translation>جهات الاتصال المطابقة لـ %1: جارٍ العدّ…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="289"/>
        <source>%L1 contact(s) match %2.</source>
        <translation>عدد جهات الاتصال المطابقة لـ %2: %L1.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/membershipdialog.cpp" line="290"/>
        <source>%L1 contact(s) match %2. Adding them all adds %L3; removing them all removes %L4.</source>
        <translation>عدد جهات الاتصال المطابقة لـ %2: %L1. إضافتها كلها تضيف %L3؛ وإزالتها كلها تزيل %L4.</translation>
    </message>
</context>
<context>
    <name>MembershipFilter</name>
    <message>
        <location filename="../src/core/groups/membershipfilter.cpp" line="34"/>
        <source>&quot;%1&quot; is not a contact status; use active, blocked or invalid.</source>
        <translation>«%1» ليست حالة جهة اتصال؛ استخدم active أو blocked أو invalid.</translation>
    </message>
    <message>
        <location filename="../src/core/groups/membershipfilter.cpp" line="36"/>
        <source>Enter the custom field&apos;s key for the value &quot;%1&quot;.</source>
        <translation>أدخل مفتاح الحقل المخصص للقيمة «%1».</translation>
    </message>
    <message>
        <location filename="../src/core/groups/membershipfilter.cpp" line="44"/>
        <source>status %1</source>
        <translation>الحالة %1</translation>
    </message>
    <message>
        <location filename="../src/core/groups/membershipfilter.cpp" line="46"/>
        <source>phone %1</source>
        <translation>الهاتف %1</translation>
    </message>
    <message>
        <location filename="../src/core/groups/membershipfilter.cpp" line="46"/>
        <source>“%1” in name or email</source>
        <translation>«%1» في الاسم أو البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/core/groups/membershipfilter.cpp" line="48"/>
        <source>has %1</source>
        <translation>لديها الحقل %1</translation>
    </message>
    <message>
        <location filename="../src/core/groups/membershipfilter.cpp" line="48"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../src/core/groups/membershipfilter.cpp" line="49"/>
        <source>every contact</source>
        <translation>كل جهة اتصال</translation>
    </message>
</context>
<context>
    <name>MembershipListModel</name>
    <message>
        <location filename="../src/app/models/membershiplistmodel.cpp" line="93"/>
        <source>+ joins on Save</source>
        <translation>+ تنضم عند الحفظ</translation>
    </message>
    <message>
        <location filename="../src/app/models/membershiplistmodel.cpp" line="93"/>
        <source>− leaves on Save</source>
        <translation>− تغادر عند الحفظ</translation>
    </message>
    <message>
        <location filename="../src/app/models/membershiplistmodel.cpp" line="96"/>
        <source>Not a member yet: joins the group when you save.</source>
        <translation>ليست عضوًا بعد: تنضم إلى المجموعة عند الحفظ.</translation>
    </message>
    <message>
        <location filename="../src/app/models/membershiplistmodel.cpp" line="97"/>
        <source>A member now: leaves the group when you save.</source>
        <translation>عضو الآن: تغادر المجموعة عند الحفظ.</translation>
    </message>
    <message>
        <location filename="../src/app/models/membershiplistmodel.cpp" line="111"/>
        <source>Pending</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location filename="../src/app/models/membershiplistmodel.cpp" line="113"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../src/app/models/membershiplistmodel.cpp" line="115"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../src/app/models/membershiplistmodel.cpp" line="117"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/app/models/membershiplistmodel.cpp" line="119"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../ui/dialogs/messagedialog.ui" line="6"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/messagedialog.ui" line="12"/>
        <source>Created:</source>
        <translation>تاريخ الإنشاء:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/messagedialog.ui" line="14"/>
        <source>Updated:</source>
        <translation>تاريخ التحديث:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/messagedialog.ui" line="16"/>
        <source>Owner:</source>
        <translation>المالك:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/messagedialog.ui" line="18"/>
        <source>Session:</source>
        <translation>الجلسة:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/messagedialog.ui" line="20"/>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/messagedialog.ui" line="22"/>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/messagedialog.ui" line="24"/>
        <source>Acknowledgement:</source>
        <translation>الإقرار:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/messagedialog.ui" line="26"/>
        <source>Media type:</source>
        <translation>نوع الوسائط:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/messagedialog.ui" line="28"/>
        <source>Media URL:</source>
        <translation>رابط الوسائط:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/messagedialog.ui" line="30"/>
        <source>Error:</source>
        <translation>الخطأ:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/messagedialog.ui" line="32"/>
        <source>WhatsApp message ID:</source>
        <translation>معرّف رسالة واتساب:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/messagedialog.ui" line="34"/>
        <source>Record ID:</source>
        <translation>معرّف السجل:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/messagedialog.ui" line="38"/>
        <source>&amp;Text:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/messagedialog.ui" line="40"/>
        <source>&amp;Metadata:</source>
        <translation>البيانات ال&amp;وصفية:</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/messagedialog.cpp" line="45"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/messagedialog.cpp" line="47"/>
        <source>Message to %1</source>
        <translation>رسالة إلى %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/messagedialog.cpp" line="51"/>
        <source>none (the session was removed)</source>
        <translation>لا شيء (أُزيلت الجلسة)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/messagedialog.cpp" line="54"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/messagedialog.cpp" line="73"/>
        <source>No metadata</source>
        <translation>لا توجد بيانات وصفية</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/messagedialog.cpp" line="74"/>
        <source>No text (media only)</source>
        <translation>لا يوجد نص (وسائط فقط)</translation>
    </message>
</context>
<context>
    <name>MessageRepository</name>
    <message>
        <location filename="../src/core/repositories/messagerepository.cpp" line="68"/>
        <source>Could not read the message</source>
        <translation>تعذّرت قراءة الرسالة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/messagerepository.cpp" line="71"/>
        <source>The message no longer exists; someone may have deleted it. Refresh the list.</source>
        <translation>لم تعد الرسالة موجودة؛ ربما حذفها شخص ما. حدّث القائمة.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/messagerepository.cpp" line="72"/>
        <source>The message no longer exists, or it belongs to another owner. Refresh the list.</source>
        <translation>لم تعد الرسالة موجودة، أو أنها تخص مالكًا آخر. حدّث القائمة.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/messagerepository.cpp" line="100"/>
        <location filename="../src/core/repositories/messagerepository.cpp" line="121"/>
        <source>The selection holds a row that is not a message; refresh the list and select again.</source>
        <translation>يحتوي التحديد على صف ليس رسالة؛ حدّث القائمة وحدّد مجددًا.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/messagerepository.cpp" line="109"/>
        <source>Could not count the selected messages</source>
        <translation>تعذّر عدّ الرسائل المحددة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/messagerepository.cpp" line="122"/>
        <source>Could not delete the selected messages</source>
        <translation>تعذّر حذف الرسائل المحددة</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/repositories/messagerepository.cpp" line="139"/>
        <source>You can only delete your own messages: %n of the selected belong to another owner. Nothing was deleted.</source>
        <translation>
            <numerusform>لا يمكنك حذف إلا رسائلك: %n من الرسائل المحددة تخص مالكًا آخر. لم يُحذف شيء.</numerusform>
            <numerusform>لا يمكنك حذف إلا رسائلك: %n من الرسائل المحددة تخص مالكًا آخر. لم يُحذف شيء.</numerusform>
            <numerusform>لا يمكنك حذف إلا رسائلك: %n من الرسائل المحددة تخص مالكًا آخر. لم يُحذف شيء.</numerusform>
            <numerusform>لا يمكنك حذف إلا رسائلك: %n من الرسائل المحددة تخص مالكًا آخر. لم يُحذف شيء.</numerusform>
            <numerusform>لا يمكنك حذف إلا رسائلك: %n من الرسائل المحددة تخص مالكًا آخر. لم يُحذف شيء.</numerusform>
            <numerusform>لا يمكنك حذف إلا رسائلك: %n من الرسائل المحددة تخص مالكًا آخر. لم يُحذف شيء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/repositories/messagerepository.cpp" line="153"/>
        <source>%n messages</source>
        <translation>
            <numerusform>%n رسالة</numerusform>
            <numerusform>%n رسالة</numerusform>
            <numerusform>%n رسالتان</numerusform>
            <numerusform>%n رسائل</numerusform>
            <numerusform>%n رسالة</numerusform>
            <numerusform>%n رسالة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/repositories/messagerepository.cpp" line="233"/>
        <source>The search was cancelled.</source>
        <translation>أُلغي البحث.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/messagerepository.cpp" line="201"/>
        <location filename="../src/core/repositories/messagerepository.cpp" line="223"/>
        <source>Could not search the message texts</source>
        <translation>تعذّر البحث في نصوص الرسائل</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/messagerepository.cpp" line="246"/>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/messagerepository.cpp" line="248"/>
        <source>Sent</source>
        <translation>مُرسَلة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/messagerepository.cpp" line="250"/>
        <source>Delivered</source>
        <translation>مُسلَّمة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/messagerepository.cpp" line="252"/>
        <source>Read</source>
        <translation>مقروءة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/messagerepository.cpp" line="254"/>
        <source>Failed</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/messagerepository.cpp" line="267"/>
        <source>failed</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/messagerepository.cpp" line="268"/>
        <source>pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/messagerepository.cpp" line="269"/>
        <source>sent</source>
        <translation>مُرسَلة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/messagerepository.cpp" line="270"/>
        <source>delivered</source>
        <translation>مُسلَّمة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/messagerepository.cpp" line="271"/>
        <source>read</source>
        <translation>مقروءة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/messagerepository.cpp" line="272"/>
        <source>played</source>
        <translation>مُشغَّلة</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../ui/pages/messagespage.ui" line="8"/>
        <source>Phone number or message text…</source>
        <translation>رقم الهاتف أو نص الرسالة…</translation>
    </message>
    <message>
        <location filename="../ui/pages/messagespage.ui" line="8"/>
        <source>A phone number finds that number&apos;s messages at once (written any way: 0501234567, +966 50 123 4567). Anything else searches the message texts, newest first, in the background.</source>
        <translation>رقم الهاتف يجد رسائل ذلك الرقم فورًا (بأي طريقة كُتب: 0501234567، ‎+966 50 123 4567). وأي شيء آخر يبحث في نصوص الرسائل، الأحدث أولًا، في الخلفية.</translation>
    </message>
    <message>
        <location filename="../ui/pages/messagespage.ui" line="11"/>
        <source>&amp;Date range</source>
        <translation>&amp;نطاق التاريخ</translation>
    </message>
    <message>
        <location filename="../ui/pages/messagespage.ui" line="11"/>
        <source>Only messages created on these days (both included), by the server&apos;s clock.</source>
        <translation>الرسائل المُنشأة في هذه الأيام فقط (شاملة الطرفين)، حسب ساعة الخادم.</translation>
    </message>
    <message>
        <location filename="../ui/pages/messagespage.ui" line="12"/>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <location filename="../ui/pages/messagespage.ui" line="14"/>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <location filename="../ui/pages/messagespage.ui" line="26"/>
        <source>&amp;Cancel search</source>
        <translation>إ&amp;لغاء البحث</translation>
    </message>
    <message>
        <location filename="../ui/pages/messagespage.ui" line="27"/>
        <source>Search &amp;further</source>
        <translation>&amp;تابع البحث</translation>
    </message>
    <message>
        <location filename="../ui/pages/messagespage.ui" line="27"/>
        <source>Find the next matches after the ones shown</source>
        <translation>ابحث عن الرسائل المطابقة التالية بعد المعروضة</translation>
    </message>
    <message>
        <location filename="../ui/pages/messagespage.ui" line="36"/>
        <source>De&amp;tails…</source>
        <translation>الت&amp;فاصيل…</translation>
    </message>
    <message>
        <location filename="../ui/pages/messagespage.ui" line="36"/>
        <source>Every field of the selected message (or double-click a row)</source>
        <translation>كل حقول الرسالة المحددة (أو انقر نقرًا مزدوجًا على صف)</translation>
    </message>
    <message>
        <location filename="../ui/pages/messagespage.ui" line="38"/>
        <source>◀</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../ui/pages/messagespage.ui" line="38"/>
        <source>Previous rows</source>
        <translation>الصفوف السابقة</translation>
    </message>
    <message>
        <location filename="../ui/pages/messagespage.ui" line="39"/>
        <source>▶</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../ui/pages/messagespage.ui" line="39"/>
        <source>Next rows</source>
        <translation>الصفوف التالية</translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="62"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="66"/>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="66"/>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="66"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="66"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="66"/>
        <source>Ack</source>
        <translation>الإقرار</translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="67"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="67"/>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="67"/>
        <source>Media</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="67"/>
        <source>Error</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="132"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="225"/>
        <source>Messages exchanged with %1 (exact number).</source>
        <translation>الرسائل المتبادلة مع %1 (الرقم بالضبط).</translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="228"/>
        <source>Messages with phone numbers containing %1.</source>
        <translation>الرسائل ذات أرقام الهواتف التي تحتوي على %1.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="229"/>
        <source>Messages with phone numbers starting with %1.</source>
        <translation>الرسائل ذات أرقام الهواتف التي تبدأ بـ %1.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="262"/>
        <source>Messages sort by time or by phone number; use the filters to narrow them down.</source>
        <translation>تُفرز الرسائل حسب الوقت أو رقم الهاتف؛ استخدم عوامل التصفية لتضييقها.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="291"/>
        <source>Some of the selected messages no longer exist; the list was refreshed. Select again.</source>
        <translation>لم تعد بعض الرسائل المحددة موجودة؛ حُدِّثت القائمة. حدّد مجددًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/messagespage.cpp" line="294"/>
        <source>Delete %Ln message(s) for good?</source>
        <translation>
            <numerusform>هل تريد حذف %Ln رسالة نهائيًا؟</numerusform>
            <numerusform>هل تريد حذف %Ln رسالة نهائيًا؟</numerusform>
            <numerusform>هل تريد حذف %Ln رسالتين نهائيًا؟</numerusform>
            <numerusform>هل تريد حذف %Ln رسائل نهائيًا؟</numerusform>
            <numerusform>هل تريد حذف %Ln رسالة نهائيًا؟</numerusform>
            <numerusform>هل تريد حذف %Ln رسالة نهائيًا؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="295"/>
        <source>They are removed from the WaQtor server&apos;s log and cannot be restored. Nothing else refers to messages, so nothing else is removed.</source>
        <translation>تُزال من سجل خادم WaQtor ولا يمكن استعادتها. لا يشير شيء آخر إلى الرسائل، لذا لا يُزال شيء آخر.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/messagespage.cpp" line="303"/>
        <source>Deleted %Ln message(s).</source>
        <translation>
            <numerusform>حُذفت %Ln رسالة.</numerusform>
            <numerusform>حُذفت %Ln رسالة.</numerusform>
            <numerusform>حُذفت %Ln رسالتان.</numerusform>
            <numerusform>حُذفت %Ln رسائل.</numerusform>
            <numerusform>حُذفت %Ln رسالة.</numerusform>
            <numerusform>حُذفت %Ln رسالة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="326"/>
        <source>Searching the message texts for “%1”…</source>
        <translation>جارٍ البحث في نصوص الرسائل عن «%1»…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="355"/>
        <source>Showing the newest %L1 messages containing “%2”; older ones may match too. Search further, or narrow the owner, status or date filters.</source>
        <translation>تُعرض أحدث %L1 رسالة تحتوي على «%2»؛ قد تطابقها رسائل أقدم أيضًا. تابع البحث، أو ضيّق عوامل تصفية المالك أو الحالة أو التاريخ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/messagespage.cpp" line="359"/>
        <source>%Ln message(s) contain “%1”.</source>
        <translation>
            <numerusform>%Ln رسالة تحتوي على «%1».</numerusform>
            <numerusform>%Ln رسالة تحتوي على «%1».</numerusform>
            <numerusform>%Ln رسالتان تحتويان على «%1».</numerusform>
            <numerusform>%Ln رسائل تحتوي على «%1».</numerusform>
            <numerusform>%Ln رسالة تحتوي على «%1».</numerusform>
            <numerusform>%Ln رسالة تحتوي على «%1».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.cpp" line="375"/>
        <source>Search cancelled. Press Refresh or change the search to run it again.</source>
        <translation>أُلغي البحث. اضغط «تحديث» أو غيّر البحث لتشغيله مجددًا.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/messagespage.h" line="28"/>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../src/core/db/migrator.cpp" line="46"/>
        <location filename="../src/core/db/migrator.cpp" line="156"/>
        <source>Could not read the database&apos;s tables</source>
        <translation>تعذّرت قراءة جداول قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../src/core/db/migrator.cpp" line="92"/>
        <location filename="../src/core/db/migrator.cpp" line="106"/>
        <source>Could not read the migration history</source>
        <translation>تعذّرت قراءة سجل الترحيلات</translation>
    </message>
    <message>
        <location filename="../src/core/db/migrator.cpp" line="130"/>
        <source>Could not start migrating</source>
        <translation>تعذّر بدء الترحيل</translation>
    </message>
    <message>
        <location filename="../src/core/db/migrator.cpp" line="205"/>
        <location filename="../src/core/db/migrator.cpp" line="210"/>
        <source>Could not compare the schema</source>
        <translation>تعذّرت مقارنة المخطط</translation>
    </message>
    <message>
        <location filename="../src/core/db/migrator.cpp" line="219"/>
        <source>Nothing was changed. waqtor-db adopts only a database whose seven tables match the guide&apos;s schema; fix the difference or migrate an empty database.</source>
        <translation>لم يُغيَّر شيء. لا يتبنّى waqtor-db إلا قاعدة بيانات تطابق جداولها السبعة مخطط الدليل؛ أصلح الاختلاف أو رحّل قاعدة بيانات فارغة.</translation>
    </message>
    <message>
        <location filename="../src/core/db/migrator.cpp" line="227"/>
        <source>The database has only some of WaQtor&apos;s tables (%1); table &quot;%2&quot; is missing. %3</source>
        <translation>في قاعدة البيانات بعض جداول WaQtor فقط (%1)؛ والجدول «%2» مفقود. %3</translation>
    </message>
    <message>
        <location filename="../src/core/db/migrator.cpp" line="234"/>
        <source>Table &quot;%1&quot; has no column &quot;%2&quot; (the guide&apos;s schema has %2 %3). %4</source>
        <translation>ليس في الجدول «%1» العمود «%2» (في مخطط الدليل %2 %3). %4</translation>
    </message>
    <message>
        <location filename="../src/core/db/migrator.cpp" line="238"/>
        <source>Column %1.%2 is %3, but the guide&apos;s schema makes it %4. %5</source>
        <translation>العمود %1.%2 من النوع %3، لكن مخطط الدليل يجعله %4. %5</translation>
    </message>
    <message>
        <location filename="../src/core/db/migrator.cpp" line="241"/>
        <source>Column %1.%2 allows NULL, but the guide&apos;s schema makes it NOT NULL. %3</source>
        <translation>العمود %1.%2 يسمح بـ NULL، لكن مخطط الدليل يجعله NOT NULL. %3</translation>
    </message>
    <message>
        <location filename="../src/core/db/migrator.cpp" line="242"/>
        <source>Column %1.%2 is NOT NULL, but the guide&apos;s schema allows NULL. %3</source>
        <translation>العمود %1.%2 هو NOT NULL، لكن مخطط الدليل يسمح بـ NULL. %3</translation>
    </message>
    <message>
        <location filename="../src/core/db/migrator.cpp" line="247"/>
        <source>Table &quot;%1&quot; has a column &quot;%2&quot; that the guide&apos;s schema does not have. %3</source>
        <translation>في الجدول «%1» العمود «%2» وليس في مخطط الدليل. %3</translation>
    </message>
    <message>
        <location filename="../src/core/db/migrator.cpp" line="263"/>
        <location filename="../src/core/db/migrator.cpp" line="269"/>
        <source>Could not record the adopted schema</source>
        <translation>تعذّر تسجيل المخطط المُتبنّى</translation>
    </message>
    <message>
        <location filename="../src/core/db/migrator.cpp" line="275"/>
        <source>Migration %1 (%2) failed and was not applied</source>
        <translation>فشل الترحيل %1 (%2) ولم يُطبَّق</translation>
    </message>
    <message>
        <location filename="../src/core/db/migrator.cpp" line="324"/>
        <source>Could not check for the %1 extension</source>
        <translation>تعذّر التحقق من وجود الامتداد %1</translation>
    </message>
    <message>
        <location filename="../src/core/db/migrator.cpp" line="328"/>
        <source>the server has no %1 extension (on Debian it comes with the postgresql-contrib package)</source>
        <translation>ليس لدى الخادم الامتداد %1 (في Debian يأتي مع الحزمة postgresql-contrib)</translation>
    </message>
    <message>
        <location filename="../src/core/db/migrator.cpp" line="332"/>
        <source>this database user may not install the %1 extension; the database&apos;s owner or a superuser can run CREATE EXTENSION %1</source>
        <translation>لا يحق لمستخدم قاعدة البيانات هذا تثبيت الامتداد %1؛ يستطيع مالك قاعدة البيانات أو مستخدم خارق تنفيذ CREATE EXTENSION %1</translation>
    </message>
    <message>
        <location filename="../src/core/db/migrator.cpp" line="334"/>
        <source>the %1 extension could not be installed (%2)</source>
        <translation>تعذّر تثبيت الامتداد %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/db/migrator.cpp" line="352"/>
        <source>Could not check index %1</source>
        <translation>تعذّر التحقق من الفهرس %1</translation>
    </message>
    <message>
        <location filename="../src/core/db/migrator.cpp" line="356"/>
        <source>Could not drop the unfinished index %1</source>
        <translation>تعذّر حذف الفهرس غير المكتمل %1</translation>
    </message>
</context>
<context>
    <name>NarrowingBanner</name>
    <message>
        <location filename="../src/app/widgets/narrowingbanner.cpp" line="25"/>
        <source>Show all</source>
        <translation>عرض الكل</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <location filename="../src/core/foundation/outputfile.cpp" line="131"/>
        <source>Will not write %1: it is a symbolic link (to %2), and writing through it could overwrite another file. Name the file itself, or remove the link first.</source>
        <translation>لن يُكتب %1: إنه رابط رمزي (إلى %2)، والكتابة عبره قد تكتب فوق ملف آخر. حدّد الملف نفسه، أو أزل الرابط أولًا.</translation>
    </message>
    <message>
        <location filename="../src/core/foundation/outputfile.cpp" line="135"/>
        <source>Cannot write %1: it is a folder; name a file.</source>
        <translation>تتعذّر كتابة %1: إنه مجلد؛ حدّد ملفًا.</translation>
    </message>
    <message>
        <location filename="../src/core/foundation/outputfile.cpp" line="212"/>
        <source>the file is not open</source>
        <translation>الملف غير مفتوح</translation>
    </message>
    <message>
        <location filename="../src/core/foundation/outputfile.cpp" line="251"/>
        <source>standard output</source>
        <translation>الخرج القياسي</translation>
    </message>
    <message>
        <location filename="../src/core/foundation/outputfile.cpp" line="265"/>
        <source>Cannot write to standard output: %1.</source>
        <translation>تتعذّر الكتابة إلى الخرج القياسي: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/foundation/outputfile.cpp" line="267"/>
        <source>Cannot write %1: %2.</source>
        <translation>تتعذّر كتابة %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/core/foundation/outputfile.cpp" line="268"/>
        <source>Cannot write %1: %2. Nothing was saved there; an earlier file of that name, if any, is unchanged.</source>
        <translation>تتعذّر كتابة %1: %2. لم يُحفظ شيء هناك؛ والملف السابق بهذا الاسم، إن وُجد، لم يتغيّر.</translation>
    </message>
</context>
<context>
    <name>OverviewCards</name>
    <message>
        <location filename="../src/app/overview/overviewcards.cpp" line="24"/>
        <source>no status</source>
        <translation>بلا حالة</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcards.cpp" line="55"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcards.cpp" line="62"/>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcards.cpp" line="84"/>
        <source>Messages today</source>
        <translation>رسائل اليوم</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/overview/overviewcards.cpp" line="85"/>
        <location filename="../src/app/overview/overviewcards.cpp" line="86"/>
        <source>Messages, last %Ln days</source>
        <translation>
            <numerusform>الرسائل، آخر %Ln يوم</numerusform>
            <numerusform>الرسائل، آخر %Ln يوم</numerusform>
            <numerusform>الرسائل، آخر %Ln يومين</numerusform>
            <numerusform>الرسائل، آخر %Ln أيام</numerusform>
            <numerusform>الرسائل، آخر %Ln يومًا</numerusform>
            <numerusform>الرسائل، آخر %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcards.cpp" line="88"/>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcards.cpp" line="93"/>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcards.cpp" line="98"/>
        <source>Messages sent by campaigns</source>
        <translation>الرسائل المُرسَلة عبر الحملات</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcards.cpp" line="99"/>
        <source>Messages failed in campaigns</source>
        <translation>الرسائل الفاشلة في الحملات</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcards.cpp" line="101"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcards.cpp" line="106"/>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcards.cpp" line="106"/>
        <source>Memberships</source>
        <translation>العضويات</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcards.cpp" line="110"/>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcards.cpp" line="113"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcards.cpp" line="113"/>
        <source>Inactive</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcards.cpp" line="114"/>
        <source>Database %1</source>
        <translation>قاعدة البيانات %1</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message numerus="yes">
        <location filename="../src/app/overview/overviewcharts.cpp" line="145"/>
        <source>Messages per day, last %Ln days</source>
        <translation>
            <numerusform>الرسائل يوميًا، آخر %Ln يوم</numerusform>
            <numerusform>الرسائل يوميًا، آخر %Ln يوم</numerusform>
            <numerusform>الرسائل يوميًا، آخر %Ln يومان</numerusform>
            <numerusform>الرسائل يوميًا، آخر %Ln أيام</numerusform>
            <numerusform>الرسائل يوميًا، آخر %Ln يومًا</numerusform>
            <numerusform>الرسائل يوميًا، آخر %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcharts.cpp" line="171"/>
        <location filename="../src/app/overview/overviewcharts.cpp" line="247"/>
        <source>no status</source>
        <translation>بلا حالة</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcharts.cpp" line="180"/>
        <source>No messages in these days.</source>
        <translation>لا رسائل في هذه الأيام.</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcharts.cpp" line="193"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/overview/overviewcharts.cpp" line="200"/>
        <source>Delivery by session, last %Ln days</source>
        <translation>
            <numerusform>التسليم حسب الجلسة، آخر %Ln يوم</numerusform>
            <numerusform>التسليم حسب الجلسة، آخر %Ln يوم</numerusform>
            <numerusform>التسليم حسب الجلسة، آخر %Ln يومان</numerusform>
            <numerusform>التسليم حسب الجلسة، آخر %Ln أيام</numerusform>
            <numerusform>التسليم حسب الجلسة، آخر %Ln يومًا</numerusform>
            <numerusform>التسليم حسب الجلسة، آخر %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcharts.cpp" line="204"/>
        <source>Sent</source>
        <translation>مُرسَلة</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcharts.cpp" line="204"/>
        <source>Delivered</source>
        <translation>مُسلَّمة</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcharts.cpp" line="204"/>
        <source>Read</source>
        <translation>مقروءة</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcharts.cpp" line="211"/>
        <source>(no session)</source>
        <translation>(بلا جلسة)</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcharts.cpp" line="228"/>
        <source>No message has reached a phone in these days.</source>
        <translation>لم تصل أي رسالة إلى هاتف في هذه الأيام.</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcharts.cpp" line="243"/>
        <source>Campaigns by status</source>
        <translation>الحملات حسب الحالة</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcharts.cpp" line="248"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcharts.cpp" line="256"/>
        <source>No campaigns yet.</source>
        <translation>لا حملات بعد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/overview/overviewcharts.cpp" line="262"/>
        <source>Contacts added per week, last %Ln weeks</source>
        <translation>
            <numerusform>جهات الاتصال المضافة أسبوعيًا، آخر %Ln أسبوع</numerusform>
            <numerusform>جهات الاتصال المضافة أسبوعيًا، آخر %Ln أسبوع</numerusform>
            <numerusform>جهات الاتصال المضافة أسبوعيًا، آخر %Ln أسبوعان</numerusform>
            <numerusform>جهات الاتصال المضافة أسبوعيًا، آخر %Ln أسابيع</numerusform>
            <numerusform>جهات الاتصال المضافة أسبوعيًا، آخر %Ln أسبوعًا</numerusform>
            <numerusform>جهات الاتصال المضافة أسبوعيًا، آخر %Ln أسبوع</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcharts.cpp" line="264"/>
        <source>Contacts added</source>
        <translation>جهات الاتصال المضافة</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewcharts.cpp" line="283"/>
        <source>No contacts added in these weeks.</source>
        <translation>لم تُضف جهات اتصال في هذه الأسابيع.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../src/app/overview/overviewpage.cpp" line="74"/>
        <location filename="../src/app/overview/overviewpage.cpp" line="112"/>
        <source>Reading the overview figures…</source>
        <translation>جارٍ قراءة أرقام النظرة العامة…</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewpage.cpp" line="81"/>
        <source>All owners</source>
        <translation>كل المالكين</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewpage.cpp" line="83"/>
        <source>Show the figures of one owner&apos;s rows</source>
        <translation>عرض أرقام صفوف مالك واحد</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewpage.cpp" line="84"/>
        <source>&amp;Stop</source>
        <translation>إي&amp;قاف</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewpage.cpp" line="84"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewpage.cpp" line="85"/>
        <source>Stop reading the figures</source>
        <translation>إيقاف قراءة الأرقام</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewpage.cpp" line="85"/>
        <source>Read the figures again</source>
        <translation>قراءة الأرقام من جديد</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewpage.cpp" line="86"/>
        <location filename="../src/app/overview/overviewpage.cpp" line="136"/>
        <source>Reading the overview figures was stopped; Refresh reads them again.</source>
        <translation>أُوقفت قراءة أرقام النظرة العامة؛ «تحديث» يقرؤها من جديد.</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewpage.cpp" line="188"/>
        <source>Your figures on %1 (the server&apos;s date), read at %2.</source>
        <translation>أرقامك في %1 (تاريخ الخادم)، قُرئت في %2.</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewpage.cpp" line="190"/>
        <source>Every owner&apos;s figures on %1 (the server&apos;s date), read at %2.</source>
        <translation>أرقام كل المالكين في %1 (تاريخ الخادم)، قُرئت في %2.</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewpage.cpp" line="192"/>
        <source>Figures of %1 on %2 (the server&apos;s date), read at %3.</source>
        <translation>أرقام %1 في %2 (تاريخ الخادم)، قُرئت في %3.</translation>
    </message>
    <message>
        <location filename="../src/app/overview/overviewpage.h" line="33"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
</context>
<context>
    <name>OverviewStats</name>
    <message>
        <location filename="../src/core/overview/overviewstats.cpp" line="66"/>
        <location filename="../src/core/overview/overviewstats.cpp" line="258"/>
        <source>Could not collect the overview figures</source>
        <translation>تعذّر جمع أرقام النظرة العامة</translation>
    </message>
    <message>
        <location filename="../src/core/overview/overviewstats.cpp" line="219"/>
        <source>Could not collect the overview figures: the group counts were empty.</source>
        <translation>تعذّر جمع أرقام النظرة العامة: جاءت أعداد المجموعات فارغة.</translation>
    </message>
    <message>
        <location filename="../src/core/overview/overviewstats.cpp" line="240"/>
        <source>Could not collect the overview figures: the account counts were empty.</source>
        <translation>تعذّر جمع أرقام النظرة العامة: جاءت أعداد الحسابات فارغة.</translation>
    </message>
    <message>
        <location filename="../src/core/overview/overviewstats.cpp" line="268"/>
        <source>Could not collect the overview figures: the server did not say its date.</source>
        <translation>تعذّر جمع أرقام النظرة العامة: لم يُبلغ الخادم بتاريخه.</translation>
    </message>
</context>
<context>
    <name>PasswordHashWriter</name>
    <message>
        <location filename="../src/core/repositories/passwordhashwriter.cpp" line="31"/>
        <source>Could not store the password; nothing was changed.</source>
        <translation>تعذّر تخزين كلمة المرور؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/passwordhashwriter.cpp" line="34"/>
        <source>Storing a password needs an open PostgreSQL connection.</source>
        <translation>يحتاج تخزين كلمة المرور إلى اتصال PostgreSQL مفتوح.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/passwordhashwriter.cpp" line="37"/>
        <source>Storing a password must happen inside a transaction; nothing was changed.</source>
        <translation>يجب أن يجري تخزين كلمة المرور داخل معاملة؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/passwordhashwriter.cpp" line="75"/>
        <source>The account no longer exists; someone deleted it.</source>
        <translation>لم يعد الحساب موجودًا؛ حذفه شخص ما.</translation>
    </message>
</context>
<context>
    <name>PasswordVault</name>
    <message>
        <location filename="../src/core/connections/passwordvault.cpp" line="76"/>
        <source>No system keychain answers on this desktop session, so the password is kept for this run only; start GNOME Keyring or KWallet to keep it.</source>
        <translation>لا تستجيب أي سلسلة مفاتيح للنظام في جلسة سطح المكتب هذه، لذا تبقى كلمة المرور لهذا التشغيل فقط؛ شغّل GNOME Keyring أو KWallet للاحتفاظ بها.</translation>
    </message>
    <message>
        <location filename="../src/core/connections/passwordvault.cpp" line="84"/>
        <source>The system keychain did not keep the password (%1), so it is kept for this run only.</source>
        <translation>لم تحفظ سلسلة مفاتيح النظام كلمة المرور (%1)، لذا تبقى لهذا التشغيل فقط.</translation>
    </message>
    <message>
        <location filename="../src/core/connections/passwordvault.cpp" line="99"/>
        <source>The system keychain did not remove the saved password (%1); remove the entry &quot;%2&quot; of &quot;%3&quot; in the keychain&apos;s own tool.</source>
        <translation>لم تحذف سلسلة مفاتيح النظام كلمة المرور المحفوظة (%1)؛ احذف المُدخل «%2» الخاص بـ «%3» من أداة سلسلة المفاتيح نفسها.</translation>
    </message>
</context>
<context>
    <name>PermissionPolicy</name>
    <message>
        <location filename="../src/core/accounts/permissionpolicy.cpp" line="66"/>
        <source>This connection is read-only: %1 can be looked at and exported, not changed. Sign in through a profile that is not read-only to change them.</source>
        <translation>هذا الاتصال للقراءة فقط: يمكن عرض %1 وتصديرها دون تغييرها. سجّل الدخول عبر ملف تعريف اتصال ليس للقراءة فقط لتغييرها.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/permissionpolicy.cpp" line="70"/>
        <source>Messages are the WaQtor server&apos;s log: they can be viewed and deleted, not written here.</source>
        <translation>الرسائل هي سجل خادم WaQtor: يمكن عرضها وحذفها، لا كتابتها هنا.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/permissionpolicy.cpp" line="72"/>
        <source>Only admins manage accounts.</source>
        <translation>لا يدير الحسابات إلا المسؤولون.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/permissionpolicy.cpp" line="73"/>
        <source>Your role (%1) can look at %2 but not change them.</source>
        <translation>يمكن لدورك (%1) الاطلاع على %2 دون تغييرها.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/permissionpolicy.cpp" line="75"/>
        <source>You can only change your own %1.</source>
        <translation>لا يمكنك تغيير إلا %1 الخاصة بك.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/permissionpolicy.cpp" line="87"/>
        <source>Only admins back up and restore the database; your role is %1.</source>
        <translation>لا يُنشئ النسخ الاحتياطية من قاعدة البيانات ولا يستعيدها إلا المسؤولون؛ ودورك %1.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/permissionpolicy.cpp" line="95"/>
        <source>This connection is read-only, so it cannot restore a backup; sign in through a profile that is not read-only.</source>
        <translation>هذا الاتصال للقراءة فقط، لذا لا يمكنه استعادة نسخة احتياطية؛ سجّل الدخول عبر ملف تعريف اتصال ليس للقراءة فقط.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/permissionpolicy.cpp" line="105"/>
        <source>This connection is read-only, so it cannot vacuum or rebuild indexes; sign in through a profile that is not read-only.</source>
        <translation>هذا الاتصال للقراءة فقط، لذا لا يمكنه التنظيف والتحليل أو إعادة بناء الفهارس؛ سجّل الدخول عبر ملف تعريف اتصال ليس للقراءة فقط.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/permissionpolicy.cpp" line="126"/>
        <source>Only admins open the Health page; your role is %1.</source>
        <translation>لا يفتح صفحة سلامة القاعدة إلا المسؤولون؛ ودورك %1.</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/permissionpolicy.cpp" line="132"/>
        <source>accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/permissionpolicy.cpp" line="133"/>
        <source>WhatsApp sessions</source>
        <translation>جلسات واتساب</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/permissionpolicy.cpp" line="134"/>
        <source>campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/permissionpolicy.cpp" line="135"/>
        <source>contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/permissionpolicy.cpp" line="136"/>
        <source>groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <location filename="../src/core/accounts/permissionpolicy.cpp" line="137"/>
        <source>messages</source>
        <translation>الرسائل</translation>
    </message>
</context>
<context>
    <name>PgTools</name>
    <message>
        <location filename="../src/core/backup/pgtools.cpp" line="38"/>
        <source>Cannot read the server&apos;s version.</source>
        <translation>تتعذّر قراءة إصدار الخادم.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/pgtools.cpp" line="62"/>
        <source>%1 was not found (looked in %2) and the server is PostgreSQL %3; install the Debian package %4, or set WAQTOR_PG_BIN to the folder of a client %3 or newer.</source>
        <translation>لم يُعثر على %1 (أماكن البحث: %2) والخادم يعمل بـ PostgreSQL %3؛ ثبّت حزمة Debian %4، أو اضبط WAQTOR_PG_BIN على مجلد عميل من الإصدار %3 أو أحدث.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/pgtools.cpp" line="69"/>
        <source>%1 (%2) is version %3, older than the server&apos;s PostgreSQL %4; install the Debian package %5, or set WAQTOR_PG_BIN to the folder of a client %4 or newer.</source>
        <translation>إصدار %1 ‏(%2) هو %3، وهو أقدم من PostgreSQL %4 على الخادم؛ ثبّت حزمة Debian %5، أو اضبط WAQTOR_PG_BIN على مجلد عميل من الإصدار %4 أو أحدث.</translation>
    </message>
    <message>
        <location filename="../src/core/backup/pgtools.cpp" line="72"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>PhoneNormaliser</name>
    <message>
        <location filename="../src/core/phone/phonenormaliser.cpp" line="49"/>
        <location filename="../src/core/phone/phonenormaliser.cpp" line="59"/>
        <location filename="../src/core/phone/phonenormaliser.cpp" line="88"/>
        <source>Could not read the phone numbers of %1</source>
        <translation>تعذّرت قراءة أرقام هواتف %1</translation>
    </message>
    <message>
        <location filename="../src/core/phone/phonenormaliser.cpp" line="97"/>
        <source>another contact of %1 already has</source>
        <translation>ويوجد هذا الرقم بالفعل لدى جهة اتصال أخرى للمالك %1</translation>
    </message>
    <message>
        <location filename="../src/core/phone/phonenormaliser.cpp" line="100"/>
        <source>%1 other old numbers of %2 also become</source>
        <translation>وسيصير إليه أيضًا %1 من الأرقام القديمة الأخرى للمالك %2</translation>
    </message>
    <message>
        <location filename="../src/core/phone/phonenormaliser.cpp" line="116"/>
        <source>Could not rewrite the phone numbers of %1</source>
        <translation>تعذّرت إعادة كتابة أرقام هواتف %1</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <location filename="../src/core/phone/phonenumber.cpp" line="93"/>
        <source>country code +%1</source>
        <translation>رمز الدولة ‎+%1</translation>
    </message>
    <message>
        <location filename="../src/core/phone/phonenumber.cpp" line="102"/>
        <source>&quot;%1&quot; is not a phone number; it may contain only digits, spaces, dashes, dots, parentheses and a leading + or 00.</source>
        <translation>«%1» ليس رقم هاتف؛ لا يجوز أن يحتوي إلا على أرقام ومسافات وشرطات ونقاط وأقواس و+ أو 00 في أوله.</translation>
    </message>
    <message>
        <location filename="../src/core/phone/phonenumber.cpp" line="196"/>
        <source>The phone number is %1 characters long; the most is %2.</source>
        <translation>عدد أحرف رقم الهاتف %1، والحد الأقصى %2.</translation>
    </message>
    <message>
        <location filename="../src/core/phone/phonenumber.cpp" line="202"/>
        <source>The phone number is empty; give one like +966501234567.</source>
        <translation>رقم الهاتف فارغ؛ أدخل رقمًا مثل ‎+966501234567.</translation>
    </message>
    <message>
        <location filename="../src/core/phone/phonenumber.cpp" line="206"/>
        <source>Unknown region &quot;%1&quot;; use a two-letter country code such as SA, EG or DE.</source>
        <translation>المنطقة «%1» غير معروفة؛ استخدم رمز دولة من حرفين مثل SA أو EG أو DE.</translation>
    </message>
    <message>
        <location filename="../src/core/phone/phonenumber.cpp" line="225"/>
        <source>&quot;%1&quot; is a WhatsApp group id, not a phone number.</source>
        <translation>«%1» معرّف مجموعة واتساب، وليس رقم هاتف.</translation>
    </message>
    <message>
        <location filename="../src/core/phone/phonenumber.cpp" line="239"/>
        <location filename="../src/core/phone/phonenumber.cpp" line="281"/>
        <source>&quot;%1&quot; has an extension; WhatsApp numbers have none, so remove it.</source>
        <translation>في «%1» رقم تحويلة؛ أرقام واتساب ليس لها تحويلة، فأزلها.</translation>
    </message>
    <message>
        <location filename="../src/core/phone/phonenumber.cpp" line="260"/>
        <source>&quot;%1&quot; has no country code and no region was given; add a region (such as --region SA) or write it with its country code, such as +966…</source>
        <translation>ليس لـ «%1» رمز دولة ولم تُحدَّد منطقة؛ أضف منطقة (مثل --region SA) أو اكتبه برمز دولته، مثل ‎+966…</translation>
    </message>
    <message>
        <location filename="../src/core/phone/phonenumber.cpp" line="270"/>
        <source>&quot;%1&quot; does not start with a known country code.</source>
        <translation>لا يبدأ «%1» برمز دولة معروف.</translation>
    </message>
    <message>
        <location filename="../src/core/phone/phonenumber.cpp" line="273"/>
        <source>&quot;%1&quot; is too short to be a phone number.</source>
        <translation>«%1» أقصر من أن يكون رقم هاتف.</translation>
    </message>
    <message>
        <location filename="../src/core/phone/phonenumber.cpp" line="275"/>
        <source>&quot;%1&quot; has too many digits to be a phone number.</source>
        <translation>في «%1» أرقام أكثر من أن يكون رقم هاتف.</translation>
    </message>
    <message>
        <location filename="../src/core/phone/phonenumber.cpp" line="289"/>
        <source>; it has too few digits</source>
        <translation>؛ فأرقامه قليلة جدًا</translation>
    </message>
    <message>
        <location filename="../src/core/phone/phonenumber.cpp" line="292"/>
        <source>; it has too many digits</source>
        <translation>؛ فأرقامه كثيرة جدًا</translation>
    </message>
    <message>
        <location filename="../src/core/phone/phonenumber.cpp" line="295"/>
        <source>; it has the wrong number of digits</source>
        <translation>؛ فعدد أرقامه غير صحيح</translation>
    </message>
    <message>
        <location filename="../src/core/phone/phonenumber.cpp" line="300"/>
        <source>&quot;%1&quot; is not a valid number for %2%3.</source>
        <translation>«%1» ليس رقمًا صالحًا في %2%3.</translation>
    </message>
</context>
<context>
    <name>PrivilegeCheck</name>
    <message>
        <location filename="../src/core/health/privilegecheck.cpp" line="31"/>
        <source>Could not read the connected role</source>
        <translation>تعذّرت قراءة الدور المتصل</translation>
    </message>
    <message>
        <location filename="../src/core/health/privilegecheck.cpp" line="44"/>
        <source>Could not check the role&apos;s privileges on WaQtor&apos;s tables</source>
        <translation>تعذّر التحقق من صلاحيات الدور على جداول WaQtor</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="29"/>
        <source>&amp;OK</source>
        <translation>&amp;حسنًا</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="30"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="31"/>
        <source>&amp;Cancel</source>
        <translation>إ&amp;لغاء</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="32"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="33"/>
        <source>Close without Saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="47"/>
        <source>Show Details...</source>
        <translation>إظهار التفاصيل...</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="48"/>
        <source>Hide Details...</source>
        <translation>إخفاء التفاصيل...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="10"/>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="11"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="12"/>
        <source>Save All</source>
        <translation>حفظ الكل</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="13"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="14"/>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="15"/>
        <source>Yes to &amp;All</source>
        <translation>نعم لل&amp;كل</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="16"/>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="17"/>
        <source>N&amp;o to All</source>
        <translation>لا لل&amp;كل</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="18"/>
        <source>Abort</source>
        <translation>إجهاض</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="19"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="20"/>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="21"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="22"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="23"/>
        <source>Discard</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="24"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="25"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="26"/>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="27"/>
        <source>Restore Defaults</source>
        <translation>استعادة الإعدادات الافتراضية</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="46"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="35"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="36"/>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="37"/>
        <source>&amp;Next &gt;</source>
        <translation>ال&amp;تالي &gt;</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="38"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="39"/>
        <source>Go Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="40"/>
        <source>&amp;Finish</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="41"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="42"/>
        <source>Commit</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="43"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="44"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../src/app/i18n/qtbuttontexts.cpp" line="45"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
</context>
<context>
    <name>QrCodeImage</name>
    <message>
        <location filename="../src/app/widgets/qrcodeimage.cpp" line="30"/>
        <source>The stored QR code is a data URL that is not base64-encoded, so it cannot be shown.</source>
        <translation>رمز QR المخزّن رابط بيانات غير مرمّز بـ base64، لذا يتعذّر عرضه.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/qrcodeimage.cpp" line="34"/>
        <source>The stored QR code image is not valid base64, so it cannot be shown.</source>
        <translation>صورة رمز QR المخزّنة ليست base64 صالحًا، لذا يتعذّر عرضها.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/qrcodeimage.cpp" line="37"/>
        <source>The stored QR code image could not be read as a picture.</source>
        <translation>تعذّرت قراءة صورة رمز QR المخزّنة بوصفها صورة.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/qrcodeimage.cpp" line="51"/>
        <source>This session has no QR code yet; the WaQtor server stores one when pairing starts.</source>
        <translation>ليس لهذه الجلسة رمز QR بعد؛ يخزّن خادم WaQtor رمزًا عند بدء الربط.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/qrcodeimage.cpp" line="58"/>
        <source>The pairing code contains a NUL character and cannot be drawn as a QR code.</source>
        <translation>يحتوي رمز الربط على محرف NUL ولا يمكن رسمه على هيئة رمز QR.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/qrcodeimage.cpp" line="63"/>
        <source>The pairing code is %L1 bytes long, too long for a QR code; the most is %L2.</source>
        <translation>طول رمز الربط %L1 بايت، وهو أطول مما يسعه رمز QR؛ والحد الأقصى %L2.</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/qrcodeimage.cpp" line="65"/>
        <source>The pairing code could not be drawn as a QR code.</source>
        <translation>تعذّر رسم رمز الربط على هيئة رمز QR.</translation>
    </message>
</context>
<context>
    <name>RejectionFile</name>
    <message>
        <location filename="../src/core/import/rejectionfile.cpp" line="34"/>
        <source>Could not save the rejected rows to %1: %2; the import stopped and changed nothing.</source>
        <translation>تعذّر حفظ الصفوف المرفوضة في %1: %2؛ توقف الاستيراد ولم يغيّر شيئًا.</translation>
    </message>
    <message>
        <location filename="../src/core/import/rejectionfile.cpp" line="52"/>
        <source>The error file %1 is the file being imported; writing the rejected rows there would overwrite it. Name another file for the rejected rows.</source>
        <translation>ملف الأخطاء %1 هو الملف الجاري استيراده؛ وكتابة الصفوف المرفوضة فيه ستكتب فوقه. حدّد ملفًا آخر للصفوف المرفوضة.</translation>
    </message>
    <message>
        <location filename="../src/core/import/rejectionfile.cpp" line="56"/>
        <source>The error file must be a file, not standard output (&quot;-&quot;).</source>
        <translation>يجب أن يكون ملف الأخطاء ملفًا، لا الخرج القياسي (&quot;-&quot;).</translation>
    </message>
    <message>
        <location filename="../src/core/import/rejectionfile.cpp" line="61"/>
        <source>The folder of the error file, %1, does not exist.</source>
        <translation>مجلد ملف الأخطاء، %1، غير موجود.</translation>
    </message>
    <message>
        <location filename="../src/core/import/rejectionfile.cpp" line="103"/>
        <source>Could not remove the earlier error file %1: %2; the import stopped and changed nothing.</source>
        <translation>تعذّرت إزالة ملف الأخطاء السابق %1: %2؛ توقف الاستيراد ولم يغيّر شيئًا.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../ui/dialogs/restoredialog.ui" line="6"/>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restoredialog.ui" line="10"/>
        <source>Backup &amp;file:</source>
        <translation>&amp;ملف النسخة الاحتياطية:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restoredialog.ui" line="14"/>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restoredialog.ui" line="17"/>
        <source>&amp;Into database:</source>
        <translation>إلى &amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restoredialog.ui" line="19"/>
        <source>&amp;Create this database first</source>
        <translation>أ&amp;نشئ قاعدة البيانات هذه أولًا</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restoredialog.ui" line="20"/>
        <source>&amp;Replace what the backup holds when the database has tables</source>
        <translation>است&amp;بدل ما تحويه النسخة الاحتياطية إن كانت في قاعدة البيانات جداول</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/restoredialog.ui" line="21"/>
        <source>&amp;Type its name:</source>
        <translation>ا&amp;كتب اسمها:</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/restoredialog.cpp" line="15"/>
        <source>The restore was stopped; the database was left as it was.</source>
        <translation>أُوقفت الاستعادة؛ بقيت قاعدة البيانات كما كانت.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/restoredialog.cpp" line="19"/>
        <source>&amp;Restore</source>
        <translation>استعا&amp;دة</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/restoredialog.cpp" line="20"/>
        <source>&amp;Stop</source>
        <translation>إ&amp;يقاف</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/restoredialog.cpp" line="56"/>
        <source>Restore from</source>
        <translation>الاستعادة من</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/restoredialog.cpp" line="57"/>
        <source>Backups (*.dump *.sql *.sql.gz);;All files (*)</source>
        <translation>النسخ الاحتياطية (*.dump *.sql *.sql.gz);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/restoredialog.cpp" line="72"/>
        <source>&quot;%1&quot; is the database this window works on: restoring replaces its data for everyone using it. Type its name to confirm.</source>
        <translation>قاعدة البيانات «%1» هي التي تعمل عليها هذه النافذة: الاستعادة تستبدل بياناتها لدى كل من يستخدمها. اكتب اسمها للتأكيد.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/restoredialog.cpp" line="88"/>
        <source>Choose the backup file and the database to restore into first.</source>
        <translation>اختر ملف النسخة الاحتياطية وقاعدة البيانات المراد الاستعادة إليها أولًا.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/restoredialog.cpp" line="93"/>
        <source>Type &quot;%1&quot; to confirm restoring into the database in use; nothing was restored.</source>
        <translation>اكتب «%1» لتأكيد الاستعادة إلى قاعدة البيانات المستخدمة حاليًا؛ لم يُستعد شيء.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/restoredialog.cpp" line="98"/>
        <source>Checking the backup…</source>
        <translation>جارٍ التحقق من النسخة الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/restoredialog.cpp" line="123"/>
        <source>Restoring: table %L1 of %L2</source>
        <translation>جارٍ الاستعادة: الجدول %L1 من %L2</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/restoredialog.cpp" line="124"/>
        <source>Restoring: table %L1 of %L2 (%3)</source>
        <translation>جارٍ الاستعادة: الجدول %L1 من %L2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/restoredialog.cpp" line="132"/>
        <source>Restored %1 into &quot;%2&quot;. If the backup is older than this version, run &quot;waqtor-db migrate&quot; against that database.</source>
        <translation>استُعيدت النسخة الاحتياطية %1 إلى «%2». إن كانت النسخة الاحتياطية أقدم من هذا الإصدار، فشغّل &quot;waqtor-db migrate&quot; على قاعدة البيانات تلك.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/restoredialog.cpp" line="145"/>
        <source>The server said: %1</source>
        <translation>رسالة الخادم: %1</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/restoredialog.cpp" line="167"/>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
</context>
<context>
    <name>RowVersion</name>
    <message>
        <location filename="../src/core/repositories/rowversion.cpp" line="18"/>
        <source>%1 was changed by someone else (or by the WaQtor server) after you opened it. Reload to see the changes, or overwrite them with yours.</source>
        <extracomment>%1 names the row, e.g. &quot;The contact +966501234567&quot; or &quot;The campaign &quot;Ramadan&quot;&quot;.</extracomment>
        <translation>غيّر شخص آخر (أو خادم WaQtor) بيانات %1 بعد أن فتحتَها. أعد التحميل لرؤية التغييرات، أو اكتب تغييراتك فوقها.</translation>
    </message>
</context>
<context>
    <name>SavedEdits</name>
    <message>
        <location filename="../src/core/models/savededits.cpp" line="9"/>
        <location filename="../src/core/models/savededits.cpp" line="16"/>
        <source>This table cannot be edited here.</source>
        <translation>لا يمكن تحرير هذا الجدول هنا.</translation>
    </message>
    <message>
        <location filename="../src/core/models/savededits.cpp" line="52"/>
        <source>There is no saved edit to undo.</source>
        <translation>لا يوجد تعديل محفوظ للتراجع عنه.</translation>
    </message>
    <message>
        <location filename="../src/core/models/savededits.cpp" line="52"/>
        <source>There is no undone edit to redo.</source>
        <translation>لا يوجد تعديل متراجع عنه لإعادته.</translation>
    </message>
</context>
<context>
    <name>ServerActivity</name>
    <message>
        <location filename="../src/core/health/serveractivity.cpp" line="61"/>
        <source>Could not read the running statements</source>
        <translation>تعذّرت قراءة الاستعلامات الجارية</translation>
    </message>
    <message>
        <location filename="../src/core/health/serveractivity.cpp" line="76"/>
        <source>Could not look up server process %1</source>
        <translation>تعذّر العثور على عملية الخادم %1</translation>
    </message>
    <message>
        <location filename="../src/core/health/serveractivity.cpp" line="93"/>
        <source>Could not read the lock waits</source>
        <translation>تعذّرت قراءة حالات انتظار الأقفال</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../ui/dialogs/sessiondialog.ui" line="6"/>
        <source>WhatsApp session</source>
        <translation>جلسة واتساب</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sessiondialog.ui" line="10"/>
        <source>Session &amp;name:</source>
        <translation>اسم ال&amp;جلسة:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sessiondialog.ui" line="11"/>
        <source>e.g. Riyadh Sales</source>
        <translation>مثل: مبيعات الرياض</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sessiondialog.ui" line="12"/>
        <source>&amp;Owner:</source>
        <translation>ال&amp;مالك:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sessiondialog.ui" line="14"/>
        <source>&amp;Status:</source>
        <translation>ال&amp;حالة:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sessiondialog.ui" line="15"/>
        <source>Normally set by the WaQtor server as the phone pairs and connects</source>
        <translation>يحدّدها خادم WaQtor عادةً عند ربط الهاتف واتصاله</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sessiondialog.ui" line="16"/>
        <source>&amp;Phone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sessiondialog.ui" line="17"/>
        <source>+966 50 123 4567, or empty until the phone is paired</source>
        <translation>‎+966 50 123 4567، أو فارغ حتى يُربط الهاتف</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sessiondialog.ui" line="23"/>
        <source>Pairing QR code</source>
        <translation>رمز QR للربط</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sessiondialog.ui" line="26"/>
        <source>On the phone open WhatsApp → Settings → Linked devices → Link a device, and scan this code. The WaQtor server replaces it every few seconds; it is re-read here automatically.</source>
        <translation>افتح واتساب على الهاتف ← الإعدادات ← الأجهزة المرتبطة ← ربط جهاز، وامسح هذا الرمز. يستبدله خادم WaQtor كل بضع ثوانٍ؛ ويُعاد قراءته هنا تلقائيًا.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sessiondialog.ui" line="30"/>
        <source>Re&amp;fresh code</source>
        <translation>&amp;تحديث الرمز</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/sessiondialog.cpp" line="30"/>
        <source>New WhatsApp session</source>
        <translation>جلسة واتساب جديدة</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/sessiondialog.cpp" line="30"/>
        <source>Edit WhatsApp session</source>
        <translation>تعديل جلسة واتساب</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/sessiondialog.cpp" line="70"/>
        <source>Your sessions are always your own; only an admin can give a session to someone else.</source>
        <translation>جلساتك ملكك دائمًا؛ ولا يستطيع إعطاء جلسة لشخص آخر إلا المسؤول.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/sessiondialog.cpp" line="79"/>
        <source>WhatsApp session (read-only)</source>
        <translation>جلسة واتساب (للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/sessiondialog.cpp" line="111"/>
        <source>Created %1 · updated %2</source>
        <translation>أُنشئت %1 · حُدِّثت %2</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/sessiondialog.cpp" line="165"/>
        <source>No code to scan: the session is now &quot;%1&quot;.</source>
        <translation>لا يوجد رمز لمسحه: حالة الجلسة الآن «%1».</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="72"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="90"/>
        <source>QR code waiting</source>
        <translation>بانتظار رمز QR</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="92"/>
        <source>Connecting</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="94"/>
        <source>Ready</source>
        <translation>جاهزة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="96"/>
        <source>Disconnected</source>
        <translation>غير متصلة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="105"/>
        <source>Give the session a name, such as &quot;Riyadh Sales&quot;.</source>
        <translation>أدخل اسمًا للجلسة، مثل «مبيعات الرياض».</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="107"/>
        <source>The session name is %1 characters long; the most is %2.</source>
        <translation>عدد أحرف اسم الجلسة %1، والحد الأقصى %2.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="116"/>
        <source>&quot;%1&quot; is not a session status; use qr, connecting, ready or disconnected.</source>
        <translation>«%1» ليست حالة جلسة؛ استخدم qr أو connecting أو ready أو disconnected.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="140"/>
        <source>Could not read the WhatsApp session</source>
        <translation>تعذّرت قراءة جلسة واتساب</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="142"/>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="213"/>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="282"/>
        <source>The WhatsApp session no longer exists; someone deleted it. Refresh the list.</source>
        <translation>لم تعد جلسة واتساب موجودة؛ حذفها شخص ما. حدّث القائمة.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="150"/>
        <source>A selected WhatsApp session has an unreadable id; refresh the list.</source>
        <translation>لإحدى جلسات واتساب المحددة معرّف غير مقروء؛ حدّث القائمة.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="157"/>
        <source>Could not read the WhatsApp sessions</source>
        <translation>تعذّرت قراءة جلسات واتساب</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="170"/>
        <source>Could not look up the session&apos;s owner</source>
        <translation>تعذّر البحث عن مالك الجلسة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="172"/>
        <source>The chosen owner&apos;s account no longer exists; pick another owner.</source>
        <translation>لم يعد حساب المالك المختار موجودًا؛ اختر مالكًا آخر.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="178"/>
        <source>%1 already has a WhatsApp session named &quot;%2&quot;; choose another name.</source>
        <translation>لدى %1 بالفعل جلسة واتساب باسم «%2»؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="191"/>
        <source>Could not check the session name</source>
        <translation>تعذّر التحقق من اسم الجلسة</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="218"/>
        <source>The session &quot;%1&quot;</source>
        <translation>الجلسة «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="235"/>
        <source>You can only own your own WhatsApp sessions; only an admin can give one to someone else.</source>
        <translation>لا يمكنك أن تملك إلا جلسات واتساب الخاصة بك؛ ولا يستطيع إعطاء جلسة لشخص آخر إلا المسؤول.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="258"/>
        <source>Could not save the WhatsApp session &quot;%1&quot;</source>
        <translation>تعذّر حفظ جلسة واتساب «%1»</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="294"/>
        <source>Select the WhatsApp sessions to delete.</source>
        <translation>حدّد جلسات واتساب المراد حذفها.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="299"/>
        <source>Some of the selected WhatsApp sessions no longer exist; refresh the list.</source>
        <translation>لم تعد بعض جلسات واتساب المحددة موجودة؛ حدّث القائمة.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="313"/>
        <source>Could not count the messages and campaigns that use these sessions</source>
        <translation>تعذّر عدّ الرسائل والحملات التي تستخدم هذه الجلسات</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/sessionrepository.cpp" line="350"/>
        <source>Could not delete the WhatsApp sessions</source>
        <translation>تعذّر حذف جلسات واتساب</translation>
    </message>
</context>
<context>
    <name>SessionWatch</name>
    <message>
        <location filename="../src/app/live/sessionwatch.cpp" line="57"/>
        <source>Your account was deleted by an administrator; you are signed out.</source>
        <translation>حذف أحد المسؤولين حسابك؛ تم تسجيل خروجك.</translation>
    </message>
    <message>
        <location filename="../src/app/live/sessionwatch.cpp" line="59"/>
        <source>Your account was deactivated by an administrator; you are signed out. Sign in again once it is reactivated.</source>
        <translation>عطّل أحد المسؤولين حسابك؛ تم تسجيل خروجك. سجّل الدخول مجددًا بعد إعادة تفعيله.</translation>
    </message>
    <message>
        <location filename="../src/app/live/sessionwatch.cpp" line="62"/>
        <source>An administrator changed your role from %1 to %2; the window now offers what the %2 role may do.</source>
        <translation>غيّر أحد المسؤولين دورك من «%1» إلى «%2»؛ تعرض النافذة الآن ما يسمح به الدور «%2».</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../ui/pages/sessionspage.ui" line="8"/>
        <source>Search session name or phone…</source>
        <translation>ابحث باسم الجلسة أو رقم الهاتف…</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.ui" line="9"/>
        <source>Show sessions in one state only</source>
        <translation>اعرض الجلسات ذات حالة واحدة فقط</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.ui" line="10"/>
        <source>Show one owner&apos;s sessions only</source>
        <translation>اعرض جلسات مالك واحد فقط</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.ui" line="19"/>
        <source>◀</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.ui" line="19"/>
        <source>Previous rows</source>
        <translation>الصفوف السابقة</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.ui" line="20"/>
        <source>▶</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../ui/pages/sessionspage.ui" line="20"/>
        <source>Next rows</source>
        <translation>الصفوف التالية</translation>
    </message>
    <message>
        <location filename="../src/app/pages/sessionspage.cpp" line="85"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../src/app/pages/sessionspage.cpp" line="88"/>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location filename="../src/app/pages/sessionspage.cpp" line="88"/>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <location filename="../src/app/pages/sessionspage.cpp" line="88"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../src/app/pages/sessionspage.cpp" line="88"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../src/app/pages/sessionspage.cpp" line="88"/>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../src/app/pages/sessionspage.cpp" line="88"/>
        <source>Updated</source>
        <translation>تاريخ التحديث</translation>
    </message>
    <message>
        <location filename="../src/app/pages/sessionspage.cpp" line="123"/>
        <source>Only the session “%1”.</source>
        <translation>الجلسة «%1» فقط.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/sessionspage.cpp" line="144"/>
        <source>Created the WhatsApp session &quot;%1&quot;.</source>
        <translation>أُنشئت جلسة واتساب «%1».</translation>
    </message>
    <message>
        <location filename="../src/app/pages/sessionspage.cpp" line="157"/>
        <source>Saved the WhatsApp session &quot;%1&quot;.</source>
        <translation>حُفظت جلسة واتساب «%1».</translation>
    </message>
    <message>
        <location filename="../src/app/pages/sessionspage.cpp" line="165"/>
        <source>Select the WhatsApp sessions to delete.</source>
        <translation>حدّد جلسات واتساب المراد حذفها.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/sessionspage.cpp" line="174"/>
        <source>Delete the WhatsApp session %1?</source>
        <translation>هل تريد حذف جلسة واتساب %1؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/sessionspage.cpp" line="175"/>
        <source>Delete %Ln WhatsApp sessions?</source>
        <translation>
            <numerusform>هل تريد حذف %Ln جلسة واتساب؟</numerusform>
            <numerusform>هل تريد حذف %Ln جلسة واتساب؟</numerusform>
            <numerusform>هل تريد حذف %Ln جلستَي واتساب؟</numerusform>
            <numerusform>هل تريد حذف %Ln جلسات واتساب؟</numerusform>
            <numerusform>هل تريد حذف %Ln جلسة واتساب؟</numerusform>
            <numerusform>هل تريد حذف %Ln جلسة واتساب؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/sessionspage.cpp" line="176"/>
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>%Ln رسالتان</numerusform>
            <numerusform>%Ln رسائل</numerusform>
            <numerusform>%Ln رسالة</numerusform>
            <numerusform>%Ln رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/sessionspage.cpp" line="177"/>
        <source>%Ln campaign(s)</source>
        <translation>
            <numerusform>%Ln حملة</numerusform>
            <numerusform>%Ln حملة</numerusform>
            <numerusform>%Ln حملتان</numerusform>
            <numerusform>%Ln حملات</numerusform>
            <numerusform>%Ln حملة</numerusform>
            <numerusform>%Ln حملة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/sessionspage.cpp" line="178"/>
        <source>Kept: %1 and %2 that used this session stay, with no session set.</source>
        <translation>تُبقى: %1 و%2 التي استخدمت هذه الجلسة، دون جلسة محددة.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/sessionspage.cpp" line="179"/>
        <source>Kept: %1 and %2 that used these sessions stay, with no session set.</source>
        <translation>تُبقى: %1 و%2 التي استخدمت هذه الجلسات، دون جلسة محددة.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/sessionspage.cpp" line="181"/>
        <source>The WaQtor server loses the pairing: the phone has to scan a new QR code to connect again.</source>
        <translation>يفقد خادم WaQtor الربط: يجب أن يمسح الهاتف رمز QR جديدًا ليتصل مجددًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/sessionspage.cpp" line="191"/>
        <source>Deleted %Ln WhatsApp session(s); their messages and campaigns were kept.</source>
        <translation>
            <numerusform>حُذفت %Ln جلسة واتساب؛ وأُبقي على رسائلها وحملاتها.</numerusform>
            <numerusform>حُذفت %Ln جلسة واتساب؛ وأُبقي على رسائلها وحملاتها.</numerusform>
            <numerusform>حُذفت %Ln جلستا واتساب؛ وأُبقي على رسائلهما وحملاتهما.</numerusform>
            <numerusform>حُذفت %Ln جلسات واتساب؛ وأُبقي على رسائلها وحملاتها.</numerusform>
            <numerusform>حُذفت %Ln جلسة واتساب؛ وأُبقي على رسائلها وحملاتها.</numerusform>
            <numerusform>حُذفت %Ln جلسة واتساب؛ وأُبقي على رسائلها وحملاتها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/sessionspage.h" line="19"/>
        <source>WhatsApp Sessions</source>
        <translation>جلسات واتساب</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.ui" line="6"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.ui" line="10"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.ui" line="12"/>
        <source>&amp;Digits:</source>
        <translation>الأ&amp;رقام:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.ui" line="14"/>
        <source>&amp;Theme:</source>
        <translation>ال&amp;مظهر:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.ui" line="19"/>
        <source>Numbers, dates and phone numbers use Western digits unless you choose Arabic-Indic digits for the Arabic interface. The language and digits are saved for your account, the theme for this computer.</source>
        <translation>تُكتب الأعداد والتواريخ وأرقام الهواتف بالأرقام الغربية ما لم تختر الأرقام العربية المشرقية للواجهة العربية. تُحفظ اللغة والأرقام لحسابك، والمظهر لهذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/settingsdialog.cpp" line="30"/>
        <source>System default (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/settingsdialog.cpp" line="36"/>
        <source>Western (0123456789)</source>
        <translation>غربية (0123456789)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/settingsdialog.cpp" line="37"/>
        <source>Arabic-Indic (٠١٢٣٤٥٦٧٨٩)</source>
        <translation>عربية مشرقية (٠١٢٣٤٥٦٧٨٩)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/settingsdialog.cpp" line="39"/>
        <source>Follow the desktop</source>
        <translation>مظهر سطح المكتب</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/settingsdialog.cpp" line="40"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/settingsdialog.cpp" line="41"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../src/app/dialogs/shortcutsdialog.cpp" line="60"/>
        <source>(no description)</source>
        <translation>(بلا وصف)</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/shortcutsdialog.cpp" line="72"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/shortcutsdialog.cpp" line="75"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/shortcutsdialog.cpp" line="75"/>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
</context>
<context>
    <name>SlowStatements</name>
    <message>
        <location filename="../src/core/health/slowstatements.cpp" line="21"/>
        <source>add pg_stat_statements to shared_preload_libraries in postgresql.conf (shared_preload_libraries = &apos;pg_stat_statements&apos;) and restart the server</source>
        <translation>أضف pg_stat_statements إلى shared_preload_libraries في postgresql.conf (shared_preload_libraries = &apos;pg_stat_statements&apos;) وأعد تشغيل الخادم</translation>
    </message>
    <message>
        <location filename="../src/core/health/slowstatements.cpp" line="29"/>
        <source>Could not read the slow statements</source>
        <translation>تعذّرت قراءة الاستعلامات البطيئة</translation>
    </message>
    <message>
        <location filename="../src/core/health/slowstatements.cpp" line="45"/>
        <source>run CREATE EXTENSION pg_stat_statements; in this database as a superuser</source>
        <translation>نفّذ CREATE EXTENSION pg_stat_statements; في قاعدة البيانات هذه بصفتك مستخدمًا فائقًا</translation>
    </message>
    <message>
        <location filename="../src/core/health/slowstatements.cpp" line="48"/>
        <source>Slow statements need the pg_stat_statements extension: %1, then %2.</source>
        <translation>تحتاج الاستعلامات البطيئة إلى الامتداد pg_stat_statements: %1، ثم %2.</translation>
    </message>
    <message>
        <location filename="../src/core/health/slowstatements.cpp" line="49"/>
        <location filename="../src/core/health/slowstatements.cpp" line="71"/>
        <source>The pg_stat_statements extension is installed but not loaded: %1.</source>
        <translation>الامتداد pg_stat_statements مثبّت لكنه غير محمَّل: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/health/slowstatements.cpp" line="54"/>
        <source>Slow statements need the pg_stat_statements extension: %1 if it is not there yet, then %2.</source>
        <translation>تحتاج الاستعلامات البطيئة إلى الامتداد pg_stat_statements: %1 إن لم يكن موجودًا بعد، ثم %2.</translation>
    </message>
    <message>
        <location filename="../src/core/health/slowstatements.cpp" line="56"/>
        <source>Slow statements need the pg_stat_statements extension, which the server already loads: %1.</source>
        <translation>تحتاج الاستعلامات البطيئة إلى الامتداد pg_stat_statements، الذي يحمّله الخادم بالفعل: %1.</translation>
    </message>
</context>
<context>
    <name>SqlErrorText</name>
    <message>
        <location filename="../src/core/foundation/sqlerrortext.cpp" line="38"/>
        <source>the connection to the database server was lost, so nothing was saved; check that the server is running and try again</source>
        <translation>انقطع الاتصال بخادم قاعدة البيانات، لذا لم يُحفظ شيء؛ تحقق من أن الخادم يعمل وحاول مجددًا</translation>
    </message>
    <message>
        <location filename="../src/core/foundation/sqlerrortext.cpp" line="42"/>
        <source>a record with the same unique value already exists</source>
        <translation>يوجد بالفعل سجل بالقيمة الفريدة نفسها</translation>
    </message>
    <message>
        <location filename="../src/core/foundation/sqlerrortext.cpp" line="44"/>
        <source>it refers to a record that no longer exists, or other records still refer to it</source>
        <translation>يشير إلى سجل لم يعد موجودًا، أو أن سجلات أخرى ما زالت تشير إليه</translation>
    </message>
    <message>
        <location filename="../src/core/foundation/sqlerrortext.cpp" line="46"/>
        <source>a required value is missing</source>
        <translation>قيمة مطلوبة مفقودة</translation>
    </message>
    <message>
        <location filename="../src/core/foundation/sqlerrortext.cpp" line="49"/>
        <source>a value is longer than its column allows</source>
        <translation>قيمة أطول مما يسمح به عمودها</translation>
    </message>
    <message>
        <location filename="../src/core/foundation/sqlerrortext.cpp" line="52"/>
        <source>a value is not valid for its column</source>
        <translation>قيمة غير صالحة لعمودها</translation>
    </message>
    <message>
        <location filename="../src/core/foundation/sqlerrortext.cpp" line="55"/>
        <source>it was cancelled; nothing was saved</source>
        <translation>أُلغي؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <location filename="../src/core/foundation/sqlerrortext.cpp" line="57"/>
        <source>another change got in the way; try again</source>
        <translation>اعترض تغيير آخر؛ حاول مجددًا</translation>
    </message>
    <message>
        <location filename="../src/core/foundation/sqlerrortext.cpp" line="59"/>
        <source>the database schema is missing a table or column; run &quot;waqtor-db migrate&quot;</source>
        <translation>ينقص مخطط قاعدة البيانات جدول أو عمود؛ شغّل &quot;waqtor-db migrate&quot;</translation>
    </message>
    <message>
        <location filename="../src/core/foundation/sqlerrortext.cpp" line="61"/>
        <source>the database user lacks the privilege for it; ask the database administrator</source>
        <translation>ليس لمستخدم قاعدة البيانات الصلاحية لذلك؛ راجع مسؤول قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../src/core/foundation/sqlerrortext.cpp" line="63"/>
        <source>the database server&apos;s disk is full</source>
        <translation>قرص خادم قاعدة البيانات ممتلئ</translation>
    </message>
    <message>
        <location filename="../src/core/foundation/sqlerrortext.cpp" line="65"/>
        <source>the database reported an error</source>
        <translation>أبلغت قاعدة البيانات عن خطأ</translation>
    </message>
    <message>
        <location filename="../src/core/foundation/sqlerrortext.cpp" line="70"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>StaleEditPrompt</name>
    <message>
        <location filename="../src/app/dialogs/staleeditprompt.cpp" line="17"/>
        <source>&amp;Overwrite</source>
        <translation>ال&amp;كتابة فوقها</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/staleeditprompt.cpp" line="19"/>
        <source>&amp;Reload</source>
        <translation>إ&amp;عادة التحميل</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../src/app/pages/tablepage.cpp" line="122"/>
        <location filename="../src/app/pages/tablepage.cpp" line="198"/>
        <location filename="../src/app/pages/tablepage.cpp" line="269"/>
        <source>Could not load the %1</source>
        <translation>تعذّر تحميل %1</translation>
    </message>
    <message>
        <location filename="../src/app/pages/tablepage.cpp" line="91"/>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../src/app/pages/tablepage.cpp" line="145"/>
        <source>&amp;Edit…</source>
        <translation>ت&amp;حرير…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/tablepage.cpp" line="152"/>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/tablepage.cpp" line="299"/>
        <source>No rows</source>
        <translation>لا توجد صفوف</translation>
    </message>
    <message>
        <location filename="../src/app/pages/tablepage.cpp" line="301"/>
        <source>Rows %L1–%L2</source>
        <translation>الصفوف %L1–%L2</translation>
    </message>
    <message>
        <location filename="../src/app/pages/tablepage.cpp" line="303"/>
        <source>The last %L1 rows</source>
        <translation>آخر %L1 صف</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/pages/tablepage.cpp" line="305"/>
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln صف</numerusform>
            <numerusform>%Ln صف</numerusform>
            <numerusform>%Ln صفان</numerusform>
            <numerusform>%Ln صفوف</numerusform>
            <numerusform>%Ln صفًا</numerusform>
            <numerusform>%Ln صف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/pages/rowcount.cpp" line="99"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../src/app/pages/rowcount.cpp" line="99"/>
        <source>Count exactly</source>
        <translation>العدّ بدقة</translation>
    </message>
    <message>
        <location filename="../src/app/pages/rowcount.cpp" line="100"/>
        <source>Stop counting; the estimate is shown again.</source>
        <translation>أوقف العدّ؛ ويُعرض التقدير مجددًا.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/rowcount.cpp" line="101"/>
        <source>Count every row of this view on the server: exact, but it can take a while on millions of rows.</source>
        <translation>عدّ كل صفوف هذا العرض على الخادم: دقيق، لكنه قد يستغرق وقتًا مع ملايين الصفوف.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/rowcount.cpp" line="111"/>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/rowcount.cpp" line="113"/>
        <source>%1: %L2 (exact)</source>
        <translation>%1: %L2 (العدد الدقيق)</translation>
    </message>
    <message>
        <location filename="../src/app/pages/rowcount.cpp" line="129"/>
        <source>%1: counting…</source>
        <translation>%1: جارٍ العدّ…</translation>
    </message>
    <message>
        <location filename="../src/app/pages/rowcount.cpp" line="130"/>
        <source>%1: about %L2</source>
        <translation>%1: نحو %L2</translation>
    </message>
    <message>
        <location filename="../src/app/pages/rowcount.cpp" line="137"/>
        <source>%1: ≈ %L2</source>
        <translation>%1: ≈ %L2</translation>
    </message>
    <message>
        <location filename="../src/app/pages/rowcount.cpp" line="160"/>
        <source>Counting cancelled.</source>
        <translation>أُلغي العدّ.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/tablepage.cpp" line="332"/>
        <source>It does not match the current filters, so it is not shown.</source>
        <translation>لا يطابق عوامل التصفية الحالية، لذا لا يظهر.</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <location filename="../src/cli/terminal.cpp" line="54"/>
        <source>The password is not valid UTF-8 text; nothing was changed. Type it again, or save it as UTF-8 before passing it on standard input.</source>
        <translation>كلمة المرور ليست نصًا صالحًا بترميز UTF-8؛ لم يُغيَّر شيء. اكتبها مجددًا، أو احفظها بترميز UTF-8 قبل تمريرها عبر الدخل القياسي.</translation>
    </message>
    <message>
        <location filename="../src/cli/terminal.cpp" line="94"/>
        <source>No password on standard input; give it as the first line.</source>
        <translation>لا توجد كلمة مرور في الدخل القياسي؛ اكتبها في السطر الأول.</translation>
    </message>
    <message>
        <location filename="../src/cli/terminal.cpp" line="102"/>
        <source>No password was entered; nothing was changed.</source>
        <translation>لم تُدخل كلمة مرور؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../src/cli/terminal.cpp" line="104"/>
        <source>Repeat the password: </source>
        <translation>أعد كتابة كلمة المرور: </translation>
    </message>
    <message>
        <location filename="../src/cli/terminal.cpp" line="106"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>كلمتا المرور مختلفتان؛ لم يُغيَّر شيء.</translation>
    </message>
</context>
<context>
    <name>TextLength</name>
    <message>
        <location filename="../src/core/foundation/textlength.cpp" line="31"/>
        <source>The name is %1 characters long; the most is %2.</source>
        <translation>عدد أحرف الاسم %1، والحد الأقصى %2.</translation>
    </message>
</context>
<context>
    <name>ToolProcess</name>
    <message>
        <location filename="../src/core/backup/toolprocess.cpp" line="67"/>
        <source>Cannot start %1: %2</source>
        <translation>يتعذّر تشغيل %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/backup/toolprocess.cpp" line="119"/>
        <source>%1 ended with exit code %2.</source>
        <translation>انتهى %1 برمز الخروج %2.</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <location filename="../src/app/widgets/toolsmenu.cpp" line="36"/>
        <source>&amp;Tools</source>
        <translation>أ&amp;دوات</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/toolsmenu.cpp" line="38"/>
        <source>&amp;Back up…</source>
        <translation>إنشاء &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/toolsmenu.cpp" line="39"/>
        <source>Write a backup of the whole database, or of some tables, with pg_dump</source>
        <translation>اكتب نسخة احتياطية من قاعدة البيانات كلها، أو من بعض جداولها، باستخدام pg_dump</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/toolsmenu.cpp" line="41"/>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <location filename="../src/app/widgets/toolsmenu.cpp" line="42"/>
        <source>Restore a backup into a new or an existing database</source>
        <translation>استعد نسخة احتياطية إلى قاعدة بيانات جديدة أو موجودة</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../src/core/db/transaction.cpp" line="27"/>
        <source>Could not start a transaction</source>
        <translation>تعذّر بدء معاملة</translation>
    </message>
    <message>
        <location filename="../src/core/db/transaction.cpp" line="44"/>
        <source>Could not save the changes</source>
        <translation>تعذّر حفظ التغييرات</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="26"/>
        <source>Password for %1: </source>
        <translation>كلمة المرور لـ %1: </translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="38"/>
        <source>WhatsApp sessions</source>
        <translation>جلسات واتساب</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="38"/>
        <source>messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="39"/>
        <source>campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="39"/>
        <source>contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="40"/>
        <source>groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="40"/>
        <source>group memberships</source>
        <translation>العضويات في المجموعات</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="66"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>الأمر «%1» غير معروف.</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="91"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="91"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="92"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="94"/>
        <source>EMAIL</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="94"/>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="94"/>
        <source>ROLE</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="94"/>
        <source>ACTIVE</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="94"/>
        <source>LAST LOGIN</source>
        <translation>آخر تسجيل دخول</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="95"/>
        <source>CREATED</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="97"/>
        <source>Accounts: %1</source>
        <translation>الحسابات: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="111"/>
        <source>Created %1 account %2%3.</source>
        <translation>أُنشئ الحساب %2%3 بدور %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="122"/>
        <source>%1 is now %2.</source>
        <translation>أصبح دور %1 الآن %2.</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="135"/>
        <source>Password changed for %1.</source>
        <translation>تم تغيير كلمة مرور %1.</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="144"/>
        <source>%1 is active and can sign in.</source>
        <translation>الحساب %1 نشط ويمكنه تسجيل الدخول.</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="145"/>
        <source>%1 is deactivated and can no longer sign in; its data is kept.</source>
        <translation>عُطِّل الحساب %1 ولم يعد بإمكانه تسجيل الدخول؛ وأُبقي على بياناته.</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="157"/>
        <source>%1 is deactivated (--soft); nothing was deleted.</source>
        <translation>عُطِّل الحساب %1 (--soft)؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="168"/>
        <source>Deleting %1 (%2) also removes:</source>
        <translation>حذف %1 (%2) يزيل أيضًا:</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="171"/>
        <source>Kept, without a session: other accounts&apos; messages (%1) and campaigns (%2) that used these sessions.</source>
        <translation>يُبقى دون جلسة: رسائل الحسابات الأخرى (%1) وحملاتها (%2) التي استخدمت هذه الجلسات.</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="179"/>
        <source>Nothing was deleted: standard input is not a terminal, so the delete cannot be confirmed; add --yes to delete from a script.</source>
        <translation>لم يُحذف شيء: الدخل القياسي ليس طرفية، لذا يتعذّر تأكيد الحذف؛ أضف --yes للحذف من سكربت.</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="181"/>
        <source>Delete %1 and all of the above?</source>
        <translation>هل تريد حذف %1 وكل ما سبق؟</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="182"/>
        <source>Not confirmed; nothing was deleted.</source>
        <translation>لم يُؤكَّد؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="188"/>
        <source>Deleted %1, together with:</source>
        <translation>حُذف %1، ومعه:</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../ui/dialogs/userdialog.ui" line="6"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.ui" line="10"/>
        <source>&amp;Email:</source>
        <translation>ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.ui" line="12"/>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.ui" line="14"/>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.ui" line="16"/>
        <source>&amp;Active (can sign in)</source>
        <translation>&amp;نشط (يمكنه تسجيل الدخول)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.ui" line="17"/>
        <location filename="../src/app/dialogs/userdialog.cpp" line="20"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/userdialog.ui" line="19"/>
        <source>Re&amp;peat:</source>
        <translation>أ&amp;عِد كتابتها:</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/userdialog.cpp" line="19"/>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/userdialog.cpp" line="19"/>
        <source>Edit account</source>
        <translation>تعديل الحساب</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/userdialog.cpp" line="20"/>
        <source>New &amp;password:</source>
        <translation>كلمة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/userdialog.cpp" line="21"/>
        <source>8 to 72 bytes</source>
        <translation>من 8 إلى 72 بايت</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/userdialog.cpp" line="21"/>
        <source>leave empty to keep the current one</source>
        <translation>اتركها فارغة للإبقاء على الحالية</translation>
    </message>
    <message>
        <location filename="../src/app/dialogs/userdialog.cpp" line="69"/>
        <source>The password and its repetition differ.</source>
        <translation>كلمة المرور وتكرارها مختلفتان.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="54"/>
        <source>Could not list the accounts</source>
        <translation>تعذّر سرد الحسابات</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="70"/>
        <source>Could not look up the account %1</source>
        <translation>تعذّر البحث عن الحساب %1</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="79"/>
        <source>No account has the email %1; &quot;waqtor-db list-users&quot; lists them.</source>
        <translation>لا يوجد حساب بالبريد الإلكتروني %1؛ &quot;waqtor-db list-users&quot; يسرد الحسابات.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="85"/>
        <source>%1 matches several accounts that differ only in case (%2); give the exact spelling.</source>
        <translation>يطابق %1 عدة حسابات لا تختلف إلا في حالة الأحرف (%2)؛ اكتبه بالتهجئة الدقيقة.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="98"/>
        <location filename="../src/core/repositories/userrepository.cpp" line="110"/>
        <source>Could not read the account</source>
        <translation>تعذّرت قراءة الحساب</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="100"/>
        <source>The account no longer exists; someone deleted it.</source>
        <translation>لم يعد الحساب موجودًا؛ حذفه شخص ما.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="112"/>
        <source>The account no longer exists.</source>
        <translation>لم يعد الحساب موجودًا.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="131"/>
        <source>An account with the email %1 already exists.</source>
        <translation>يوجد حساب بالبريد الإلكتروني %1 بالفعل.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="132"/>
        <source>Could not create the account %1</source>
        <translation>تعذّر إنشاء الحساب %1</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="149"/>
        <source>%1: another account already uses that email.</source>
        <translation>%1: يستخدم حساب آخر هذا البريد الإلكتروني بالفعل.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="153"/>
        <source>%1: the account no longer exists.</source>
        <translation>%1: لم يعد الحساب موجودًا.</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="159"/>
        <location filename="../src/core/repositories/userrepository.cpp" line="173"/>
        <source>Could not save the account %1</source>
        <translation>تعذّر حفظ الحساب %1</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="185"/>
        <source>Could not change the role</source>
        <translation>تعذّر تغيير الدور</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="192"/>
        <source>Could not change whether the account is active</source>
        <translation>تعذّر تغيير حالة تفعيل الحساب</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="272"/>
        <source>Could not load the list of owners</source>
        <translation>تعذّر تحميل قائمة المالكين</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="205"/>
        <source>Could not record the sign-in</source>
        <translation>تعذّر حفظ وقت تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="212"/>
        <source>Could not delete the account</source>
        <translation>تعذّر حذف الحساب</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="235"/>
        <source>Could not count what the delete would remove</source>
        <translation>تعذّر حساب ما سيُزيله الحذف</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="253"/>
        <source>Could not check the admin accounts</source>
        <translation>تعذّر التحقق من حسابات المسؤولين</translation>
    </message>
    <message>
        <location filename="../src/core/repositories/userrepository.cpp" line="264"/>
        <source>Could not count the accounts</source>
        <translation>تعذّر عدّ الحسابات</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../ui/pages/userspage.ui" line="8"/>
        <source>Search email or name…</source>
        <translation>ابحث بالبريد الإلكتروني أو الاسم…</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.ui" line="19"/>
        <source>◀</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.ui" line="19"/>
        <source>Previous rows</source>
        <translation>الصفوف السابقة</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.ui" line="20"/>
        <source>▶</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../ui/pages/userspage.ui" line="20"/>
        <source>Next rows</source>
        <translation>الصفوف التالية</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="31"/>
        <source>All roles</source>
        <translation>كل الأدوار</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="31"/>
        <source>Admins</source>
        <translation>المسؤولون</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="31"/>
        <location filename="../src/app/pages/userspage.h" line="18"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="31"/>
        <source>Viewers</source>
        <translation>المشاهدون</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="34"/>
        <source>Active and inactive</source>
        <translation>نشط وغير نشط</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="34"/>
        <location filename="../src/app/pages/userspage.cpp" line="38"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="34"/>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="38"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="38"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="38"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="39"/>
        <source>Last sign-in</source>
        <translation>آخر تسجيل دخول</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="39"/>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="39"/>
        <source>Updated</source>
        <translation>تاريخ التحديث</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="70"/>
        <source>Created %1.</source>
        <translation>أُنشئ %1.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="81"/>
        <source>Saved %1.</source>
        <translation>حُفظ %1.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="89"/>
        <source>Select one account to deactivate or delete.</source>
        <translation>حدّد حسابًا واحدًا لتعطيله أو حذفه.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="102"/>
        <source>Deactivate %1, or delete the account for good?</source>
        <translation>هل تريد تعطيل %1، أم حذف الحساب نهائيًا؟</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="103"/>
        <source>Deactivating keeps everything and stops sign-in. Deleting also removes, for good:
%L1 WhatsApp sessions, %L2 messages, %L3 campaigns,
%L4 contacts, %L5 groups and %L6 group memberships.</source>
        <translation>التعطيل يُبقي كل شيء ويمنع تسجيل الدخول. والحذف يزيل أيضًا، نهائيًا:
جلسات واتساب: %L1، والرسائل: %L2، والحملات: %L3،
وجهات الاتصال: %L4، والمجموعات: %L5، والعضويات في المجموعات: %L6.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="106"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;تعطيل</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="106"/>
        <source>Delete &amp;permanently</source>
        <translation>حذف &amp;نهائي</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="112"/>
        <source>Deactivated %1.</source>
        <translation>عُطِّل %1.</translation>
    </message>
    <message>
        <location filename="../src/app/pages/userspage.cpp" line="117"/>
        <source>Deleted %1 and everything it owned.</source>
        <translation>حُذف %1 وكل ما كان يملكه.</translation>
    </message>
</context>
<context>
    <name>WaqtorTables</name>
    <message>
        <location filename="../src/core/health/waqtortables.cpp" line="30"/>
        <source>&quot;%1&quot; is not one of WaQtor&apos;s tables; choose from %2.</source>
        <translation>«%1» ليس من جداول WaQtor؛ اختر من %2.</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <location filename="../src/cli/watchcommand.cpp" line="36"/>
        <source>all rows</source>
        <translation>كل الصفوف</translation>
    </message>
    <message>
        <location filename="../src/cli/watchcommand.cpp" line="36"/>
        <source>1 row</source>
        <translation>صف واحد</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/watchcommand.cpp" line="36"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n صف</numerusform>
            <numerusform>%n صف</numerusform>
            <numerusform>%n صفان</numerusform>
            <numerusform>%n صفوف</numerusform>
            <numerusform>%n صفًا</numerusform>
            <numerusform>%n صف</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/watchcommand.cpp" line="39"/>
        <source>every owner</source>
        <translation>كل المالكين</translation>
    </message>
    <message>
        <location filename="../src/cli/watchcommand.cpp" line="41"/>
        <source>%1 and %2 more</source>
        <translation>%1 و%2 غيرهم</translation>
    </message>
    <message>
        <location filename="../src/cli/watchcommand.cpp" line="54"/>
        <source>&quot;%1&quot; is not a watched table; use %2 (or sessions, contacts).</source>
        <translation>«%1» ليس جدولًا مُراقَبًا؛ استخدم %2 (أو sessions أو contacts).</translation>
    </message>
    <message>
        <location filename="../src/cli/watchcommand.cpp" line="63"/>
        <source>--for takes a number of seconds from 1 to 2678400, not &quot;%1&quot;.</source>
        <translation>يأخذ الخيار --for عددًا من الثواني من 1 إلى 2678400، لا «%1».</translation>
    </message>
    <message>
        <location filename="../src/cli/watchcommand.cpp" line="69"/>
        <source>Could not check whether this database announces its changes.</source>
        <translation>تعذّر التحقق مما إذا كانت قاعدة البيانات هذه تُعلن عن تغييراتها.</translation>
    </message>
    <message>
        <location filename="../src/cli/watchcommand.cpp" line="71"/>
        <source>This database does not announce its changes yet; run &quot;waqtor-db migrate&quot; first.</source>
        <translation>لا تُعلن قاعدة البيانات هذه عن تغييراتها بعد؛ شغّل «waqtor-db migrate» أولًا.</translation>
    </message>
    <message>
        <location filename="../src/cli/watchcommand.cpp" line="80"/>
        <source>Listening again; changes made while the connection was down were not announced.</source>
        <translation>عاد الاستماع؛ لم يُعلَن عن التغييرات التي جرت أثناء انقطاع الاتصال.</translation>
    </message>
    <message>
        <location filename="../src/cli/watchcommand.cpp" line="81"/>
        <source>Watching %1 for changes; Ctrl-C stops.</source>
        <translation>جارٍ مراقبة التغييرات في %1؛ Ctrl-C يوقف المراقبة.</translation>
    </message>
    <message>
        <location filename="../src/cli/watchcommand.cpp" line="89"/>
        <source>Trying again in %1 s.</source>
        <translation>إعادة المحاولة بعد %1 ث.</translation>
    </message>
    <message>
        <location filename="../src/cli/watchcommand.cpp" line="105"/>
        <source>Stopped watching.</source>
        <translation>توقفت المراقبة.</translation>
    </message>
</context>
<context>
    <name>WorkspaceKeeper</name>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="68"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="69"/>
        <source>&amp;Saved filters</source>
        <translation>عوامل التصفية الم&amp;حفوظة</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="71"/>
        <source>&amp;Reset layout</source>
        <translation>إعادة ضبط ال&amp;تخطيط</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="72"/>
        <source>Window size, column widths, order, hidden columns, sort and filters back to how they first were</source>
        <translation>إعادة حجم النافذة وعرض الأعمدة وترتيبها والأعمدة المخفية والفرز وعوامل التصفية إلى ما كانت عليه أولًا</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="87"/>
        <source>&amp;Save current filters as…</source>
        <translation>&amp;حفظ عوامل التصفية الحالية باسم…</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="102"/>
        <source>&amp;Rename…</source>
        <translation>إعادة ت&amp;سمية…</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="105"/>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="188"/>
        <source>The layout was reset here, but the settings file could not be written.</source>
        <translation>أُعيد ضبط التخطيط هنا، لكن تعذّرت الكتابة في ملف الإعدادات.</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="203"/>
        <source>The filters &quot;%1&quot; could not be saved: the settings file cannot be written.</source>
        <translation>تعذّر حفظ عوامل التصفية «%1»: لا يمكن الكتابة في ملف الإعدادات.</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="207"/>
        <source>Filters saved as &quot;%1&quot;.</source>
        <translation>حُفظت عوامل التصفية باسم «%1».</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="231"/>
        <source>The settings file cannot be written; &quot;%1&quot; may come back.</source>
        <translation>لا يمكن الكتابة في ملف الإعدادات؛ قد تعود «%1».</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="238"/>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="248"/>
        <source>Save filters</source>
        <translation>حفظ عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="239"/>
        <source>Name for the current search and filters:</source>
        <translation>اسم للبحث وعوامل التصفية الحالية:</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="244"/>
        <source>The filters were not saved: give them a name.</source>
        <translation>لم تُحفظ عوامل التصفية: أعطها اسمًا.</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="248"/>
        <source>Replace the saved filters &quot;%1&quot;?</source>
        <translation>استبدال عوامل التصفية المحفوظة «%1»؟</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="257"/>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="261"/>
        <source>Rename saved filters</source>
        <translation>إعادة تسمية عوامل التصفية المحفوظة</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="257"/>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="272"/>
        <source>Saved filters:</source>
        <translation>عوامل التصفية المحفوظة:</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="261"/>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="266"/>
        <source>&quot;%1&quot; was not renamed: the new name is empty or taken.</source>
        <translation>لم تُعد تسمية «%1»: الاسم الجديد فارغ أو مستخدم.</translation>
    </message>
    <message>
        <location filename="../src/app/workspace/workspacekeeper.cpp" line="272"/>
        <source>Delete saved filters</source>
        <translation>حذف عوامل التصفية المحفوظة</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="75"/>
        <source>Administer a WaQtor database.</source>
        <translation>إدارة قاعدة بيانات WaQtor.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="78"/>
        <source>Read DB_* settings from PATH.</source>
        <translation>اقرأ إعدادات DB_* من PATH.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="88"/>
        <source>Colours: system (follow the desktop), light or dark.</source>
        <translation>الألوان: system (كسطح المكتب) أو light (فاتح) أو dark (داكن).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="91"/>
        <source>Show the interface in LANGUAGE: ar (Arabic) or en (English); default: your choice in Settings, else the system locale.</source>
        <translation>اعرض الواجهة باللغة LANGUAGE: ar (العربية) أو en (الإنجليزية)؛ الافتراضي: اختيارك في الإعدادات، وإلا فلغة النظام.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="101"/>
        <source>Unknown language &quot;%1&quot;; use ar (Arabic) or en (English).</source>
        <translation>اللغة «%1» غير معروفة؛ استخدم ar (العربية) أو en (الإنجليزية).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="115"/>
        <source>Unknown theme &quot;%1&quot;; use system, light or dark.</source>
        <translation>المظهر «%1» غير معروف؛ استخدم system أو light أو dark.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="84"/>
        <source>Sign in with WAQTOR_USER / WAQTOR_PASSWORD, open --page, write the window as PNG to FILE once its data is loaded, and exit.</source>
        <translation>سجّل الدخول باستخدام WAQTOR_USER / WAQTOR_PASSWORD، وافتح --page، واكتب النافذة صورة PNG في FILE بعد تحميل بياناتها، ثم اخرج.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="80"/>
        <source>Open page NAME (overview, the default; users, sessions, campaigns, contacts, groups, messages; health for admins).</source>
        <translation>افتح الصفحة NAME (overview، وهي الافتراضية؛ users، sessions، campaigns، contacts، groups، messages؛ health للمسؤولين).</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="111"/>
        <source>Unknown page &quot;%1&quot;; use overview, users, sessions, campaigns, contacts, groups, messages or health.</source>
        <translation>صفحة غير معروفة «%1»؛ استخدم overview أو users أو sessions أو campaigns أو contacts أو groups أو messages أو health.</translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="171"/>
        <location filename="../src/app/main.cpp" line="183"/>
        <location filename="../src/app/main.cpp" line="207"/>
        <source>Could not write %1.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
</context>
</TS>
