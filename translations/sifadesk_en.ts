<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Demo office written to %1: %n person(s).</source>
        <translation>
            <numerusform>Demo office written to %1: %n person.</numerusform>
            <numerusform>Demo office written to %1: %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: %n record(s) checked, </source>
        <translation>
            <numerusform>Audit trail: %n record checked, </numerusform>
            <numerusform>Audit trail: %n records checked, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change log: %n op(s) replayed, </source>
        <translation>
            <numerusform>Change log: %n op replayed, </numerusform>
            <numerusform>Change log: %n ops replayed, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) compared, </source>
        <translation>
            <numerusform>%n row compared, </numerusform>
            <numerusform>%n rows compared, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s):</source>
        <translation>
            <numerusform>%n difference:</numerusform>
            <numerusform>%n differences:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact (%n record(s)).</source>
        <translation>
            <numerusform>The audit trail is intact (%n record).</numerusform>
            <numerusform>The audit trail is intact (%n records).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sifa::ui::AuditPage</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain of %n record(s) is intact: nothing was edited, removed or reordered.</source>
        <translation>
            <numerusform>The chain of %n record is intact: nothing was edited, removed or reordered.</numerusform>
            <numerusform>The chain of %n records is intact: nothing was edited, removed or reordered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sifa::ui::HomePage</name>
    <message numerus="yes">
        <source>%n person(s) in the people index, shared by all modules.</source>
        <translation>
            <numerusform>%n person in the people index, shared by all modules.</numerusform>
            <numerusform>%n people in the people index, shared by all modules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Newest backup: %1 (%n backup(s) kept).</source>
        <translation>
            <numerusform>Newest backup: %1 (%n backup kept).</numerusform>
            <numerusform>Newest backup: %1 (%n backups kept).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sifa::ui::MaintenancePanel</name>
    <message numerus="yes">
        <source>Audit trail: %n record(s), chain intact.</source>
        <translation>
            <numerusform>Audit trail: %n record, chain intact.</numerusform>
            <numerusform>Audit trail: %n records, chain intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change log: %n record(s) match it.</source>
        <translation>
            <numerusform>Change log: %n record matches it.</numerusform>
            <numerusform>Change log: %n records match it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sifa::ui::PeoplePage</name>
    <message numerus="yes">
        <source>%n person(s) in the index</source>
        <translation>
            <numerusform>%n person in the index</numerusform>
            <numerusform>%n people in the index</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) among %1 people</source>
        <translation>
            <numerusform>%n match among %1 people</numerusform>
            <numerusform>%n matches among %1 people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sifa::ui::PersonDialog</name>
    <message numerus="yes">
        <source>%n of 18 characters</source>
        <translation>
            <numerusform>%n of 18 characters</numerusform>
            <numerusform>%n of 18 characters</numerusform>
        </translation>
    </message>
</context>
</TS>
