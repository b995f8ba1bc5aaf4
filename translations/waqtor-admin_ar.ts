<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountRules</name>
    <message>
        <location filename="../src/core/accountrules.cpp" line="27"/>
        <source>The email address is empty; give one like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accountrules.cpp" line="29"/>
        <source>The email address is %1 characters long; the most is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accountrules.cpp" line="31"/>
        <source>&quot;%1&quot; is not a valid email address; use the form name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accountrules.cpp" line="39"/>
        <source>Unknown role &quot;%1&quot;; use admin, user or viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accountrules.cpp" line="46"/>
        <source>The password contains a NUL character, which bcrypt cannot hash; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accountrules.cpp" line="49"/>
        <source>The password is too short: it has %1 bytes and needs at least %2 (one byte per plain letter or digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accountrules.cpp" line="52"/>
        <source>The password is too long: it has %1 bytes and bcrypt uses only the first %2, so the rest would be silently ignored; choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accountrules.cpp" line="61"/>
        <source>The name is %1 characters long; the most is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <location filename="../src/core/accountservice.cpp" line="24"/>
        <source>The system&apos;s bcrypt (libcrypt) could not hash the password; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accountservice.cpp" line="44"/>
        <source>%1 is the last active admin and cannot be demoted; make another account an active admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accountservice.cpp" line="47"/>
        <source>%1 is the last active admin and cannot be deactivated; make another account an active admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accountservice.cpp" line="52"/>
        <source>%1 is the last active admin and cannot be deleted; make another account an active admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accountservice.cpp" line="76"/>
        <source>An account with the email %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accountservice.cpp" line="187"/>
        <source>Could not check the admin accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accountservice.cpp" line="226"/>
        <source>Wrong email or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/accountservice.cpp" line="242"/>
        <source>The account %1 is deactivated; ask an admin to activate it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../src/core/auditlog.cpp" line="25"/>
        <source>Could not write the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../src/cli/cliapplication.cpp" line="41"/>
        <source>waqtor-db: interrupted while saving; the change above was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/cli/commandline.cpp" line="21"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="22"/>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="24"/>
        <source>Read DB_* settings from PATH (default: ./.env when present). Environment variables win over the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="42"/>
        <source>Print JSON (shape documented in the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="43"/>
        <source> PASSWORD &quot;-&quot; reads it from standard input (hidden on a terminal); use that form to keep it out of shell history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="46"/>
        <source>List the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="48"/>
        <source>Create an admin account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="50"/>
        <source>Create an account (role user unless --role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="51"/>
        <source>admin, user or viewer (default user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="54"/>
        <source>Change an account&apos;s role to admin, user or viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="56"/>
        <source>Set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="57"/>
        <source>Let an account sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="58"/>
        <source>Stop an account from signing in (keeps its data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="60"/>
        <source>Delete an account and everything it owns, after showing what the cascade removes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="61"/>
        <source>Do not ask for confirmation (required when standard input is not a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="62"/>
        <source>Deactivate the account instead of deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="63"/>
        <source>Show counts of accounts, sessions, messages, campaigns, contacts and groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="66"/>
        <source>Apply pending schema migrations (adopts a database made from the guide&apos;s SQL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="68"/>
        <source>Load the demo data set and its three demo accounts (public passwords).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="69"/>
        <source>Load it even though the database already has accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="101"/>
        <source>Unknown command &quot;%1&quot;; &quot;waqtor-db --help&quot; lists the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="110"/>
        <source>&quot;waqtor-db %1 --help&quot; shows its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="111"/>
        <source>&quot;waqtor-db --help&quot; lists the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="132"/>
        <source>No command given; &quot;waqtor-db --help&quot; lists the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="136"/>
        <source>Too many arguments; usage: %1 (quote a NAME that has spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="137"/>
        <source>Missing arguments; usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="144"/>
        <source>Usage: waqtor-db [--env-file PATH] COMMAND [ARGUMENTS]

Administer a WaQtor PostgreSQL database: accounts, statistics, schema.
Connection: DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD, DB_SSL from the
environment, else ./.env (or --env-file), else the WaQtor defaults.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="157"/>
        <source>
Exit codes: 0 ok; 1 bad usage or value; 2 connection or database error (nothing written);
3 no such user, or a duplicate; 130 interrupted (nothing written).
&quot;waqtor-db COMMAND --help&quot; shows one command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/commandline.cpp" line="169"/>
        <source>
Options:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <location filename="../src/core/connectionsettings.cpp" line="38"/>
        <source>Cannot read the settings file %1: %2. Check the path given to --env-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connectionsettings.cpp" line="89"/>
        <source>DB_PORT is &quot;%1&quot;, which is not a port number; use a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connectionsettings.cpp" line="100"/>
        <source>DB_SSL is &quot;%1&quot;; use true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connectionsettings.cpp" line="103"/>
        <source>DB_HOST is empty; give the database server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/connectionsettings.cpp" line="105"/>
        <source>DB_NAME is empty; give the name of the WaQtor database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/core/database.cpp" line="18"/>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql (scripts/install-deps.sh does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/database.cpp" line="67"/>
        <source>authentication failed for user &quot;%1&quot;; check DB_USER and DB_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/database.cpp" line="69"/>
        <source>the server does not accept user &quot;%1&quot; from this machine (pg_hba.conf); ask its administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/database.cpp" line="72"/>
        <source>the database does not exist; create it or check DB_NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/database.cpp" line="74"/>
        <source>the user &quot;%1&quot; does not exist on the server; check DB_USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/database.cpp" line="76"/>
        <source>the server does not offer SSL; set DB_SSL=false or enable SSL on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/database.cpp" line="77"/>
        <source>the server requires SSL; set DB_SSL=true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/database.cpp" line="80"/>
        <source>the host name &quot;%1&quot; is unknown; check DB_HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/database.cpp" line="82"/>
        <source>the server did not answer in time; check DB_HOST, DB_PORT and the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/database.cpp" line="86"/>
        <source>the server is not reachable; check that PostgreSQL is running and listening there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/database.cpp" line="88"/>
        <source>the server is starting up or shutting down; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/database.cpp" line="90"/>
        <source>the server has no free connections; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/database.cpp" line="92"/>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/database.cpp" line="94"/>
        <source>Cannot connect to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="24"/>
        <location filename="../src/cli/databasecommands.cpp" line="100"/>
        <location filename="../src/cli/databasecommands.cpp" line="102"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="50"/>
        <source>Adopted the existing WaQtor tables as migration 0001 (guide schema); every row was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="52"/>
        <source>Applied %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="54"/>
        <source>The schema is up to date; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="62"/>
        <source>Loaded the demo data. Demo accounts (public passwords; never use them on real data):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="90"/>
        <source>%1 %2 (sent %3, failed %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="93"/>
        <source>Database %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="94"/>
        <source>Users:     %1 (%2 active, %3 inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="95"/>
        <source>  by role:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="96"/>
        <source>Sessions:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="97"/>
        <location filename="../src/cli/databasecommands.cpp" line="99"/>
        <location filename="../src/cli/databasecommands.cpp" line="102"/>
        <location filename="../src/cli/databasecommands.cpp" line="104"/>
        <source>  by status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="98"/>
        <source>Messages:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="100"/>
        <source>  by ack:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="101"/>
        <source>Campaigns: %1 (sent %2, failed %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="103"/>
        <source>Contacts:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/databasecommands.cpp" line="105"/>
        <source>Groups:    %1 (%2 memberships)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseStats</name>
    <message>
        <location filename="../src/core/databasestats.cpp" line="25"/>
        <location filename="../src/core/databasestats.cpp" line="97"/>
        <location filename="../src/core/databasestats.cpp" line="110"/>
        <source>Could not collect the statistics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <location filename="../src/core/demoseeder.cpp" line="37"/>
        <source>The demo data script is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/demoseeder.cpp" line="48"/>
        <source>The database already has accounts (%1); demo data is only loaded into an empty database because its passwords are public. Use --force to add it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/demoseeder.cpp" line="59"/>
        <source>Could not replace the demo accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/demoseeder.cpp" line="63"/>
        <source>The system&apos;s bcrypt (libcrypt) could not hash a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/demoseeder.cpp" line="69"/>
        <source>Could not load the demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="9"/>
        <source>WaQtor Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="16"/>
        <location filename="../src/app/mainwindow.cpp" line="26"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="33"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="38"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="55"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="34"/>
        <source>Connected to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="43"/>
        <source>Accounts by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="44"/>
        <source>WhatsApp sessions by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="45"/>
        <source>Messages by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="52"/>
        <source>Campaigns by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="53"/>
        <source>Contacts by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="54"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="55"/>
        <source>Group memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="56"/>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../src/core/migrator.cpp" line="46"/>
        <location filename="../src/core/migrator.cpp" line="151"/>
        <source>Could not read the database&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/migrator.cpp" line="88"/>
        <location filename="../src/core/migrator.cpp" line="102"/>
        <source>Could not read the migration history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/migrator.cpp" line="126"/>
        <source>Could not start migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/migrator.cpp" line="187"/>
        <location filename="../src/core/migrator.cpp" line="192"/>
        <source>Could not compare the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/migrator.cpp" line="201"/>
        <source>Nothing was changed. waqtor-db adopts only a database whose seven tables match the guide&apos;s schema; fix the difference or migrate an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/migrator.cpp" line="209"/>
        <source>The database has only some of WaQtor&apos;s tables (%1); table &quot;%2&quot; is missing. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/migrator.cpp" line="216"/>
        <source>Table &quot;%1&quot; has no column &quot;%2&quot; (the guide&apos;s schema has %2 %3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/migrator.cpp" line="220"/>
        <source>Column %1.%2 is %3, but the guide&apos;s schema makes it %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/migrator.cpp" line="223"/>
        <source>Column %1.%2 allows NULL, but the guide&apos;s schema makes it NOT NULL. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/migrator.cpp" line="224"/>
        <source>Column %1.%2 is NOT NULL, but the guide&apos;s schema allows NULL. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/migrator.cpp" line="229"/>
        <source>Table &quot;%1&quot; has a column &quot;%2&quot; that the guide&apos;s schema does not have. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/migrator.cpp" line="245"/>
        <location filename="../src/core/migrator.cpp" line="251"/>
        <source>Could not record the adopted schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/migrator.cpp" line="257"/>
        <source>Migration %1 (%2) failed and was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/migrator.cpp" line="312"/>
        <source>Could not check index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/migrator.cpp" line="316"/>
        <source>Could not drop the unfinished index %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlErrorText</name>
    <message>
        <location filename="../src/core/sqlerrortext.cpp" line="38"/>
        <source>the connection to the database server was lost, so nothing was saved; check that the server is running and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sqlerrortext.cpp" line="42"/>
        <source>a record with the same unique value already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sqlerrortext.cpp" line="44"/>
        <source>it refers to a record that no longer exists, or other records still refer to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sqlerrortext.cpp" line="46"/>
        <source>a required value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sqlerrortext.cpp" line="49"/>
        <source>a value is longer than its column allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sqlerrortext.cpp" line="52"/>
        <source>a value is not valid for its column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sqlerrortext.cpp" line="55"/>
        <source>it was cancelled; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sqlerrortext.cpp" line="57"/>
        <source>another change got in the way; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sqlerrortext.cpp" line="59"/>
        <source>the database schema is missing a table or column; run &quot;waqtor-db migrate&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sqlerrortext.cpp" line="61"/>
        <source>the database user lacks the privilege for it; ask the database administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sqlerrortext.cpp" line="63"/>
        <source>the database server&apos;s disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sqlerrortext.cpp" line="65"/>
        <source>the database reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/sqlerrortext.cpp" line="70"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <location filename="../src/cli/terminal.cpp" line="73"/>
        <source>No password on standard input; give it as the first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/terminal.cpp" line="78"/>
        <source>No password was entered; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/terminal.cpp" line="80"/>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/terminal.cpp" line="82"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../src/core/transaction.cpp" line="27"/>
        <source>Could not start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/transaction.cpp" line="44"/>
        <source>Could not save the changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="26"/>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="38"/>
        <source>WhatsApp sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="38"/>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="39"/>
        <source>campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="39"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="40"/>
        <source>groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="40"/>
        <source>group memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="66"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="90"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="90"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="91"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="93"/>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="93"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="93"/>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="93"/>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="93"/>
        <source>LAST LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="94"/>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="96"/>
        <source>Accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="110"/>
        <source>Created %1 account %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="121"/>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="134"/>
        <source>Password changed for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="143"/>
        <source>%1 is active and can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="144"/>
        <source>%1 is deactivated and can no longer sign in; its data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="156"/>
        <source>%1 is deactivated (--soft); nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="167"/>
        <source>Deleting %1 (%2) also removes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="170"/>
        <source>Kept, without a session: other accounts&apos; messages (%1) and campaigns (%2) that used these sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="178"/>
        <source>Nothing was deleted: standard input is not a terminal, so the delete cannot be confirmed; add --yes to delete from a script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="180"/>
        <source>Delete %1 and all of the above?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="181"/>
        <source>Not confirmed; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/usercommands.cpp" line="187"/>
        <source>Deleted %1, together with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../src/core/userrepository.cpp" line="51"/>
        <source>Could not list the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/userrepository.cpp" line="67"/>
        <source>Could not look up the account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/userrepository.cpp" line="72"/>
        <source>No account has the email %1; &quot;waqtor-db list-users&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/userrepository.cpp" line="77"/>
        <source>%1 matches several accounts that differ only in case (%2); give the exact spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/userrepository.cpp" line="89"/>
        <source>Could not read the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/userrepository.cpp" line="91"/>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/userrepository.cpp" line="108"/>
        <source>An account with the email %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/userrepository.cpp" line="109"/>
        <source>Could not create the account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/userrepository.cpp" line="122"/>
        <source>%1: another account already uses that email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/userrepository.cpp" line="126"/>
        <source>%1: the account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/userrepository.cpp" line="132"/>
        <source>Could not save the account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/userrepository.cpp" line="146"/>
        <source>Could not change the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/userrepository.cpp" line="153"/>
        <source>Could not change whether the account is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/userrepository.cpp" line="160"/>
        <source>Could not change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/userrepository.cpp" line="168"/>
        <source>Could not record the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/userrepository.cpp" line="175"/>
        <source>Could not delete the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/userrepository.cpp" line="198"/>
        <source>Could not count what the delete would remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/userrepository.cpp" line="216"/>
        <source>Could not check the admin accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/userrepository.cpp" line="227"/>
        <source>Could not count the accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="25"/>
        <source>Administer a WaQtor database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="29"/>
        <source>Read DB_* settings from PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="32"/>
        <source>Write the window as PNG to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="40"/>
        <source>WaQtor Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
