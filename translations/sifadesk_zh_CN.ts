<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditLog</name>
    <message>
        <source>Database set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked after failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen unlock failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password change failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen locked after idle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset by administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People listed with full ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records %1 to %2 are missing: they were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 appears out of sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 does not follow the record before it: records were reordered, inserted or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail ends at record %1, but it had reached record %2: the last records were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 does not match the recorded end of the trail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>making a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the database for backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check; the database itself may be damaged. Run a check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SifaDesk backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2). Choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring the backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>reading a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the change log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as USER (password from SIFA_PASSWORD or a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database with --db FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the user with --user USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given (set SIFA_PASSWORD or type it at the prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must choose a new password first: run sifa user passwd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people to generate (default 240).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (the same seed gives the same office).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a demo office database (石浦镇司法所) with one account per role, all with the password from SIFA_PASSWORD or Demo-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo office written to %1: %n person(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts (password %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9-digit township code (GB/T 2260 + GB/T 10114), or the 6-digit county code with --mode county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s name, e.g. 石浦镇司法所.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name of the first administrator (password from SIFA_PASSWORD or a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>township (default) or county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new office database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sifa init needs --db, --office-code, --office-name and --admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode is township or county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the administrator %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2 (%3, %4); administrator: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>township office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also rebuild every synced table from the change log into a scratch database and report any difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a database: SQLite integrity, foreign keys, write-ahead logging, the audit chain and, optionally, the change log. Exit code 0 only if everything is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: %n record(s) checked, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>chain intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change log: %n op(s) replayed, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) compared, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database has problems; see above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up a database with SQLite&apos;s online backup API (safe while SifaDesk is running). The copy is verified before it replaces FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the backup file with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a database from a backup. The backup is verified first and the current database is kept as a safety copy in its backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sifa restore needs --db FILE and --from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit trail&apos;s hash chain and report every edited, deleted or reordered record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact (%n record(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail has been tampered with; see above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N records (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records of this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions starting with this, e.g. auth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the audit trail, newest first (auditors only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sifa audit verify|list --db FILE ... (--help on each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&quot;·&quot; allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former name or alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex code: 1 male, 2 female (filled from the ID number if omitted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity code (GB/T 3304, 01 = 汉族).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type code (1 = 居民身份证, the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number (15-digit numbers are upgraded to 18).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marital status code (GB/T 2261.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status code (GB/T 4762).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household registration division code (6, 9 or 12 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household registration address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence division code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date yyyy-MM-dd (filled from the ID number if omitted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--birth-date must be a date written yyyy-MM-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to the people index. Prints the new person&apos;s id. If the ID number is already in the index, nothing is added, the existing person&apos;s id is named and the exit code is 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fields of a person; fields not given stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, pinyin initials, ID number or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N people (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list removed people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ID numbers in full (recorded in the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the people index. ID numbers are masked unless --show-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the person by resident ID number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody with this ID number is in the people index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the person with --uuid or --id-number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person was removed from the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept in the change log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a removed person back into the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a person from the index (the record is kept as a tombstone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sifa person add|edit|list|show|delete|restore ... (--help on each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the office settings (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting&apos;s key (see sifa settings list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an office setting (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sifa settings list|set --db FILE --user USER ... (--help on each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting %1; see sifa settings list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sifa user add|list|passwd|reset|unlock|disable|enable|role ... (--help on each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user&apos;s sign-in name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head, mediator, correction, placement, clerk, admin or auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user must choose a new password at first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user (administrators only). The new user&apos;s password comes from SIFA_NEW_PASSWORD or a prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sifa user add needs --name and a --role (head, mediator, correction, placement, clerk, admin, auditor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the new user %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given for the new user (set SIFA_NEW_PASSWORD or type it at the prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added user %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the users (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not make the user change the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for a user (from SIFA_NEW_PASSWORD or a prompt); the user must change it at the next sign-in unless --keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a user account (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the account with --name USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new password was given (set SIFA_NEW_PASSWORD or type it at the prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role is one of head, mediator, correction, placement, clerk, admin, auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own password (current one from SIFA_PASSWORD or a prompt, new one from SIFA_NEW_PASSWORD or a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SifaDesk command line (司法所工作台)

Usage: sifa COMMAND [options]     (sifa COMMAND --help for each)

  init       create an office database
  user       add, list and manage user accounts
  person     add, edit, list, show and remove people in the people index
  settings   list and change office settings
  check      check a database (integrity, audit chain, --rebuild-compare)
  backup     back up a database
  restore    restore a database from a backup
  audit      verify or list the audit trail
  demo       generate a demo office database

Signing in: --user USER, password from SIFA_PASSWORD or a prompt.
Language: SIFA_LANG=zh_CN (default) or en.
Exit codes: 0 success, 1 refused or failed, 2 wrong arguments, 3 already exists.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run sifa --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeTables</name>
    <message>
        <source>line %1: the header must start with &quot;code,name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a row needs a code and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code table %1 could not be read (%2); the built-in table is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be switched to write-ahead logging (the file system returned &quot;%1&quot;). Put the database on a local disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the safety settings (foreign keys, full synchronous writes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SifaDesk database. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of SifaDesk (database version %2; this program reads up to version %3). Install the newer SifaDesk to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SifaDesk cannot write to %1. It keeps a journal and backups beside the database, so the folder and the file must be writable. Copy the database to a writable folder and open it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database needs upgrading, but the safety copy could not be made first, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name; the existing file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SifaDesk cannot create a database in %1: the folder cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new database could not be moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 row %2 refers to a missing %3 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving database information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbSettings</name>
    <message>
        <source>saving a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-ins before an account is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes an account stays locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum password length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder (empty: &quot;backups&quot; beside the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups made on exit to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up when the program closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office abbreviation used in document numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoOffice</name>
    <message>
        <source>The demo recipes are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Divisions</name>
    <message>
        <source>The division code file %1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdNumbers</name>
    <message>
        <source>Enter the document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A foreign permanent residence ID has 18 characters starting with 9 (or, on older cards, 3 letters and 12 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document number has 3 to 30 letters, digits or hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 15-digit ID number has digits only; check the character &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A residence permit number has 18 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters (15 on cards issued before 1999); this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has digits only, with an X allowed as the last character; character %1 (&quot;%2&quot;) is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A residence permit for Hong Kong, Macao or Taiwan residents starts with 810000, 820000 or 830000; this one starts with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number starts with %1, which is not a province code; check the first two digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digits %1 (positions 7 to 12) are not a real birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digits %1 (positions 7 to 14) are not a real birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the number, %1, lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the number, %1, is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character should be %1, not %2: a digit was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>A backup cannot overwrite the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made by a newer version of SifaDesk (database version %1; this program reads up to %2). Install the newer SifaDesk to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SifaDesk database; it was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup belongs to office %1 (%2), not to this office (%3). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database could not be kept as a safety copy, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the database cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database failed its integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Numbering</name>
    <message>
        <source>reading document numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation case number (卷宗号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A numbering pattern must contain {n} (the running number), e.g. （{year}）{abbr}人调字第{n}号.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A numbering pattern may use only {year}, {abbr}, {n} and {n:4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A numbering pattern has at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocating a document number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>A county bureau&apos;s code has 6 digits (GB/T 2260), e.g. 330225.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a county code in the division table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A township office&apos;s code has 9 digits: the 6-digit county code (GB/T 2260) followed by the 3-digit township code (GB/T 10114), e.g. 330225101.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first six digits, %1, are not a county code in the division table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township code %1 is not in the division table shipped with this version; check it before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the office&apos;s name (2 to 50 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>read the people index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the people index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read mediation cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change mediation cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read community correction files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change community correction files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read resettlement files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change resettlement files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run mediation statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run community correction statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run resettlement statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange data with the county bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run database checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>reading a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not in the people index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up an ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching the people index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonService</name>
    <message>
        <source>%1 code %2 is not in the code table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 division code must have 6, 9 or 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 division code %2 is not in the division table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person was removed from the index; restore the record before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (born %2) is already in the people index with this ID number. Open that record instead of entering the person twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 15-digit ID number was converted to 18 digits: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name may contain letters, Chinese characters, spaces and the middle dot &quot;·&quot; only; &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A former name has at most 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 does not match the ID number, which gives %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number belongs to a person of sex &quot;%1&quot;, but &quot;%2&quot; was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marital status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number should be an 11-digit mobile number starting with 1, or a landline such as 0574-65981234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (at most 2000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for removing this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the people index again with the same ID number; the removed record cannot come back beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RebuildCompare</name>
    <message>
        <source>comparing records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 exists in the database but no change in the log created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is in the change log but missing from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 differs from the change log in: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparing the field clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field clock of %1 does not match the change log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder is available for the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the rebuilt copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>setting up this installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading this installation&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no installation identity; it is damaged or was not created by SifaDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbering a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking the restored database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Office head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s mediator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community correction officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resettlement officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>adding the people search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written (%1). Check that the folder and file are writable and not on a read-only medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged (%1). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a SifaDesk database or is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing to the database right now (%1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while %1. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the database (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database error occurred while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>reading user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating a user account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords until %1. Wait, or ask the administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 1 to 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name may not contain spaces, colons or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password may not be the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password may not repeat a single character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only active administrator and cannot be disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only active administrator; appoint another administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A display name has at most 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sifa::ui::AppController</name>
    <message>
        <source>The database %1 failed its integrity check (%2). Nothing was changed. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. The database it replaced was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SifaDesk databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current database with the backup of %1? Everything entered since then is kept only in a safety copy. SifaDesk will ask you to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup on exit failed: %1

Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sifa::ui::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action, e.g. auth or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 records; narrow the filter to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain of %n record(s) is intact: nothing was edited, removed or reordered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail was tampered with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sifa::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator set a temporary password for %1. Choose your own before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sifa::ui::CodeComboBox</name>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 (not in the table)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sifa::ui::DatabaseProblemDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of this database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a new database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sifa::ui::DivisionPicker</name>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sifa::ui::FirstRunWizard</name>
    <message>
        <source>Set up SifaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to SifaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SifaDesk keeps your office&apos;s mediation cases, community correction and resettlement files in one database on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a new database for this office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing SifaDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a database from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office code is the township&apos;s administrative division code: the 6-digit county code (GB/T 2260) and the 3-digit township code (GB/T 10114).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township judicial office (司法所)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County judicial bureau (县司法局)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 330225101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in a &quot;backups&quot; folder beside the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator adds the office&apos;s users and looks after settings and backups. Case files are not open to the administrator: add your own account for daily work afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters. Write it down and keep it in the office safe: nobody can recover a forgotten administrator password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is checked before anything is written. If a database already exists at the target, it is kept as a safety copy in its backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SifaDesk backups (*.sifabak);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SifaDesk databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;SifaDesk will create the database for &lt;b&gt;%1&lt;/b&gt; (%2, code %3) in&lt;br&gt;&lt;tt&gt;%4&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;The administrator is &lt;b&gt;%5&lt;/b&gt;. Sign in with this account after Finish, add the office&apos;s users under &lt;i&gt;Users&lt;/i&gt;, and check the office settings.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county judicial bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>township judicial office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name that does not exist yet. To use an existing database, go back and choose &quot;Open an existing SifaDesk database&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a SifaDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file and where to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sifa::ui::HomePage</name>
    <message>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the people index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups and checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the people index, shared by all modules.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Newest backup: %1 (%n backup(s) kept).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sifa::ui::LockDialog</name>
    <message>
        <source>SifaDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen was locked after a period without use. Enter the password of %1 to go on, or sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sifa::ui::MainWindow</name>
    <message>
        <source>%1 — SifaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s mediation (人民调解)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register disputes from every source and run each mediation case from the first report to the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register disputes with their parties from the people index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow each case through acceptance, investigation, mediation sessions, agreement or termination, performance and archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep deadlines in a to-do list, including judicial confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the screening log and the monthly zero report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print every mediation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community correction (社区矫正)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction officer&apos;s files on every person under community correction, kept on the county correction agency&apos;s entrustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record pre-sentence assessments and each subject&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep supervision grades, reports, visits, education and community service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle leave and other requests with their approval chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propose rewards and penalties and record the county&apos;s decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resettlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resettlement and assistance (安置帮教)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per person released from prison, from the hand-over to the end of assistance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive pre-release notices and record each hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess risk and follow key persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record visits, placement and assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the people not yet handed over for the county each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics and reports (统计报表)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure the county asks for, counted from the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the statutory statistics for any period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the records behind every figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the figures before submitting them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print them or save them as PDF, XLSX or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exchange with the county (数据交换)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, encrypted bundles carried to the county bureau on USB or by mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the office&apos;s changes to the county bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the county&apos;s decisions, transfers and rule updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve conflicting edits without losing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups and checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SifaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SifaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SifaDesk %1&lt;/h3&gt;&lt;p&gt;Case management for township judicial offices (司法所工作台).&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sifa::ui::MaintenancePanel</name>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the file&apos;s integrity, the audit trail&apos;s hash chain, and that every record matches the change log it was built from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the &amp;check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in %1. SifaDesk backs up once a day and when it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SifaDesk backups (*.sifabak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SifaDesk backups (*.sifabak);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File integrity: sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References: sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: %n record(s), chain intact.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change log: %n record(s) match it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: everything is in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: problems found; restore a backup or call support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sifa::ui::ModulePreviewPage</name>
    <message>
        <source>This module is not available in this version of SifaDesk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will let you:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sifa::ui::PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, pinyin initials, ID number or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 people; narrow the search to see the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the index</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) among %1 people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from the people index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 removed? The record is kept and can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 restored?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sifa::ui::PeopleTableModel</name>
    <message>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sifa::ui::PersonDialog</name>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;thnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13812345678 or 0574-65981234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marital status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Political status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Em&amp;ployer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>village, street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as household registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by %1 on %2 · last changed by %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person was removed from the index. Restore the record to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of 18 characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>age %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people index already has:
%1

Is this a different person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the people index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that person now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sifa::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used when SifaDesk starts next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>county judicial bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>township judicial office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sifa::ui::SignInDialog</name>
    <message>
        <source>Sign in — SifaDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sifa::ui::UserDialog</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user chooses a new password at the first sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sifa::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators manage accounts, settings and backups; they do not see case files. Correction and resettlement files are open only to their officers and the office head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary password for %1 (the user must change it at the next sign-in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 the temporary password in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
