<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CaseViews</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Case details changed (%n field(s))</source>
        <translation>
            <numerusform>Case details changed (%n field)</numerusform>
            <numerusform>Case details changed (%n fields)</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>Mediation: %1 committee(s), %2 mediator(s), %3 screening entries, %n case(s).</source>
        <translation>
            <numerusform>Mediation: %1 committee(s), %2 mediator(s), %3 screening entries, %n case.</numerusform>
            <numerusform>Mediation: %1 committee(s), %2 mediator(s), %3 screening entries, %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>File: %1%2, header in line %3, %n data row(s).</source>
        <translation>
            <numerusform>File: %1%2, header in line %3, %n data row.</numerusform>
            <numerusform>File: %1%2, header in line %3, %n data rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sifa: %n row(s) cannot be imported; nothing was written.</source>
        <translation>
            <numerusform>sifa: %n row cannot be imported; nothing was written.</numerusform>
            <numerusform>sifa: %n rows cannot be imported; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Imported %n case.</numerusform>
            <numerusform>Imported %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to %1.</source>
        <translation>
            <numerusform>%n case written to %1.</numerusform>
            <numerusform>%n cases written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sifa: %n problem(s) found; nothing was written.</source>
        <translation>
            <numerusform>sifa: %n problem found; nothing was written.</numerusform>
            <numerusform>sifa: %n problems found; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n file(s) can be imported; nothing was written.</source>
        <translation>
            <numerusform>Dry run: %n file can be imported; nothing was written.</numerusform>
            <numerusform>Dry run: %n files can be imported; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>Imported %n file.</numerusform>
            <numerusform>Imported %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n file written to %1.</numerusform>
            <numerusform>%n files written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Community correction: %n subject(s) (%1 awaiting report-in, %2 received, %3 under correction, %4 released, %5 terminated, %6 transferred out), %7 supervision records, %8 requests, %9 rewards and penalties, %10 pre-sentence assessment(s).</source>
        <translation>
            <numerusform>Community correction: %n subject (%1 awaiting report-in, %2 received, %3 under correction, %4 released, %5 terminated, %6 transferred out), %7 supervision records, %8 requests, %9 rewards and penalties, %10 pre-sentence assessment.</numerusform>
            <numerusform>Community correction: %n subjects (%1 awaiting report-in, %2 received, %3 under correction, %4 released, %5 terminated, %6 transferred out), %7 supervision records, %8 requests, %9 rewards and penalties, %10 pre-sentence assessments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resettlement: %n file(s) (%1 under assistance: %2 not handed over, %3 whereabouts unknown, %4 key persons; %5 ended; %6 from community correction), %7 prison notice(s), %8 visits, %9 placements, %10 social assistance records, %11 risk assessments.</source>
        <translation>
            <numerusform>Resettlement: %n file (%1 under assistance: %2 not handed over, %3 whereabouts unknown, %4 key persons; %5 ended; %6 from community correction), %7 prison notice, %8 visits, %9 placements, %10 social assistance records, %11 risk assessments.</numerusform>
            <numerusform>Resettlement: %n files (%1 under assistance: %2 not handed over, %3 whereabouts unknown, %4 key persons; %5 ended; %6 from community correction), %7 prison notices, %8 visits, %9 placements, %10 social assistance records, %11 risk assessments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionForms</name>
    <message numerus="yes">
        <source>%1: %n time(s)</source>
        <extracomment>A count on the monthly assessment: %1 what (当面报告), %n how many times</extracomment>
        <translation>
            <numerusform>%1: %n time</numerusform>
            <numerusform>%1: %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionService</name>
    <message numerus="yes">
        <source>%n subject(s)</source>
        <translation>
            <numerusform>%n subject</numerusform>
            <numerusform>%n subjects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrectionUi</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message numerus="yes">
        <source>Absent or not reported since %1, %n day(s): eligible for an admonition.</source>
        <translation>
            <numerusform>Absent or not reported since %1, %n day: eligible for an admonition.</numerusform>
            <numerusform>Absent or not reported since %1, %n days: eligible for an admonition.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Absent or not reported since %1, %n day(s), beyond %2: eligible for a warning.</source>
        <translation>
            <numerusform>Absent or not reported since %1, %n day, beyond %2: eligible for a warning.</numerusform>
            <numerusform>Absent or not reported since %1, %n days, beyond %2: eligible for a warning.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeaveRules</name>
    <message numerus="yes">
        <source>%n day(s) in one request: more than %1 days goes one level higher.</source>
        <translation>
            <numerusform>%n day in one request: more than %1 days goes one level higher.</numerusform>
            <numerusform>%n days in one request: more than %1 days goes one level higher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): more than %1 days is approved by the county correction agency.</source>
        <translation>
            <numerusform>%n day: more than %1 days is approved by the county correction agency.</numerusform>
            <numerusform>%n days: more than %1 days is approved by the county correction agency.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s): up to %1 days the entrusted judicial office may approve.</source>
        <translation>
            <numerusform>%n day: up to %1 days the entrusted judicial office may approve.</numerusform>
            <numerusform>%n days: up to %1 days the entrusted judicial office may approve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of leave from %1 to %2: more than %3 days within that period goes one level higher.</source>
        <extracomment>%1 first day of the window, %2 last day, %3 the limit in days</extracomment>
        <translation>
            <numerusform>%n day of leave from %1 to %2: more than %3 days within that period goes one level higher.</numerusform>
            <numerusform>%n days of leave from %1 to %2: more than %3 days within that period goes one level higher.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LedgerRow</name>
    <message numerus="yes">
        <source>%1 names %n person(s) but %2 holds %3 ID number(s); list them in the same order, separated by 、</source>
        <translation>
            <numerusform>%1 names %n person but %2 holds %3 ID number(s); list them in the same order, separated by 、</numerusform>
            <numerusform>%1 names %n people but %2 holds %3 ID number(s); list them in the same order, separated by 、</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediationSetup</name>
    <message numerus="yes">
        <source>%n case(s) name this committee; it stays so that they keep their committee.</source>
        <translation>
            <numerusform>%n case name this committee; it stays so that they keep their committee.</numerusform>
            <numerusform>%n cases name this committee; it stays so that they keep their committee.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacementService</name>
    <message numerus="yes">
        <source>Not handed over %n day(s) after release: report to the county bureau and ask the police to help find the person.</source>
        <translation>
            <numerusform>Not handed over %n day after release: report to the county bureau and ask the police to help find the person.</numerusform>
            <numerusform>Not handed over %n days after release: report to the county bureau and ask the police to help find the person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacementViews</name>
    <message numerus="yes">
        <source>%1 (%n day(s) from today)</source>
        <translation>
            <numerusform>%1 (%n day from today)</numerusform>
            <numerusform>%1 (%n days from today)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n field(s))</source>
        <translation>
            <numerusform>%1 written (%n field)</numerusform>
            <numerusform>%1 written (%n fields)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportIn</name>
    <message numerus="yes">
        <source>Reported late (%n day(s))</source>
        <translation>
            <numerusform>Reported late (%n day)</numerusform>
            <numerusform>Reported late (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not reported (%n day(s) overdue)</source>
        <translation>
            <numerusform>Not reported (%n day overdue)</numerusform>
            <numerusform>Not reported (%n days overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatSubmissions</name>
    <message numerus="yes">
        <source>The report has %n warning(s); look at them and confirm to submit anyway: %1</source>
        <translation>
            <numerusform>The report has %n warning; look at them and confirm to submit anyway: %1</numerusform>
            <numerusform>The report has %n warnings; look at them and confirm to submit anyway: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubjectViews</name>
    <message numerus="yes">
        <source>%1 (%n day(s) from today)</source>
        <translation>
            <numerusform>%1 (%n day from today)</numerusform>
            <numerusform>%1 (%n days from today)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 written (%n field(s))</source>
        <translation>
            <numerusform>%1 written (%n field)</numerusform>
            <numerusform>%1 written (%n fields)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message numerus="yes">
        <source>%1 has %n sheet(s); there is no sheet number %2.</source>
        <translation>
            <numerusform>%1 has %n sheet; there is no sheet number %2.</numerusform>
            <numerusform>%1 has %n sheets; there is no sheet number %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sifa::ui::AssessmentDialog</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sifa::ui::AssessmentsDialog</name>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n without an opinion</source>
        <translation>
            <numerusform>, %n without an opinion</numerusform>
            <numerusform>, %n without an opinion</numerusform>
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
    <name>sifa::ui::CorrectionPage</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sifa::ui::DrillDialog</name>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n record.</numerusform>
            <numerusform>%n records.</numerusform>
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
    <name>sifa::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%1 file%2, header in line %3, %n row(s) with data.</source>
        <translation>
            <numerusform>%1 file%2, header in line %3, %n row with data.</numerusform>
            <numerusform>%1 file%2, header in line %3, %n rows with data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new person(s) in the people index</source>
        <translation>
            <numerusform>%n new person in the people index</numerusform>
            <numerusform>%n new people in the people index</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies) linked to people already there</source>
        <translation>
            <numerusform>%n party linked to people already there</numerusform>
            <numerusform>%n parties linked to people already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows to fix: %n problem(s) — nothing can be imported until they are fixed</source>
        <translation>
            <numerusform>Rows to fix: %n problem — nothing can be imported until they are fixed</numerusform>
            <numerusform>Rows to fix: %n problems — nothing can be imported until they are fixed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported.</source>
        <translation>
            <numerusform>%n case imported.</numerusform>
            <numerusform>%n cases imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sifa::ui::LedgerPage</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to %1.</source>
        <translation>
            <numerusform>%n case exported to %1.</numerusform>
            <numerusform>%n cases exported to %1.</numerusform>
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
    <name>sifa::ui::MonitoringTab</name>
    <message numerus="yes">
        <source>Contact lost since %1 (%n day(s)): search for the person, with the police.</source>
        <translation>
            <numerusform>Contact lost since %1 (%n day): search for the person, with the police.</numerusform>
            <numerusform>Contact lost since %1 (%n days): search for the person, with the police.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sifa::ui::NoticesDialog</name>
    <message numerus="yes">
        <source>%n notice(s)</source>
        <translation>
            <numerusform>%n notice</numerusform>
            <numerusform>%n notices</numerusform>
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
<context>
    <name>sifa::ui::PlacementPage</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n key person(s)</source>
        <translation>
            <numerusform> · %n key person</numerusform>
            <numerusform> · %n key people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n not handed over</source>
        <translation>
            <numerusform> · %n not handed over</numerusform>
            <numerusform> · %n not handed over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sifa::ui::PrintDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sifa::ui::RequestDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sifa::ui::RequestsTab</name>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n day)</numerusform>
            <numerusform>%1 (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sifa::ui::SubjectDialog</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sifa::ui::SubmissionPanel</name>
    <message numerus="yes">
        <source>%n warning(s) accepted when it was submitted.</source>
        <translation>
            <numerusform>%n warning accepted when it was submitted.</numerusform>
            <numerusform>%n warnings accepted when it was submitted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) changed since the submission: records were added or corrected afterwards. Submit again if the county should have the new figures.</source>
        <translation>
            <numerusform>%n figure changed since the submission: records were added or corrected afterwards. Submit again if the county should have the new figures.</numerusform>
            <numerusform>%n figures changed since the submission: records were added or corrected afterwards. Submit again if the county should have the new figures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sifa::ui::UnmatchedDialog</name>
    <message numerus="yes">
        <source>%n person(s) not handed over at the end of %1</source>
        <translation>
            <numerusform>%n person not handed over at the end of %1</numerusform>
            <numerusform>%n people not handed over at the end of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>List of people not handed over, %1: %n person(s)</source>
        <translation>
            <numerusform>List of people not handed over, %1: %n person</numerusform>
            <numerusform>List of people not handed over, %1: %n people</numerusform>
        </translation>
    </message>
</context>
</TS>
